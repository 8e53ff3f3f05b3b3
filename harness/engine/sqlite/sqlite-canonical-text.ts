/**
 * Canonical text of SQLite values in SQL (the forms are listed in ../canonical-text.ts).
 *
 * SQLite types values, not columns (https://www.sqlite.org/datatype3.html): the class comes from the
 * declared type by SQLite's own affinity rules, and each reader then looks at typeof() of the value,
 * since a DATETIME column may hold ISO text or Unix seconds, a DECIMAL column an integer or a real.
 * MD5 and an exact sum are functions registered on the connection (sqlite-canonical-functions.ts).
 */
import type { CanonicalReader } from '../canonical-readers.ts';
import { canonicalReaders } from '../canonical-readers.ts';
import type { CanonicalText, ValueClass } from '../canonical-text.ts';
import type { ColumnInfo } from '../engine.ts';
import { MD5_60, SORTED_SET, SUM_EXACT } from './sqlite-canonical-functions.ts';

/** Declared type → class, first match wins; the affinity rules' order (INT before CHAR, etc.). */
const CLASS_OF_TYPE: readonly (readonly [RegExp, ValueClass])[] = [
  [/^(bool\b|boolean\b|tinyint\(1\))/, 'boolean'],
  [/int/, 'integer'],
  [/^(n?char|character)\b(?! varying)/, 'char'],
  [/char|clob|text/, 'text'],
  [/blob/, 'binary'],
  [/real|floa|doub/, 'float'],
  [/^(decimal|numeric)/, 'decimal'],
  [/^(datetime|timestamp)/, 'timestamp'],
  [/^date/, 'date'],
  [/^time/, 'time'],
  [/^json/, 'json'],
];

const trimFraction = (text: string): string =>
  `(CASE WHEN ${text} LIKE '%.%' THEN rtrim(rtrim(${text}, '0'), '.') ELSE ${text} END)`;

/** The scale of `decimal(p,s)`, if declared. */
const declaredScale = (type: string): number | undefined => {
  const scale = /\(\s*\d+\s*,\s*(\d+)\s*\)/.exec(type)?.[1];
  return scale === undefined ? undefined : Number(scale);
};

type Reader = CanonicalReader;

const booleanText: Reader = (x, _column, own) =>
  own === 'boolean' || own === 'integer' ? `(CASE WHEN ${x} IS NULL THEN NULL WHEN ${x} THEN '1' ELSE '0' END)` : undefined;

const integerText: Reader = (x, column, own) => {
  // A boolean column read as an integer keeps its digits (2 stays 2); only read as a boolean is it 1 or 0.
  if (own === 'boolean') return `CAST(${x} AS TEXT)`;
  // An integral decimal (e.g. a numeric(20,0) holding an unsigned bigint) has the integer's text.
  if (own === 'decimal') return decimalText(x, column, own);
  return own === 'integer' ? `CAST(${x} AS TEXT)` : undefined;
};

/** A real is printed with the declared scale (SQLite keeps no scale), else as SQLite prints it; then
 * trailing zeros go, and any zero is `0`. Integers and texts (a value SQLite could not convert) as stored. */
const decimalText: Reader = (x, column, own) => {
  if (own === 'integer') return integerText(x, column, own);
  if (own !== 'decimal') return undefined;
  const scale = declaredScale(column.type);
  const real = scale === undefined ? `CAST(${x} AS TEXT)` : `printf('%.${scale}f', ${x})`;
  return `(CASE typeof(${x}) WHEN 'real' THEN (CASE WHEN ${x} = 0 THEN '0' ELSE ${trimFraction(real)} END) WHEN 'integer' THEN CAST(${x} AS TEXT) ELSE ${trimFraction(`CAST(${x} AS TEXT)`)} END)`;
};

/** Numbers are Unix seconds; text is ISO 8601 (`T` or space, optional `Z`) and keeps all its fraction
 * digits; a text with a numeric offset goes through strftime (milliseconds) to UTC. Unparsable text stays. */
const timestampText: Reader = (x, _column, own) => {
  if (own === 'date') return `(${dateText(x, _column, own)} || ' 00:00:00')`;
  if (own !== 'timestamp') return undefined;
  const iso = `rtrim(replace(${x}, 'T', ' '), 'Z')`;
  const utc = `strftime('%Y-%m-%d %H:%M:%f', ${x})`;
  return `(CASE WHEN typeof(${x}) IN ('integer', 'real') THEN ${trimFraction(`strftime('%Y-%m-%d %H:%M:%f', ${x}, 'unixepoch')`)}
    WHEN ${x} GLOB '*[0-9][0-9]:[0-9][0-9]*[+-][0-9][0-9]:[0-9][0-9]' THEN COALESCE(${trimFraction(utc)}, ${x})
    ELSE ${trimFraction(iso)} END)`;
};

const dateText: Reader = (x, _column, own) => {
  if (own !== 'date') return undefined;
  return `(CASE WHEN typeof(${x}) IN ('integer', 'real') THEN date(${x}, 'unixepoch') ELSE COALESCE(date(${x}), ${x}) END)`;
};

const READERS = canonicalReaders({
  plain: (x) => `CAST(${x} AS TEXT)`,
  trimmed: (x) => `rtrim(CAST(${x} AS TEXT), ' ')`,
  integer: integerText,
  decimal: decimalText,
  boolean: booleanText,
  date: dateText,
  time: (x, _column, own) => (own === 'time' ? trimFraction(`CAST(${x} AS TEXT)`) : undefined),
  timestamp: timestampText,
  // hex(NULL) is '', not NULL.
  binary: (x, _column, own) => (own === 'binary' ? `(CASE WHEN ${x} IS NULL THEN NULL ELSE lower(hex(${x})) END)` : undefined),
  set: (x, _column, own) => (own === 'text' || own === 'char' || own === 'set' ? `${SORTED_SET}(${x})` : undefined),
});

export class SqliteCanonicalText implements CanonicalText {
  classify(column: ColumnInfo): ValueClass {
    const type = column.type.toLowerCase();
    return CLASS_OF_TYPE.find(([pattern]) => pattern.test(type))?.[1] ?? 'text';
  }

  text(expression: string, as: ValueClass, column: ColumnInfo): string | undefined {
    return READERS[as](expression, column, this.classify(column));
  }

  field(canonicalText: string): string {
    return `COALESCE(length(${canonicalText}) || ':' || ${canonicalText}, '~')`;
  }

  concat(parts: readonly string[]): string {
    return `(${parts.join(' || ')})`;
  }

  hash(text: string): string {
    return `${MD5_60}(${text})`;
  }

  sum(hash: string): string {
    return `COALESCE(${SUM_EXACT}(${hash}), '0')`;
  }

  sessionSetup(): readonly string[] {
    return [];
  }
}
