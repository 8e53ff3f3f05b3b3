/**
 * Canonical text of values, computed inside the database, so that a whole table can be checksummed in
 * one scan per side (reladiff's approach: the engines supply small SQL pieces, the algorithm in
 * harness/check/contents/ knows no engine).
 *
 * The same datum must give the same canonical text on every engine, whatever the column type holding it:
 *
 * | class       | canonical text                                                                       |
 * |-------------|--------------------------------------------------------------------------------------|
 * | integer     | decimal digits, `-` for negatives, no leading zeros, no `+` (unsigned and > 2^53 kept) |
 * | decimal     | like integer, then `.` and the fraction without trailing zeros (`1.990` → `1.99`, `2.00` → `2`, `-0.0` → `0`) |
 * | float       | the engine's shortest round-trip text is not portable: see {@link CanonicalText.text} |
 * | boolean     | `1` or `0` (MariaDB TINYINT(1) and PostgreSQL BOOLEAN alike)                          |
 * | date        | `YYYY-MM-DD`                                                                         |
 * | time        | `HH:MM:SS` then `.` and the fraction without trailing zeros when it is not zero        |
 * | timestamp   | `YYYY-MM-DD HH:MM:SS[.f]` in UTC (zone-aware types converted, zone-less taken as written), fraction as for time; MariaDB's zero date is `0000-00-00 00:00:00` |
 * | text        | the characters as stored, compared by code point (never by collation)                |
 * | char        | as text, trailing spaces removed (CHAR(n) padding differs between engines)           |
 * | binary      | lower-case hexadecimal of the bytes                                                  |
 * | json        | see {@link CanonicalText.text}                                                       |
 * | enum        | the label                                                                            |
 * | set         | the members, sorted by code point, joined by `,`                                     |
 *
 * A row's text is the concatenation, in the compared column order, of {@link CanonicalText.field} of each
 * column's canonical text: length-prefixed, so `"12"+"3"` differs from `"1"+"23"`, and NULL distinct
 * from the text `'NULL'` and from the empty string.
 */
import type { ColumnInfo } from './engine.ts';

export const VALUE_CLASSES = [
  'integer',
  'decimal',
  'float',
  'boolean',
  'date',
  'time',
  'timestamp',
  'text',
  'char',
  'binary',
  'json',
  'enum',
  'set',
] as const;
export type ValueClass = (typeof VALUE_CLASSES)[number];

export interface CanonicalText {
  /** The value class of a column as this engine declares it (from {@link ColumnInfo.type}). */
  classify(column: ColumnInfo): ValueClass;
  /**
   * A SQL expression giving the canonical text (see the table above) of `expression`, a column of type
   * `column`, read as value class `as` (which may differ from the column's own class when the other side
   * stores the datum differently, e.g. an integer column compared with a text one: read `as: 'text'`).
   * NULL stays NULL. Returns undefined when this engine cannot produce that canonical form in SQL: the
   * check then compares that column by streaming, and the report says so.
   */
  text(expression: string, as: ValueClass, column: ColumnInfo): string | undefined;
  /** One field of a row text: `'~'` for NULL, else the character length, `':'` and the text. Never NULL. */
  field(canonicalText: string): string;
  /** Text concatenation of several never-NULL text expressions. */
  concat(parts: readonly string[]): string;
  /** A non-negative integer of 60 bits derived from the UTF-8 bytes of `text`: the first 15 hexadecimal
   * digits of its MD5, the same number on every engine for the same text. */
  hash(text: string): string;
  /** An aggregate summing `hash` values without overflow, read back as a decimal string (or bigint). */
  sum(hash: string): string;
  /** Statements run once on the connection before canonical texts are computed (e.g. time zone UTC). */
  sessionSetup(): readonly string[];
}
