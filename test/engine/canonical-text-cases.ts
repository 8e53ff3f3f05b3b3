/**
 * Expectation tables for the canonical text of each value class: the natural column types of each
 * engine, the values stored in them (as SQL literals, per engine where the syntax differs) and the
 * canonical text every engine must produce. A case without a literal for an engine is not stored there
 * (e.g. MariaDB's zero date).
 */
import type { ValueClass } from '../../harness/engine/canonical-text.ts';
import type { TestEngine } from '../support/test-databases.ts';

type PerEngine<T> = Record<TestEngine, T>;

export interface CanonicalColumn {
  /** The column type as declared in CREATE TABLE. */
  readonly type: string;
  /** The class the dialect classifies it as, when not the group's (every column is read as the group's). */
  readonly classified?: ValueClass;
}

export interface CanonicalCase {
  /** The same literal on every engine, or one per engine (an engine left out does not store it). */
  readonly literal: string | Partial<PerEngine<string>>;
  /** The canonical text, or null for SQL NULL. */
  readonly expected: string | null;
}

export interface CanonicalGroup {
  readonly title: string;
  readonly class: ValueClass;
  readonly columns: PerEngine<readonly CanonicalColumn[]>;
  readonly cases: readonly CanonicalCase[];
  /** Statements run before the tables are created (e.g. PostgreSQL's CREATE TYPE for an enum). */
  readonly setup?: Partial<PerEngine<readonly string[]>>;
}

const NULL_CASE: CanonicalCase = { literal: 'NULL', expected: null };
const types = (...names: string[]): CanonicalColumn[] => names.map((type) => ({ type }));

export const CANONICAL_GROUPS: readonly CanonicalGroup[] = [
  {
    title: 'signed integers',
    class: 'integer',
    columns: { mariadb: types('tinyint', 'smallint', 'int', 'bigint', 'mediumint'), postgres: types('smallint', 'integer', 'bigint'), sqlite: types('integer', 'int') },
    cases: [
      { literal: '0', expected: '0' },
      { literal: '1', expected: '1' },
      { literal: '-1', expected: '-1' },
      { literal: '127', expected: '127' },
      { literal: '-128', expected: '-128' },
      { literal: '007', expected: '7' },
      NULL_CASE,
    ],
  },
  {
    title: 'bigint beyond 2^53',
    class: 'integer',
    columns: { mariadb: types('bigint'), postgres: types('bigint'), sqlite: types('integer', 'bigint') },
    cases: [
      { literal: '9007199254740993', expected: '9007199254740993' },
      { literal: '9223372036854775807', expected: '9223372036854775807' },
      { literal: '-9223372036854775807', expected: '-9223372036854775807' },
    ],
  },
  {
    title: 'unsigned integers (PostgreSQL has no unsigned type: numeric(20,0))',
    class: 'integer',
    columns: { mariadb: types('bigint unsigned', 'bigint(20) unsigned zerofill'), postgres: [{ type: 'numeric(20,0)', classified: 'decimal' }], sqlite: [] },
    cases: [
      { literal: { mariadb: '18446744073709551615', postgres: '18446744073709551615' }, expected: '18446744073709551615' },
      { literal: { mariadb: '4294967295', postgres: '4294967295' }, expected: '4294967295' },
      { literal: { mariadb: '5', postgres: '5' }, expected: '5' },
    ],
  },
  {
    title: 'decimals, scale-independent',
    class: 'decimal',
    columns: { mariadb: types('decimal(12,2)', 'decimal(15,4)', 'numeric(10,3)'), postgres: types('numeric(12,2)', 'numeric(15,4)', 'numeric'), sqlite: types('decimal(12,2)', 'numeric(15,4)', 'numeric') },
    cases: [
      { literal: '1.990', expected: '1.99' },
      { literal: '2.00', expected: '2' },
      { literal: '0', expected: '0' },
      { literal: '-0.00', expected: '0' },
      { literal: '-0.50', expected: '-0.5' },
      { literal: '10', expected: '10' },
      { literal: '100.10', expected: '100.1' },
      { literal: '1234567.89', expected: '1234567.89' },
      NULL_CASE,
    ],
  },
  {
    title: 'decimals beyond a double (SQLite keeps no exact decimal)',
    class: 'decimal',
    columns: { mariadb: types('decimal(30,4)'), postgres: types('numeric(30,4)', 'numeric'), sqlite: [] },
    cases: [
      { literal: '1234567890123456789.1200', expected: '1234567890123456789.12' },
      { literal: '-99999999999999999999.0001', expected: '-99999999999999999999.0001' },
    ],
  },
  {
    title: 'booleans (MariaDB tinyint(1) against PostgreSQL boolean)',
    class: 'boolean',
    columns: { mariadb: types('tinyint(1)', 'boolean', 'bit(1)'), postgres: types('boolean'), sqlite: types('boolean', 'bool', 'tinyint(1)') },
    cases: [
      { literal: { mariadb: '1', postgres: 'true', sqlite: '1' }, expected: '1' },
      { literal: { mariadb: '0', postgres: 'false', sqlite: '0' }, expected: '0' },
      NULL_CASE,
    ],
  },
  {
    title: 'tinyint(1) read as an integer keeps its digits',
    class: 'integer',
    columns: { mariadb: [{ type: 'tinyint(1)', classified: 'boolean' }], postgres: types('smallint'), sqlite: [{ type: 'boolean', classified: 'boolean' }] },
    cases: [
      { literal: '2', expected: '2' },
      { literal: '1', expected: '1' },
      { literal: '-1', expected: '-1' },
    ],
  },
  {
    title: 'integers read as booleans: non-zero is 1',
    class: 'boolean',
    columns: { mariadb: [{ type: 'tinyint(1)' }, { type: 'smallint', classified: 'integer' }], postgres: [{ type: 'smallint', classified: 'integer' }], sqlite: [{ type: 'integer', classified: 'integer' }] },
    cases: [
      { literal: '2', expected: '1' },
      { literal: '0', expected: '0' },
      NULL_CASE,
    ],
  },
  {
    title: 'dates',
    class: 'date',
    columns: { mariadb: types('date'), postgres: types('date'), sqlite: types('date') },
    cases: [
      { literal: "'2024-02-29'", expected: '2024-02-29' },
      { literal: "'1970-01-01'", expected: '1970-01-01' },
      { literal: "'0001-01-01'", expected: '0001-01-01' },
      { literal: "'9999-12-31'", expected: '9999-12-31' },
      // As the SQLite connection binds a JavaScript Date, and as Unix seconds.
      { literal: { mariadb: "'2024-03-01'", postgres: "'2024-03-01'", sqlite: "'2024-03-01T00:00:00.000Z'" }, expected: '2024-03-01' },
      { literal: { mariadb: "'2024-03-02'", postgres: "'2024-03-02'", sqlite: '1709337600' }, expected: '2024-03-02' },
      { literal: { mariadb: "'0000-00-00'" }, expected: '0000-00-00' },
      NULL_CASE,
    ],
  },
  {
    title: 'times',
    class: 'time',
    columns: { mariadb: types('time', 'time(6)'), postgres: types('time', 'time(6) without time zone'), sqlite: types('time') },
    cases: [
      { literal: "'12:34:56'", expected: '12:34:56' },
      { literal: "'00:00:00'", expected: '00:00:00' },
      { literal: "'23:59:59'", expected: '23:59:59' },
      { literal: { mariadb: "'838:59:59'" }, expected: '838:59:59' },
      NULL_CASE,
    ],
  },
  {
    title: 'times with fractional seconds',
    class: 'time',
    columns: { mariadb: types('time(6)'), postgres: types('time(6)', 'time'), sqlite: types('time') },
    cases: [
      { literal: "'12:34:56.123456'", expected: '12:34:56.123456' },
      { literal: "'00:00:00.100000'", expected: '00:00:00.1' },
      { literal: "'08:00:00.000000'", expected: '08:00:00' },
    ],
  },
  {
    title: 'zone-less timestamps, taken as written',
    class: 'timestamp',
    columns: { mariadb: types('datetime', 'datetime(3)', 'datetime(6)'), postgres: types('timestamp', 'timestamp(3) without time zone'), sqlite: types('datetime', 'timestamp') },
    cases: [
      { literal: "'2024-01-02 03:04:05'", expected: '2024-01-02 03:04:05' },
      { literal: "'1970-01-01 00:00:00'", expected: '1970-01-01 00:00:00' },
      { literal: { mariadb: "'2024-01-02 23:59:59'", postgres: "'2024-01-02 23:59:59'", sqlite: "'2024-01-02T23:59:59.000Z'" }, expected: '2024-01-02 23:59:59' },
      { literal: { mariadb: "'2023-11-14 22:13:20'", postgres: "'2023-11-14 22:13:20'", sqlite: '1700000000' }, expected: '2023-11-14 22:13:20' },
      NULL_CASE,
    ],
  },
  {
    title: 'timestamps with fractional seconds kept',
    class: 'timestamp',
    columns: { mariadb: types('datetime(6)'), postgres: types('timestamp(6)', 'timestamp'), sqlite: types('datetime') },
    cases: [
      { literal: "'2024-01-02 03:04:05.123456'", expected: '2024-01-02 03:04:05.123456' },
      { literal: "'2024-01-02 03:04:05.100000'", expected: '2024-01-02 03:04:05.1' },
      { literal: { mariadb: "'2024-01-02 03:04:05.120'", postgres: "'2024-01-02 03:04:05.120'", sqlite: "'2024-01-02T03:04:05.120Z'" }, expected: '2024-01-02 03:04:05.12' },
    ],
  },
  {
    title: 'zone-aware timestamps, in UTC',
    class: 'timestamp',
    columns: { mariadb: types('timestamp(6)'), postgres: types('timestamp with time zone', 'timestamp(3) with time zone'), sqlite: types('datetime') },
    cases: [
      {
        literal: { mariadb: "CONVERT_TZ('2024-06-01 14:30:00.250', '+02:00', @@session.time_zone)", postgres: "'2024-06-01 14:30:00.250+02'", sqlite: "'2024-06-01T14:30:00.250+02:00'" },
        expected: '2024-06-01 12:30:00.25',
      },
      {
        literal: { mariadb: "CONVERT_TZ('2024-01-01 01:00:00', '+05:00', @@session.time_zone)", postgres: "'2024-01-01 01:00:00+05'", sqlite: "'2024-01-01 01:00:00+05:00'" },
        expected: '2023-12-31 20:00:00',
      },
    ],
  },
  {
    title: "MariaDB's zero dates",
    class: 'timestamp',
    columns: { mariadb: types('datetime', 'datetime(3)'), postgres: [], sqlite: [] },
    cases: [{ literal: { mariadb: "'0000-00-00 00:00:00'" }, expected: '0000-00-00 00:00:00' }],
  },
  {
    title: 'text by code point, never by collation',
    class: 'text',
    columns: {
      mariadb: types('varchar(40)', 'text', 'longtext', 'varchar(40) COLLATE utf8mb4_general_ci'),
      postgres: types('varchar(40)', 'text'),
      sqlite: types('text', 'varchar(40)', 'clob'),
    },
    cases: [
      { literal: "'a'", expected: 'a' },
      { literal: "'A'", expected: 'A' },
      { literal: "'\u00e9'", expected: '\u00e9' },
      { literal: "'e\u0301'", expected: 'e\u0301' },
      { literal: "'\u{1F600} emoji'", expected: '\u{1F600} emoji' },
      { literal: "'trailing  '", expected: 'trailing  ' },
      { literal: "''", expected: '' },
      { literal: "'NULL'", expected: 'NULL' },
      { literal: "'12:3'", expected: '12:3' },
      NULL_CASE,
    ],
  },
  {
    title: 'text in latin1 and utf8mb3 columns hashes UTF-8',
    class: 'text',
    columns: {
      mariadb: types('varchar(20) CHARACTER SET latin1', 'text CHARACTER SET latin1 COLLATE latin1_general_ci', 'varchar(20) CHARACTER SET utf8mb3'),
      postgres: types('varchar(20)'),
      sqlite: types('text'),
    },
    cases: [
      { literal: "'\u00e9t\u00e9'", expected: '\u00e9t\u00e9' },
      { literal: "'Stra\u00dfe'", expected: 'Stra\u00dfe' },
      { literal: "'\u00c0B '", expected: '\u00c0B ' },
    ],
  },
  {
    title: 'CHAR padding dropped',
    class: 'char',
    columns: { mariadb: types('char(10)'), postgres: types('character(10)', 'char(10)'), sqlite: types('char(10)', 'character(10)') },
    cases: [
      { literal: "'ab'", expected: 'ab' },
      { literal: "'ab   '", expected: 'ab' },
      { literal: "' ab'", expected: ' ab' },
      { literal: "''", expected: '' },
      { literal: "'\u00e9'", expected: '\u00e9' },
      NULL_CASE,
    ],
  },
  {
    title: 'binary as lower-case hexadecimal',
    class: 'binary',
    columns: { mariadb: types('varbinary(16)', 'blob', 'longblob'), postgres: types('bytea'), sqlite: types('blob') },
    cases: [
      { literal: { mariadb: "X'00FF10'", postgres: "'\\x00ff10'::bytea", sqlite: "X'00FF10'" }, expected: '00ff10' },
      { literal: { mariadb: "X''", postgres: "''::bytea", sqlite: "X''" }, expected: '' },
      { literal: { mariadb: "X'616263'", postgres: "'abc'::bytea", sqlite: "X'616263'" }, expected: '616263' },
      NULL_CASE,
    ],
  },
  {
    title: 'enums as their label',
    class: 'enum',
    columns: { mariadb: types("enum('small','large','\u00e9t\u00e9')"), postgres: [{ type: 'size_label', classified: 'text' }], sqlite: [{ type: 'text', classified: 'text' }] },
    setup: { postgres: ['DROP TYPE IF EXISTS size_label CASCADE', "CREATE TYPE size_label AS ENUM ('small', 'large', '\u00e9t\u00e9')"] },
    cases: [
      { literal: "'small'", expected: 'small' },
      { literal: "'\u00e9t\u00e9'", expected: '\u00e9t\u00e9' },
      NULL_CASE,
    ],
  },
  {
    title: 'sets as members sorted by code point',
    class: 'set',
    columns: { mariadb: types("set('b','a','\u00e9','Z','q\"\\\\x')"), postgres: [{ type: 'varchar(20)', classified: 'text' }], sqlite: [{ type: 'text', classified: 'text' }] },
    cases: [
      { literal: { mariadb: "'a,b'", postgres: "'a,b'", sqlite: "'a,b'" }, expected: 'a,b' },
      { literal: { mariadb: "'b,Z'", postgres: "'b,Z'", sqlite: "'b,Z'" }, expected: 'Z,b' },
      { literal: { mariadb: "'\u00e9,a'", postgres: "'\u00e9,a'", sqlite: "'\u00e9,a'" }, expected: 'a,\u00e9' },
      { literal: { mariadb: "''", postgres: "''", sqlite: "''" }, expected: '' },
      // A member with a quote and a backslash, which the JSON split must escape.
      { literal: { mariadb: "'q\"\\\\x,b'", postgres: "E'q\"\\\\x,b'", sqlite: "'q\"\\x,b'" }, expected: 'b,q"\\x' },
      NULL_CASE,
    ],
  },
  {
    title: 'sets stored as PostgreSQL arrays',
    class: 'set',
    columns: { mariadb: types("set('b','a','\u00e9','Z')"), postgres: [{ type: 'text[]', classified: 'text' }], sqlite: [] },
    cases: [
      { literal: { mariadb: "'b,a'", postgres: "'{b,a}'" }, expected: 'a,b' },
      { literal: { mariadb: "'Z,b,\u00e9'", postgres: "'{\u00e9,b,Z}'" }, expected: 'Z,b,\u00e9' },
      { literal: { mariadb: "''", postgres: "'{}'" }, expected: '' },
    ],
  },
];

/** Classes with no portable canonical form in SQL: these columns are compared by streaming. */
export const STREAMED_COLUMNS: readonly { readonly class: ValueClass; readonly columns: PerEngine<readonly string[]> }[] = [
  { class: 'float', columns: { mariadb: ['float', 'double', 'real'], postgres: ['real', 'double precision'], sqlite: ['real', 'double', 'float'] } },
  { class: 'json', columns: { mariadb: ['json', 'longtext'], postgres: ['json', 'jsonb'], sqlite: ['json', 'text'] } },
];
