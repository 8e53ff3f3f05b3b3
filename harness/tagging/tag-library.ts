/**
 * What a checker needs to know about a tag library: how it splits a user's tag string into names, what
 * it does to a name before storing it, which names it treats as the same tag and how long a name may be.
 * One file per library in this folder, each a pure re-implementation of the library's own code (linked
 * there), so a check can compute "the tag set the target library should hold for this source tag set"
 * without running Django.
 *
 * Each factory's defaults are the library's own (its settings' defaults); an application's configuration
 * is a preset built with the factory's options.
 */
import { removeAccents } from '../text/remove-accents.ts';

export { removeAccents } from '../text/remove-accents.ts';
export { splitStrip, stripPython, uniqueSorted } from '../text/python-string.ts';

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
 * The loosest sameness a database collation applies: MariaDB/MySQL `*_ci` collations compare case- and
 * accent-insensitively ('É' = 'é' = 'e'), so two names equal under this key can end up as one row.
 */
export function foldKey(tagName: string): string {
  return removeAccents(tagName).toLowerCase().trim();
}
