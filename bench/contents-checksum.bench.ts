/**
 * The content check's cost on an identical table, MariaDB against PostgreSQL, measured side by side in
 * one run: (a) one aggregate checksum scan per side, the floor; (b) the `contents()` check itself;
 * (c) checksums of 16 key segments, two at a time per side, to show what concurrent segments give on
 * this machine; and per side, alone, the engine's own floors (COUNT(*), a cheap hash of the raw columns)
 * next to the checksum scan. Prints rows/s, the ratio (b)/(a) and peak RSS; then changes one row on one side and
 * shows that `contents()` finds it. Size: BENCH_ROWS (default 10 000 000), e.g.
 *   BENCH_ROWS=1000000 npm run bench -- contents
 */
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CheckContext, CheckOutcome } from '../harness/check/check.ts';
import { contents } from '../harness/check/contents/contents-check.ts';
import { createLogger } from '../harness/log.ts';
import { measure } from './bench-support.ts';
import { BENCH_TABLE, canonicalFields, createBenchTable, type BenchEngine } from './contents-table.ts';
import { findChangedRows, type Side } from './contents-segments.ts';
import type { Connection } from '../harness/engine/engine.ts';
import { startTestDatabase, type TestDatabase } from '../test/engine/engine-databases.ts';

const ROWS = Number(process.env.BENCH_ROWS ?? 10_000_000);
/** Concurrent segment queries per side: one per core of this 2-core machine. */
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 2);
/** Segments of measure (c); 0 skips it. */
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

/** (a): one `SELECT count, sum(hash)` over the whole table, both sides at once; each side's time too. */
async function wholeTableScan(sides: readonly Side[]): Promise<{ seconds: number; sums: string[]; perSide: string }> {
  const started = performance.now();
  const results = await Promise.all(
    sides.map(async (side) => {
      const [row] = await (side.pool[0] as Connection).query(
        `SELECT COUNT(*) AS n, ${side.canonical.sum(side.canonical.hash(side.rowText))} AS s FROM ${BENCH_TABLE}`,
      );
      return { sum: `${row?.n}/${row?.s}`, seconds: seconds(started) };
    }),
  );
  const perSide = results.map((r, i) => `${ENGINES[i]} ${r.seconds.toFixed(2)} s`).join(', ');
  return { seconds: seconds(started), sums: results.map((r) => r.sum), perSide };
}

/** What each engine itself costs per scan on this machine, one side at a time: COUNT(*), and the sum of a
 * cheap built-in hash of the raw columns (MariaDB CRC32, PostgreSQL hashtext), best of two. */
const FLOORS = {
  mariadb: { count: 'SELECT COUNT(*) FROM bench_rows', rawHash: "SELECT SUM(CRC32(CONCAT_WS('|', id, name, amount, created, note, active))) FROM bench_rows" },
  postgres: { count: 'SELECT COUNT(*) FROM bench_rows', rawHash: "SELECT SUM(hashtext(concat_ws('|', id, name, amount, created, note, active))) FROM bench_rows" },
} as const;

async function floors(sides: readonly Side[]): Promise<string[]> {
  const lines: string[] = [];
  for (const [i, side] of sides.entries()) {
    const engine = ENGINES[i] as BenchEngine;
    const connection = side.pool[0] as Connection;
    const best = async (sql: string) => {
      let fastest = Infinity;
      for (let run = 0; run < 2; run++) {
        const started = performance.now();
        await connection.query(sql);
        fastest = Math.min(fastest, seconds(started));
      }
      return Math.round(ROWS / fastest);
    };
    const checkSql = `SELECT COUNT(*) AS n, ${side.canonical.sum(side.canonical.hash(side.rowText))} AS s FROM ${BENCH_TABLE}`;
    lines.push(`floor ${engine}: COUNT(*) ${await best(FLOORS[engine].count)} rows/s, raw-column hash ${await best(FLOORS[engine].rawHash)} rows/s, the check's checksum ${await best(checkSql)} rows/s`);
  }
  return lines;
}

/** Runs `contents()` over the two databases as a rehearsal would, with its own connection per side. */
async function runContents(databases: readonly TestDatabase[], workdir: string): Promise<{ seconds: number; outcome: CheckOutcome }> {
  const [source, target] = await Promise.all(databases.map((database) => database.connect()));
  if (!source || !target) throw new Error('two databases expected');
  const context: CheckContext = {
    source,
    target,
    maxExamples: 3,
    warnings: [],
    workdir,
    media: { source: () => undefined, target: () => undefined },
    log: createLogger('bench'),
    signal: new AbortController().signal,
  };
  try {
    const started = performance.now();
    const outcome = await contents().run(context);
    return { seconds: seconds(started), outcome };
  } finally {
    await Promise.all([source.close(), target.close()]);
  }
}

// As in a run: the working directory is `<out>/work`, and the differing keys files go to `<out>`.
const out = await mkdtemp(join(tmpdir(), 'rehearse-bench-contents-'));
const workdir = join(out, 'work');
await mkdir(workdir);
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
    log(`(a) one checksum scan per side: ${baseline.seconds.toFixed(2)} s (${baseline.perSide}), ${Math.round(ROWS / baseline.seconds)} rows/s`);

    for (const line of await floors(sides)) log(line);

    const checked = await runContents(databases, workdir);
    if (checked.outcome.status !== 'passed') throw new Error(`contents() failed on identical tables: ${checked.outcome.summary}`);
    const ratio = checked.seconds / baseline.seconds;
    log(`(b) contents(): ${checked.seconds.toFixed(2)} s, ${Math.round(ROWS / checked.seconds)} rows/s, ratio (b)/(a) ${ratio.toFixed(2)}: ${checked.outcome.summary}`);

    if (SEGMENTS > 0) {
      started = performance.now();
      const identical = await findChangedRows(sides, ROWS, { segments: SEGMENTS });
      const segmented = seconds(started);
      if (identical.length > 0) throw new Error(`identical tables reported different rows: ${identical.map((d) => d.key).join(', ')}`);
      log(`(c) ${SEGMENTS} segment checksums, ${CONCURRENCY} at a time per side: ${segmented.toFixed(2)} s, ${Math.round(ROWS / segmented)} rows/s, ratio (c)/(a) ${(segmented / baseline.seconds).toFixed(2)}`);
    }

    const changedId = Math.ceil(ROWS * 0.61803);
    await (sides[1]?.pool[0] as Connection).execute(`UPDATE ${BENCH_TABLE} SET note = 'changed' WHERE id = ${changedId}`);
    const changed = await runContents(databases, workdir);
    log(`one changed row, contents() in ${changed.seconds.toFixed(2)} s: ${changed.outcome.status}: ${changed.outcome.summary}`);
    for (const example of changed.outcome.examples) log(`${example.subject}\n${example.detail}`);
    const shown = changed.outcome.examples.some((e) => e.subject.includes(String(changedId)) && e.detail.includes('changed'));
    if (changed.outcome.status !== 'failed' || !shown) throw new Error(`contents() did not show the change of id ${changedId}`);
    return {
      rows: ROWS,
      baselineS: baseline.seconds.toFixed(2),
      contentsS: checked.seconds.toFixed(2),
      rowsPerS: Math.round(ROWS / checked.seconds),
      ratio: ratio.toFixed(2),
      changedRowFoundS: changed.seconds.toFixed(2),
      changedRowShown: changedId,
    };
  });
} finally {
  for (const side of sides) for (const connection of side.pool) await connection.close();
  await Promise.all(databases.map((database) => database.stop()));
  await rm(out, { recursive: true, force: true });
}
