/**
 * Multilingual name material for the generated eduroam federations: each realm's country brings its own
 * language, so names carry Greek, Hungarian, French, German and Czech letters (all within utf8mb3,
 * which both DjNRO hosts used), next to their English forms.
 */
import type { RowRng } from './djnro-rng.ts';

export interface Country {
  readonly code: string;
  readonly lang: string;
  readonly latitude: number;
  readonly longitude: number;
  readonly cities: readonly string[];
  readonly streets: readonly string[];
  /** Local words for "university", "institute", "school" … */
  readonly kinds: readonly string[];
  readonly subjects: readonly string[];
}

export const COUNTRIES: readonly Country[] = [
  {
    code: 'gr', lang: 'el', latitude: 38.0, longitude: 23.7,
    cities: ['Αθήνα', 'Θεσσαλονίκη', 'Ηράκλειο', 'Πάτρα', 'Ιωάννινα'],
    streets: ['Οδός Πανεπιστημίου', 'Λεωφόρος Αλεξάνδρας', 'Οδός Εγνατίας', 'Οδός Ερμού'],
    kinds: ['Πανεπιστήμιο', 'Ίδρυμα Έρευνας', 'Πολυτεχνείο', 'Σχολή'],
    subjects: ['Αιγαίου', 'Κρήτης', 'Πειραιώς', 'Μακεδονίας', 'Θεσσαλίας', 'Ιονίου'],
  },
  {
    code: 'hu', lang: 'hu', latitude: 47.5, longitude: 19.05,
    cities: ['Budapest', 'Debrecen', 'Szeged', 'Pécs', 'Győr'],
    streets: ['Egyetem tér', 'Múzeum körút', 'Szőlő utca', 'Kossuth Lajos út'],
    kinds: ['Egyetem', 'Főiskola', 'Kutatóintézet', 'Művészeti Egyetem'],
    subjects: ['Szegedi', 'Debreceni', 'Óbudai', 'Széchenyi István', 'Műszaki', 'Állatorvostudományi'],
  },
  {
    code: 'fr', lang: 'fr', latitude: 46.6, longitude: 2.4,
    cities: ['Paris', 'Lyon', 'Besançon', 'Orléans', 'Nîmes'],
    streets: ['Rue des Écoles', 'Avenue de l’Université', 'Boulevard Saint-Michel', 'Quai Émile Zola'],
    kinds: ['Université', 'École normale supérieure', 'Institut', 'Conservatoire'],
    subjects: ['de Franche-Comté', 'de Lyon', 'Pierre et Marie Curie', 'd’Orléans', 'de Nîmes', 'Côte d’Azur'],
  },
  {
    code: 'de', lang: 'de', latitude: 51.2, longitude: 10.4,
    cities: ['München', 'Köln', 'Düsseldorf', 'Würzburg', 'Lübeck'],
    streets: ['Universitätsstraße', 'Hauptstraße', 'Schloßplatz', 'Gießener Weg'],
    kinds: ['Universität', 'Hochschule', 'Forschungszentrum', 'Fachhochschule'],
    subjects: ['Würzburg', 'zu Lübeck', 'Düsseldorf', 'Göttingen', 'Tübingen', 'Saarbrücken'],
  },
  {
    code: 'cz', lang: 'cs', latitude: 49.8, longitude: 15.5,
    cities: ['Praha', 'Brno', 'Plzeň', 'České Budějovice', 'Olomouc'],
    streets: ['Náměstí Míru', 'Žižkova', 'Technická', 'Údolní'],
    kinds: ['Univerzita', 'Vysoká škola', 'Ústav', 'Akademie'],
    subjects: ['Karlova', 'Masarykova', 'Palackého', 'Jihočeská', 'Západočeská', 'Tomáše Bati'],
  },
];

const ENGLISH_KINDS = ['University', 'Research Institute', 'Technical University', 'School'];

/** A local and an English name for an institution; the same kind index keeps both consistent. */
export function institutionNames(rng: RowRng, country: Country, id: number): { local: string; english: string } {
  const kind = rng.int(0, country.kinds.length - 1);
  const subject = rng.pick(country.subjects);
  const local = country.lang === 'fr' || country.lang === 'de' ? `${country.kinds[kind]} ${subject}` : `${subject} ${country.kinds[kind]}`;
  // Institution ids keep otherwise equal names apart, as real registries name campuses.
  return { local: `${local} ${id}`.slice(0, 80), english: `${ENGLISH_KINDS[kind % ENGLISH_KINDS.length]} of ${subject} ${id}`.slice(0, 80) };
}

const GIVEN = ['Γιώργος', 'Ελένη', 'Zoltán', 'Ágnes', 'Hélène', 'François', 'Jürgen', 'Åsa', 'Jiří', 'Zuzana', 'Maria', 'Nikos'];
const FAMILY = ['Παπαδόπουλος', 'Κωνσταντίνου', 'Kovács', 'Szőke', 'Lefèvre', 'Dubois', 'Müller', 'Groß', 'Dvořák', 'Novák', 'Smith', 'Öztürk'];

export function personName(rng: RowRng): { given: string; family: string } {
  return { given: rng.pick(GIVEN), family: rng.pick(FAMILY) };
}
