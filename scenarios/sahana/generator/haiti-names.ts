/**
 * Word lists for realistic Haiti 2010 data: Haitian given and family names (accents included, as
 * registrations typed them), the ten départements, relief organisations and the or_sector names of
 * Sahana's first run (models/zzz_1st_run.py) followed by the sectors the Haiti instance added.
 */

export const GIVEN_NAMES = [
  'Jean', 'Marie', 'Pierre', 'Joseph', 'Louis', 'Rose', 'Dieudonné', 'Frantz', 'Guerline', 'Wilner', 'Nadège', 'Jocelyne',
  'Fritz', 'Mirlande', 'Évens', 'Ketly', 'Réginald', 'Magalie', 'Stéphane', 'Yolette', 'Junior', 'Clarisse', 'Emmanuel', 'Fabienne',
] as const;

export const FAMILY_NAMES = [
  'Joseph', 'Pierre', 'Jean-Baptiste', 'Louis', 'Charles', 'Saint-Fleur', 'Désir', 'Étienne', 'Théodore', 'Noël', 'Augustin', 'Célestin',
  'Dorméus', 'Exantus', 'François', 'Germain', 'Hyppolite', 'Jérôme', 'Lafortune', 'Michel', 'Paul', 'Rémy', 'Simon', 'Valcin',
] as const;

export const DEPARTEMENTS = ['Artibonite', 'Centre', "Grand'Anse", 'Nippes', 'Nord', 'Nord-Est', 'Nord-Ouest', 'Ouest', 'Sud', 'Sud-Est'] as const;

export const COMMUNES = [
  'Port-au-Prince', 'Carrefour', 'Pétion-Ville', 'Delmas', 'Léogâne', 'Jacmel', 'Gressier', 'Croix-des-Bouquets', 'Tabarre', 'Cité Soleil',
  'Petit-Goâve', 'Grand-Goâve', 'Kenscoff', 'Gonaïves', 'Saint-Marc', 'Hinche', 'Les Cayes', 'Jérémie', 'Cap-Haïtien', 'Miragoâne',
] as const;

/** Organisation names; the generator appends a number past the list, so every name stays distinct. */
export const ORGANISATIONS = [
  'Médecins du Monde France', 'Médecins Sans Frontières', 'Croix-Rouge Haïtienne', 'Oxfam GB', 'CARE Haïti', 'World Food Programme',
  'Action contre la Faim', 'Handicap International', 'Save the Children', 'Partners In Health', 'Concern Worldwide', 'Solidarités International',
  'Électriciens sans frontières', 'Télécoms Sans Frontières', 'Aide Médicale Internationale', 'Fondation Mérieux',
] as const;

/** or_sector names in id order: the 11 of the first run, then the Haiti additions (ids 12 to 19). */
export const SECTORS = [
  'Agriculture', 'Shelter and Non-Food Items', 'Coordination', 'Early Recovery', 'Education', 'Emergency Telecommunications', 'Food',
  'Health', 'Logistics', 'Protection', 'Urban Search and Rescue', 'Water Sanitation Hygiene', 'Nutrition', 'Camp Management',
  'Child Protection', 'Gender-Based Violence', 'Mine Action', 'Debris Removal', 'Cash for Work',
] as const;

export const MARKERS = ['marker_red', 'marker_yellow', 'marker_amber', 'marker_green', 'person', 'shelter', 'hospital', 'office'] as const;

export const FEATURE_CLASSES = [
  { name: 'Shelter', marker: 6, module: 'cr', resource: 'shelter' },
  { name: 'Hospital', marker: 7, module: 'hms', resource: 'hospital' },
  { name: 'Office', marker: 8, module: 'or', resource: 'office' },
  { name: 'Person', marker: 5, module: 'pr', resource: 'person' },
  { name: 'SMS', marker: 1, module: 'rms', resource: 'sms_request' },
  { name: 'Town', marker: 3, module: 'gis', resource: 'location' },
] as const;

export const ROLES = ['Administrator', 'Authenticated', 'Anonymous', 'Editor', 'MapAdmin', 'DVI'] as const;
