/**
 * The content check's cost on an identical table, MariaDB against PostgreSQL, measured side by side in
 * one run: (a) one aggregate checksum scan per side, the floor; (b) the segmented checksum the content
 * check runs (count and exact sum of 60-bit row hashes per key segment, segments concurrent within a
 * bound per side). Prints rows/s, the ratio (b)/(a) and peak RSS; then changes one row on one side and
 * shows that the segments find it. Size: BENCH_ROWS (default 10 000 000), e.g.
 *   BENCH_ROWS=1000000 npm run bench -- contents
 */
import { measure } from './bench-support.ts';
import { BENCH_TABLE, canonicalFields, createBenchTable, type BenchEngine } from './contents-table.ts';
import { findChangedRows, type Side } from './contents-segments.ts';
import type { Connection } from '../harness/engine/engine.ts';
import { startTestDatabase, type TestDatabase } from '../test/engine/engine-databases.ts';

const ROWS = Number(process.env.BENCH_ROWS ?? 10_000_000);
/** Concurrent segment queries per side: one per core of this 2-core machine. */
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 2);
const SEGMENTS = Number(process.env.BENCH_SEGMENTS ?? 16);
const ENGINES: readonly BenchEngine[] = ['mariadb', 'postgres'];
const SERVER_ARGS: Record<BenchEngine, string[]> = {
  mariadb: ['--innodb-buffer-pool-size=3G', '--innodb-log-file-size=1G'],
  postgres: ['-c', 'shared_buffers=2GB', '-c', 'max_wal_size=8GB', '-c', 'synchronous_commit=off'],
};

const seconds = (started: number): number => (performance.now() - started) / 1000;
const log = (line: string): void => console.log(line);

async function openSide(database: TestDatabase, connections: number): Promise<Side> {
  const pool: Connection[] = [];
  for (let i = 0; i < connections; i++) {
    const connection = await database.connect();
    for (const statement of connection.dialect.canonical.sessionSetup()) await connection.execute(statement);
    pool.push(connection);
  }
  const first = pool[0] as Connection;
  const fields = await canonicalFields(first);
  return { pool, fields, rowText: first.dialect.canonical.concat(fields.map((f) => f.field)), canonical: first.dialect.canonical };
}

/** (a): one `SELECT count, sum(hash)` over the whole table, both sides at once. */
async function wholeTableScan(sides: readonly Side[]): Promise<{ seconds: number; sums: string[] }> {
  const started = performance.now();
  const sums = await Promise.all(
    sides.map(async (side) => {
      const [row] = await (side.pool[0] as Connection).query(
        `SELECT COUNT(*) AS n, ${side.canonical.sum(side.canonical.hash(side.rowText))} AS s FROM ${BENCH_TABLE}`,
      );
      return `${row?.n}/${row?.s}`;
    }),
  );
  return { seconds: seconds(started), sums };
}

const databases: TestDatabase[] = [];
const sides: Side[] = [];
try {
  await measure(`contents checksum, ${ROWS} rows, MariaDB vs PostgreSQL`, async () => {
    let started = performance.now();
    databases.push(...(await Promise.all(ENGINES.map((engine) => startTestDatabase(engine, { serverArgs: SERVER_ARGS[engine] })))));
    log(`servers started in ${seconds(started).toFixed(1)} s`);
    started = performance.now();
    await Promise.all(
      databases.map(async (database, i) => {
        const connection = await database.connect();
        await createBenchTable(connection, ENGINES[i] as BenchEngine, ROWS);
        await connection.close();
      }),
    );
    log(`${ROWS} rows generated on each side in ${seconds(started).toFixed(1)} s`);
    sides.push(...(await Promise.all(databases.map((database) => openSide(database, CONCURRENCY)))));

    const baseline = await wholeTableScan(sides);
    if (baseline.sums[0] !== baseline.sums[1]) throw new Error(`identical tables hash differently: ${baseline.sums.join(' vs ')}`);
    log(`(a) one checksum scan per side: ${baseline.seconds.toFixed(2)} s, ${Math.round(ROWS / baseline.seconds)} rows/s`);

    started = performance.now();
    const identical = await findChangedRows(sides, ROWS, { segments: SEGMENTS });
    const segmented = seconds(started);
    if (identical.length > 0) throw new Error(`identical tables reported different rows: ${identical.map((d) => d.key).join(', ')}`);
    const ratio = segmented / baseline.seconds;
    log(`(b) segmented checksum (${SEGMENTS} segments, ${CONCURRENCY} at a time per side): ${segmented.toFixed(2)} s, ${Math.round(ROWS / segmented)} rows/s, ratio (b)/(a) ${ratio.toFixed(2)}`);

    const changedId = Math.ceil(ROWS * 0.61803);
    await (sides[1]?.pool[0] as Connection).execute(`UPDATE ${BENCH_TABLE} SET note = 'changed' WHERE id = ${changedId}`);
    started = performance.now();
    const found = await findChangedRows(sides, ROWS, { segments: SEGMENTS });
    const findSeconds = seconds(started);
    for (const difference of found) log(`changed row found: id ${difference.key}\n${difference.detail}`);
    if (found.length !== 1 || found[0]?.key !== String(changedId)) throw new Error(`expected only id ${changedId} to differ, found ${found.map((d) => d.key).join(', ') || 'none'}`);
    return {
      rows: ROWS,
      baselineS: baseline.seconds.toFixed(2),
      checksumS: segmented.toFixed(2),
      rowsPerS: Math.round(ROWS / segmented),
      ratio: ratio.toFixed(2),
      changedRowFoundS: findSeconds.toFixed(2),
    };
  });
} finally {
  for (const side of sides) for (const connection of side.pool) await connection.close();
  await Promise.all(databases.map((database) => database.stop()));
}
