/**
 * Word lists for the Pod generator: French and English, with accents, apostrophes and mixed case, so that
 * titles, usernames and tags exercise collations, slugification and tag parsing the way a French
 * university's Pod data does. Everything here is invented; no real person is named.
 */

export const FIRST_NAMES = [
  'Marie', 'Jean', 'Élodie', 'Hélène', 'François', 'Zoé', 'Loïc', 'Anaïs', 'Jérôme', 'Cécile', 'Noël', 'Maëlle',
  'Thomas', 'Camille', 'Léa', 'Hugo', 'Chloé', 'Raphaël', 'Inès', 'Gaël', 'Benoît', 'Agnès', 'Joël', 'Solène',
  'Nicolas', 'Sophie', 'Pierre', 'Julie', 'Yann', 'Émilie', 'Bérénice', 'Stéphane',
] as const;

export const LAST_NAMES = [
  'Martin', 'Dupré', 'Lefèvre', 'Müller', 'Garçon', 'Bernard', 'Roché', "D'Almeida", 'Petit', 'Faure', 'Lemaître',
  'Girard', 'Bonnet', 'Rousseau', 'Moreau', 'Lambert', 'Fontaine', 'Chevalier', 'Mercier', 'Blanc', 'Guérin',
  'Boyer', 'Noël', 'Perrin', 'Leclerc', 'Gauthier', 'Dubois', 'Brûlé', 'Castañeda', 'Nguyễn', 'Le Goff', 'Öztürk',
] as const;

export const AFFILIATIONS = ['student', 'employee', 'faculty', 'staff', 'member', 'affiliate'] as const;
export const AUTH_TYPES = ['local', 'CAS', 'Shibboleth'] as const;
export const ESTABLISHMENTS = ['UM', 'ENSCM', 'IUT', 'Polytech', ''] as const;

export const TITLE_WORDS = [
  'Introduction à', 'Cours de', 'Conférence :', 'Séminaire', 'TD', 'Amphi', 'Lecture on', 'Workshop:', 'Soutenance de thèse',
  'Webinaire', 'Tutoriel', 'Journée d\'étude', 'Colloque', 'Masterclass',
] as const;

export const TITLE_SUBJECTS = [
  'la thermodynamique', "l'économie circulaire", 'algèbre linéaire', 'Python pour les débutants', 'la biologie cellulaire',
  "l'histoire de l'art", 'machine learning', 'droit européen', 'la chimie organique', 'data science', 'océanographie',
  'la littérature française', 'statistiques bayésiennes', 'mécanique des fluides', 'génétique', 'la pédagogie numérique',
  'cloud computing', 'éthique et IA', 'Shakespeare', 'la Révolution française', 'écologie urbaine', 'neurosciences',
  'cryptographie', 'la sociologie des médias', 'Open Science', 'santé publique', "l'astronomie", 'les énergies renouvelables',
] as const;

export const CHANNEL_NAMES = [
  'Faculté des Sciences', 'Faculté de Médecine', 'IUT', 'Polytech', 'Droit & Science politique', 'Lettres et Langues',
  'Bibliothèque universitaire', 'Service Culture', 'Recherche', 'Formation continue', 'Vie étudiante', 'Économie',
  'Pédagogie numérique', 'Relations internationales', 'Sport', 'Présidence',
] as const;

export const THEME_NAMES = ['Cours magistraux', 'Travaux dirigés', 'Conférences', 'Événements', 'Tutoriels', 'Archives'] as const;

export const TYPE_NAMES = ['Autres', 'Cours', 'Conférence', 'Colloque', 'Documentaire', 'Interview'] as const;

export const DISCIPLINE_NAMES = [
  'Mathématiques', 'Physique', 'Chimie', 'Biologie', 'Médecine', 'Droit', 'Économie', 'Histoire', 'Géographie',
  'Informatique', 'Langues', 'Sciences de l\'éducation',
] as const;

/** Single-word tags in their display form (v1 taggit names): accents and a few capitalised names. */
export const SINGLE_WORD_TAGS = [
  'vidéo', 'cours', 'Python', 'physique', 'chimie', 'biologie', 'économie', 'histoire', 'géographie', 'mathématiques',
  'informatique', 'droit', 'médecine', 'santé', 'écologie', 'énergie', 'climat', 'pédagogie', 'numérique', 'MOOC',
  'conférence', 'séminaire', 'thèse', 'recherche', 'éthique', 'Linux', 'Moodle', 'statistiques', 'génétique', 'océan',
  'littérature', 'philosophie', 'sociologie', 'psychologie', 'astronomie', 'robotique', 'réseaux', 'sécurité', 'cloud',
  'tutoriel', 'amphi', 'TD', 'TP', 'L1', 'L2', 'L3', 'M1', 'M2', 'doctorat', 'Erasmus', 'sport', 'culture', 'musique',
  'théâtre', 'cinéma', 'art', 'architecture', 'urbanisme', 'agronomie', 'eau', 'forêt', 'mer', 'montagne', 'été',
  'hiver', 'printemps', 'automne', 'Montpellier', 'Occitanie', 'Europe', 'Afrique', 'Asie', 'anglais', 'espagnol',
  'allemand', 'italien', 'chinois', 'arabe', 'français', 'podcast', 'interview', 'documentaire', 'reportage',
  'webinaire', 'atelier', 'colloque', 'soutenance', 'JavaScript', 'données', 'IA', 'algorithmique', 'électronique',
  'mécanique', 'thermodynamique', 'optique', 'quantique', 'nanotechnologies', 'immunologie', 'virologie', 'pharmacie',
] as const;

/** Multi-word tags (never the only tag of a video unless the defect asks for it). */
export const MULTI_WORD_TAGS = [
  'machine learning', 'intelligence artificielle', 'santé publique', 'développement durable', 'science ouverte',
  'data science', 'réalité virtuelle', 'cours magistral', 'travaux pratiques', 'open source', 'deep learning',
  'génie civil', 'relations internationales', 'biologie cellulaire', 'droit européen', 'économie circulaire',
] as const;

/** French phrases whose words include stop words ("de", "la", "l'", "ses"): the junk-keywords defect. */
export const JUNK_PHRASES = [
  'histoire de la france', "l'art de la guerre", 'ses origines et ses limites', 'la chimie de la vie',
  "introduction à l'économie de la santé", 'les enjeux de la transition', "l'eau et ses usages", 'de la cellule à la vie',
] as const;

/** Tags over django-tagging's 50-character MAX_TAG_LENGTH and under taggit's 100 (the long-tags defect);
 * their first 50 characters are all different, so the cut names stay unique. */
export const LONG_TAGS = [
  'pratiques pédagogiques innovantes dans l\'enseignement supérieur',
  'transition écologique et développement durable des territoires ruraux',
  'méthodologie de la recherche documentaire en sciences humaines',
  'analyse numérique des équations aux dérivées partielles elliptiques',
  'histoire contemporaine des relations franco-allemandes depuis 1945',
  'accompagnement des étudiants en situation de handicap à l\'université',
] as const;

/** Enrichment, contributor and document vocabulary. */
export const CONTRIBUTOR_ROLES = ['author', 'director', 'editor', 'designer', 'contributor', 'actor', 'voice-over', 'consultant', 'writer', 'soundman', 'technician'] as const;
export const DOCUMENT_NAMES = ['support de cours', 'diaporama', 'bibliographie', 'exercices corrigés', 'annexe', 'polycopié', 'syllabus', 'slides'] as const;
export const DOCUMENT_EXTENSIONS = ['pdf', 'pdf', 'pdf', 'odp', 'pptx', 'docx', 'zip'] as const;
export const ENRICHMENT_TYPES = ['image', 'richtext', 'weblink', 'document', 'embed'] as const;
export const LICENCES = [null, 'by', 'by-sa', 'by-nd', 'by-nc', 'by-nc-sa', 'by-nc-nd'] as const;
