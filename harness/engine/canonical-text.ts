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
   *
   * Implemented choices, the same on every engine:
   * - `float` is always undefined: the engines print floats differently (MariaDB FLOAT keeps 6 significant
   *   digits, PostgreSQL `real` its shortest round-trip text) and rounding to N significant digits in SQL
   *   is itself inexact near a digit boundary, so float columns are compared by streaming, with a tolerance.
   * - `json` is always undefined: key order, spacing and number forms (`1.0` against `1`) have no portable
   *   canonical form in SQL (PostgreSQL jsonb reorders keys, MariaDB keeps the text). MariaDB reports a
   *   JSON column as `longtext`, so it classifies as `text`; read it `as: 'json'` to get the fallback.
   * - Reading `as` another class works where the canonical text is the same datum: `integer` as
   *   `boolean` (non-zero is `1`), `boolean` as `integer` (MariaDB tinyint(1) keeps its digits, a
   *   PostgreSQL boolean is `1`/`0`), `integer` ↔ `decimal` (an integral decimal has the integer's text), `date` as `timestamp` (midnight), any class but binary,
   *   float and json as `text` (its own canonical form), `text` as `char` (trailing spaces dropped), `enum`
   *   as `text`; `set` from a text column (comma-separated members, sorted) and from a PostgreSQL array.
   *   Other pairs are undefined.
   * - `set` on MariaDB sorts the members with a JSON_TABLE subquery per row: correct, but slower than
   *   the other classes.
   * - SQLite keeps no decimal scale: a real in a `decimal(p,s)` column is printed with `s` digits, else
   *   with SQLite's 15 significant digits; dates and timestamps may be ISO text or Unix seconds.
   */
  text(expression: string, as: ValueClass, column: ColumnInfo): string | undefined;
  /** One field of a row text: `'~'` for NULL, else the character length, `':'` and the text. Never NULL. */
  field(canonicalText: string): string;
  /** Text concatenation of several never-NULL text expressions. */
  concat(parts: readonly string[]): string;
  /** A non-negative integer of 60 bits derived from the UTF-8 bytes of `text`: the first 15 hexadecimal
   * digits of its MD5, the same number on every engine for the same text. */
  hash(text: string): string;
  /** An aggregate summing `hash` values without overflow, read back as a decimal string; `'0'` over no rows.
   * `'-1'` when some row's hash was NULL, i.e. its text could not be built (MariaDB's CONCAT gives NULL
   * past max_allowed_packet): the caller must not trust that segment's sum (stream it, or fail). */
  sum(hash: string): string;
  /** Statements run once on the connection before canonical texts are computed (e.g. time zone UTC). */
  sessionSetup(): readonly string[];
}
