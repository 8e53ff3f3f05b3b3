/**
 * Canonical text of PostgreSQL values in SQL (the forms are listed in ../canonical-text.ts).
 *
 * PostgreSQL's own text output is already close to canonical under DateStyle ISO: dates `YYYY-MM-DD`,
 * times and timestamps without trailing fraction zeros, `trim_scale` for numerics (PostgreSQL 13+).
 * md5() hashes the bytes of the text in the database encoding, UTF-8 for every database the harness
 * creates. https://www.postgresql.org/docs/current/datatype-datetime.html#DATATYPE-DATETIME-OUTPUT
 * https://www.postgresql.org/docs/current/functions-math.html (trim_scale)
 */
import type { CanonicalReader } from '../canonical-readers.ts';
import { canonicalReaders } from '../canonical-readers.ts';
import type { CanonicalText, ValueClass } from '../canonical-text.ts';
import type { ColumnInfo } from '../engine.ts';

/** The value class of a format_type() text, by its leading words; user-defined types (enums) read as text. */
const CLASS_OF_TYPE: readonly (readonly [RegExp, ValueClass])[] = [
  [/\[\]$/, 'text'],
  [/^(smallint|integer|bigint|oid)\b/, 'integer'],
  [/^(numeric|decimal|money)\b/, 'decimal'],
  [/^(real|double precision)\b/, 'float'],
  [/^boolean\b/, 'boolean'],
  [/^date\b/, 'date'],
  [/^time\b.*without time zone|^time$/, 'time'],
  [/^timestamp\b/, 'timestamp'],
  [/^(character|char|bpchar)\b(?! varying)/, 'char'],
  [/^bytea\b/, 'binary'],
  [/^jsonb?\b/, 'json'],
];

const trimFraction = (text: string): string =>
  `(CASE WHEN ${text} LIKE '%.%' THEN rtrim(rtrim(${text}, '0'), '.') ELSE ${text} END)`;

type Reader = CanonicalReader;

const booleanText: Reader = (x, _column, own) => {
  if (own === 'boolean') return `(CASE ${x} WHEN true THEN '1' WHEN false THEN '0' END)`;
  return own === 'integer' ? `(CASE WHEN ${x} IS NULL THEN NULL WHEN ${x} <> 0 THEN '1' ELSE '0' END)` : undefined;
};

const integerText: Reader = (x, column, own) => {
  if (own === 'boolean') return booleanText(x, column, own);
  // An integral decimal (e.g. a numeric(20,0) holding an unsigned bigint) has the integer's text.
  if (own === 'decimal') return decimalText(x, column, own);
  return own === 'integer' ? `${x}::text` : undefined;
};

const decimalText: Reader = (x, column, own) => {
  if (own === 'integer') return integerText(x, column, own);
  // money has no trim_scale: through numeric, which it casts to exactly.
  return own === 'decimal' ? `trim_scale(${x}::numeric)::text` : undefined;
};

const timestampText: Reader = (x, column, own) => {
  if (own === 'date') return `(${x}::text || ' 00:00:00')`;
  if (own !== 'timestamp') return undefined;
  // A zone-aware value is shown in UTC; a zone-less one as written. ::text drops trailing fraction zeros.
  return column.type.includes('with time zone') ? `(${x} AT TIME ZONE 'UTC')::text` : `${x}::text`;
};

/** Members of a set stored as an array or as comma-separated text, sorted by code point (COLLATE "C"
 * orders UTF-8 by bytes, which is code-point order). */
const setText: Reader = (x, column, own) => {
  if (own !== 'set' && own !== 'text' && own !== 'char' && own !== 'enum') return undefined;
  const members = column.type.endsWith('[]') ? `unnest(${x}::text[])` : `unnest(string_to_array(${x}::text, ','))`;
  return `(CASE WHEN ${x} IS NULL THEN NULL ELSE array_to_string(ARRAY(SELECT m FROM ${members} AS m ORDER BY m COLLATE "C"), ',') END)`;
};

const READERS = canonicalReaders({
  plain: (x) => `${x}::text`,
  trimmed: (x) => `rtrim(${x}::text, ' ')`,
  integer: integerText,
  decimal: decimalText,
  boolean: booleanText,
  date: (x, _column, own) => (own === 'date' ? `${x}::text` : undefined),
  time: (x, _column, own) => (own === 'time' ? trimFraction(`${x}::text`) : undefined),
  timestamp: timestampText,
  binary: (x, _column, own) => (own === 'binary' ? `encode(${x}, 'hex')` : undefined),
  set: setText,
});

export class PostgresCanonicalText implements CanonicalText {
  classify(column: ColumnInfo): ValueClass {
    const type = column.type.toLowerCase();
    return CLASS_OF_TYPE.find(([pattern]) => pattern.test(type))?.[1] ?? 'text';
  }

  text(expression: string, as: ValueClass, column: ColumnInfo): string | undefined {
    return READERS[as](expression, column, this.classify(column));
  }

  field(canonicalText: string): string {
    return `COALESCE(char_length(${canonicalText})::text || ':' || ${canonicalText}, '~')`;
  }

  concat(parts: readonly string[]): string {
    return `(${parts.join(' || ')})`;
  }

  hash(text: string): string {
    return `('x' || substr(md5(${text}), 1, 15))::bit(60)::bigint`;
  }

  sum(hash: string): string {
    // sum(bigint) is an exact numeric. No hash is NULL here: `||` of non-NULL texts has no size limit
    // short of 1 GB, where the query fails instead.
    return `COALESCE(sum(${hash}), 0)::text`;
  }

  sessionSetup(): readonly string[] {
    // ISO output for dates and timestamps; MDY is PostgreSQL's default input order, kept so that other
    // checks sharing the connection read date literals as before.
    return ["SET TIME ZONE 'UTC'", "SET DateStyle = 'ISO, MDY'"];
  }
}
