/**
 * What a checker needs to know about a tag library: how it splits a user's tag string into names, what
 * it does to a name before storing it, which names it treats as the same tag and how long a name may be.
 * One file per library in this folder, each a pure re-implementation of the library's own code (linked
 * there), so a check can compute "the tag set the target library should hold for this source tag set"
 * without running Django.
 */

export interface TagLibrary {
  /** Registry name, as used in scenario options: `expect: 'tagulous'`. */
  readonly name: string;
  /** Splits a tag string the way the library's parser does; returns unique names, sorted. */
  parse(input: string): string[];
  /** The name the library stores for a new tag given this input name (case folding, accent stripping). */
  normalize(tagName: string): string;
  /** Two normalised names with the same identity key are one tag for the library (its uniqueness rule). */
  identityKey(tagName: string): string;
  /** Longest name the library's table column holds; longer names are cut or rejected by the database. */
  readonly maxLength: number;
}

/**
 * Strips accents the way Pod does (`remove_accents` in pod v1 `pods/models.py` and Esup-Pod
 * `Video.save()`): Unicode NFKD decomposition, then every combining mark dropped. "Vidéo" → "Video",
 * "ﬁ" → "fi" (NFKD also folds compatibility characters).
 */
export function removeAccents(input: string): string {
  return input.normalize('NFKD').replace(/\p{M}/gu, '');
}

/**
 * The loosest sameness a database collation applies: MariaDB/MySQL `*_ci` collations compare case- and
 * accent-insensitively ('É' = 'é' = 'e'), so two names equal under this key can end up as one row.
 */
export function foldKey(tagName: string): string {
  return removeAccents(tagName).toLowerCase().trim();
}

/**
 * `split_strip` as in django-tagging, django-taggit and tagulous: split on a delimiter, strip each piece,
 * drop empty ones.
 */
export function splitStrip(input: string, delimiter: string): string[] {
  if (!input) return [];
  return input
    .split(delimiter)
    .map((word) => stripPython(word))
    .filter((word) => word.length > 0);
}

/** Python's `str.strip()` with no argument: removes Unicode whitespace at both ends. */
export function stripPython(text: string): string {
  return text.replace(/^\s+|\s+$/gu, '');
}

/** Python `sorted(set(words))` for str: unique, ordered by code point. */
export function uniqueSorted(words: readonly string[]): string[] {
  return [...new Set(words)].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}
