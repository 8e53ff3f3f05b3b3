/**
 * The content-check benchmark's table, generated inside each database (no row passes through node):
 * id, text, decimal, datetime(3), text, boolean — the same values on MariaDB and PostgreSQL.
 */
import type { ValueClass } from '../harness/engine/canonical-text.ts';
import type { Connection } from '../harness/engine/engine.ts';

export const BENCH_TABLE = 'bench_rows';

const CREATE = {
  mariadb: `CREATE TABLE bench_rows (id bigint PRIMARY KEY, name varchar(60) NOT NULL, amount decimal(12,2),
    created datetime(3), note text, active tinyint(1)) ENGINE=InnoDB`,
  postgres: `CREATE TABLE bench_rows (id bigint PRIMARY KEY, name varchar(60) NOT NULL, amount numeric(12,2),
    created timestamp(3), note text, active boolean)`,
} as const;

/** Rows `first`..`last`; every 97th note is NULL so that NULL fields are part of the measure. */
const FILL = {
  mariadb: (first: number, last: number) => `INSERT INTO bench_rows
    SELECT seq, CONCAT('customer ', seq), seq / 100, TIMESTAMP'2020-01-01 00:00:00' + INTERVAL seq * 37000 MICROSECOND,
      IF(seq % 97 = 0, NULL, MD5(seq)), seq % 2 FROM seq_${first}_to_${last}`,
  postgres: (first: number, last: number) => `INSERT INTO bench_rows
    SELECT n, 'customer ' || n, n / 100.0, TIMESTAMP '2020-01-01 00:00:00' + n * INTERVAL '37 milliseconds',
      CASE WHEN n % 97 = 0 THEN NULL ELSE md5(n::text) END, n % 2 = 1 FROM generate_series(${first}, ${last}) AS n`,
} as const;

/** The class each column is compared as (the same on both sides). */
export const BENCH_CLASSES: Readonly<Record<string, ValueClass>> = {
  id: 'integer', name: 'text', amount: 'decimal', created: 'timestamp', note: 'text', active: 'boolean',
};

export type BenchEngine = keyof typeof CREATE;

/** Creates and fills the table in batches of a million rows (one transaction each keeps undo small). */
export async function createBenchTable(connection: Connection, engine: BenchEngine, rows: number): Promise<void> {
  await connection.execute(`DROP TABLE IF EXISTS ${BENCH_TABLE}`);
  await connection.execute(CREATE[engine]);
  for (let first = 1; first <= rows; first += 1_000_000) {
    await connection.execute(FILL[engine](first, Math.min(rows, first + 999_999)));
  }
  await connection.execute(engine === 'postgres' ? `VACUUM ANALYZE ${BENCH_TABLE}` : `ANALYZE TABLE ${BENCH_TABLE}`);
}

/** Each column's canonical field (see CanonicalText.field) as SQL on `connection`, in table order. */
export async function canonicalFields(connection: Connection): Promise<{ name: string; field: string }[]> {
  const canonical = connection.dialect.canonical;
  const columns = await connection.introspector.listColumns(BENCH_TABLE);
  return columns.map((column) => {
    const as = BENCH_CLASSES[column.name];
    const text = as && canonical.text(connection.dialect.quoteIdentifier(column.name), as, column);
    if (!text) throw new Error(`no canonical text for ${column.name} ${column.type}`);
    return { name: column.name, field: canonical.field(text) };
  });
}
