/**
 * Canonical text of MariaDB/MySQL values in SQL (the forms are listed in ../canonical-text.ts).
 *
 * Every text read from a column is converted to utf8mb4 before it is measured, and the row text before
 * it is hashed, so that MD5 reads the same UTF-8 bytes as PostgreSQL does, whatever the column's character
 * set (latin1, utf8mb3) or collation: nothing here compares strings, so collations never apply. The session runs in UTC so that TIMESTAMP columns
 * (stored in UTC, shown in the session zone) read as UTC; DATETIME is zone-less and read as written.
 * https://mariadb.com/kb/en/convert/ https://mariadb.com/kb/en/date_format/ https://mariadb.com/kb/en/md5/
 */
import type { CanonicalReader } from '../canonical-readers.ts';
import { canonicalReaders } from '../canonical-readers.ts';
import type { CanonicalText, ValueClass } from '../canonical-text.ts';
import type { ColumnInfo } from '../engine.ts';

/** The value class of a MariaDB COLUMN_TYPE, by its leading keyword (`int(10) unsigned` → `int`). */
const CLASS_OF_TYPE: Readonly<Record<string, ValueClass>> = {
  tinyint: 'integer', smallint: 'integer', mediumint: 'integer', int: 'integer', integer: 'integer', bigint: 'integer',
  year: 'integer', decimal: 'decimal', numeric: 'decimal', float: 'float', double: 'float', real: 'float',
  bool: 'boolean', boolean: 'boolean', date: 'date', time: 'time', datetime: 'timestamp', timestamp: 'timestamp',
  char: 'char', varchar: 'text', tinytext: 'text', text: 'text', mediumtext: 'text', longtext: 'text',
  binary: 'binary', varbinary: 'binary', tinyblob: 'binary', blob: 'binary', mediumblob: 'binary', longblob: 'binary',
  json: 'json', enum: 'enum', set: 'set', bit: 'integer',
};

/** `x` as utf8mb4 text. Only texts read from columns need it: what CAST and DATE_FORMAT print (digits,
 * dates) is ASCII in the connection's utf8mb4 already, and converting it again costs a copy per row. */
const utf8 = (x: string): string => `CONVERT(${x} USING utf8mb4)`;

/** Drops trailing zeros of a fraction, then a bare `.`, from a text known to have a `.`. */
const trimKnownFraction = (text: string): string => `TRIM(TRAILING '.' FROM TRIM(TRAILING '0' FROM ${text}))`;

/** The scale of `decimal(p,s)`; 0 when not declared (MariaDB's default scale). */
const declaredScale = (type: string): number => Number(/\(\s*\d+\s*,\s*(\d+)\s*\)/.exec(type)?.[1] ?? 0);

/** The fractional digits of `datetime(n)`, `timestamp(n)` or `time(n)`; 0 when not declared. */
const fractionDigits = (type: string): number => Number(/^\w+\s*\(\s*(\d+)\s*\)/.exec(type)?.[1] ?? 0);

const BACKSLASH = 'CHAR(92 USING utf8mb4)';
const QUOTE = 'CHAR(34 USING utf8mb4)';

/**
 * A SET's members sorted by code point (utf8mb4_bin orders by code point): the stored text, in
 * declaration order, made a JSON array and split by JSON_TABLE. The member labels cannot come from the
 * column type, which introspection lower-cases. Escapes are built with CHAR() so that the SQL means the
 * same under NO_BACKSLASH_ESCAPES. https://mariadb.com/kb/en/json_table/
 */
function sortedSet(x: string): string {
  const escaped = `REPLACE(REPLACE(${utf8(x)}, ${BACKSLASH}, CONCAT(${BACKSLASH}, ${BACKSLASH})), ${QUOTE}, CONCAT(${BACKSLASH}, ${QUOTE}))`;
  const array = `CONCAT('[', ${QUOTE}, REPLACE(${escaped}, ',', CONCAT(${QUOTE}, ',', ${QUOTE})), ${QUOTE}, ']')`;
  const members = `JSON_TABLE(${array}, '$[*]' COLUMNS (m VARCHAR(255) CHARACTER SET utf8mb4 PATH '$')) AS members`;
  return `(SELECT GROUP_CONCAT(m ORDER BY m COLLATE utf8mb4_bin SEPARATOR ',') FROM ${members})`;
}

type Reader = CanonicalReader;

const integerText: Reader = (x, column, own) => {
  // A tinyint(1) read as an integer keeps its digits (2 stays 2); only read as a boolean is it 1 or 0.
  if (own === 'boolean') return `CAST(${x} + 0 AS CHAR)`;
  // An integral decimal (e.g. a numeric(20,0) holding an unsigned bigint) has the integer's text.
  if (own === 'decimal') return decimalText(x, column, own);
  if (own !== 'integer') return undefined;
  // BIT(n) reads as bytes and ZEROFILL as padded digits: +0 makes both a plain number (exact, also unsigned).
  return `CAST(${x} + 0 AS CHAR)`;
};

const booleanText: Reader = (x, _column, own) =>
  own === 'boolean' || own === 'integer' ? `(CASE WHEN ${x} IS NULL THEN NULL WHEN ${x} <> 0 THEN '1' ELSE '0' END)` : undefined;

const decimalText: Reader = (x, column, own) => {
  if (own === 'integer') return integerText(x, column, own);
  if (own !== 'decimal') return undefined;
  // A zero of any scale or sign is `0`; otherwise the digits as stored, trailing fraction zeros dropped
  // (a declared scale means the text has a `.`: no test needed).
  const digits = `CAST(${x} AS CHAR)`;
  return `(CASE WHEN ${x} = 0 THEN '0' ELSE ${declaredScale(column.type) > 0 ? trimKnownFraction(digits) : digits} END)`;
};

// CAST(temporal AS CHAR) prints the value as stored, zero dates (0000-00-00) included, at about half the
// cost of DATE_FORMAT; a fraction is printed with the column's declared digits, so only then is there one
// to trim.
const dateText: Reader = (x, _column, own) => (own === 'date' ? `CAST(${x} AS CHAR)` : undefined);

const timeText: Reader = (x, column, own) => {
  if (own !== 'time') return undefined;
  return fractionDigits(column.type) > 0 ? trimKnownFraction(`CAST(${x} AS CHAR)`) : `CAST(${x} AS CHAR)`;
};

const timestampText: Reader = (x, column, own) => {
  if (own === 'date') return `CONCAT(CAST(${x} AS CHAR), ' 00:00:00')`;
  if (own !== 'timestamp') return undefined;
  return fractionDigits(column.type) > 0 ? trimKnownFraction(`CAST(${x} AS CHAR)`) : `CAST(${x} AS CHAR)`;
};

const READERS = canonicalReaders({
  plain: (x) => utf8(x),
  trimmed: (x) => `TRIM(TRAILING ' ' FROM ${utf8(x)})`,
  integer: integerText,
  decimal: decimalText,
  boolean: booleanText,
  date: dateText,
  time: timeText,
  timestamp: timestampText,
  binary: (x, _column, own) => (own === 'binary' ? `LOWER(HEX(${x}))` : undefined),
  set: (x, _column, own) => (own === 'set' || own === 'text' || own === 'char' ? sortedSet(x) : undefined),
});

export class MariaDbCanonicalText implements CanonicalText {
  classify(column: ColumnInfo): ValueClass {
    const type = column.type.toLowerCase();
    if (/^(tinyint\(1\)|bit\(1\))/.test(type)) return 'boolean';
    return CLASS_OF_TYPE[/^[a-z]+/.exec(type)?.[0] ?? ''] ?? 'text';
  }

  text(expression: string, as: ValueClass, column: ColumnInfo): string | undefined {
    return READERS[as](expression, column, this.classify(column));
  }

  field(canonicalText: string): string {
    // The text is evaluated twice, not thrice as a CASE testing it for NULL first would (a third of the
    // scan's cost). Not COALESCE(CONCAT(…), '~'): CONCAT is also NULL past max_allowed_packet, which must
    // not read as NULL; only when CONCAT gave NULL is the text tested, and an overflow stays NULL.
    return `IFNULL(CONCAT(CHAR_LENGTH(${canonicalText}), ':', ${canonicalText}), IF(${canonicalText} IS NULL, '~', NULL))`;
  }

  concat(parts: readonly string[]): string {
    return `CONCAT(${parts.join(', ')})`;
  }

  hash(text: string): string {
    return `CAST(CONV(SUBSTRING(MD5(${utf8(text)}), 1, 15), 16, 10) AS UNSIGNED)`;
  }

  sum(hash: string): string {
    // SUM of BIGINT UNSIGNED is an exact DECIMAL. A NULL hash (row text over max_allowed_packet) adds
    // -10^30, more than any sum of 60-bit hashes can make up, and the result is clamped to -1.
    return `CAST(GREATEST(COALESCE(SUM(COALESCE(${hash}, -1000000000000000000000000000000)), 0), -1) AS CHAR)`;
  }

  sessionSetup(): readonly string[] {
    return ["SET time_zone = '+00:00'"];
  }
}
