// Loads the same generated dump with rehearse (Connection.runScript in bulk, as a snapshot load does;
// and one statement per round trip, as a migration step's script runs) and with the engine's own client
// (psql -f, mariadb < dump) into the same throwaway server, and prints the speed ratios (native time /
// rehearse time: 1.0 means as fast as the native client). The loads take turns for BENCH_ROUNDS rounds,
// in a rotating order, and each time is the median of its rounds, so that a burst of load from elsewhere
// on the machine does not decide the ratio. Both engines batch INSERTs in bulk (about 1 MB per round
// trip); a COPY dump streams through COPY FROM STDIN either way, so its single and bulk times differ only
// by that noise. The PostgreSQL COPY table is also dumped with `pg_dump -Fc`, and that
// custom-format archive loaded by rehearse (pg_restore --file=- into the plain-dump path, as `rehearse
// run` does) against `pg_restore -d` (the local pg_dump and pg_restore are used).
//   BENCH_ROWS=N       rows per dump (default 200000; BENCH_ROWS=2000000 for the 2M-row comparison)
//   BENCH_ROUNDS=N     rounds per dump (default 3)
//   BENCH_ENGINES=postgres   to run one engine
//   npm run bench -- dump-load
import { createReadStream, createWriteStream, mkdtempSync, rmSync } from 'node:fs';
import { once } from 'node:events';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { execa } from 'execa';
import { providerFor } from '../harness/provider/choose-provider.ts';
import { ContainerProvider } from '../harness/provider/container/container-provider.ts';
import { preparePodmanEnvironment } from '../harness/provider/container/engine-environment.ts';
import { loadSnapshot } from '../harness/snapshot/snapshot-load.ts';
import { openSnapshot } from '../harness/snapshot/snapshot-reader.ts';
import { measure } from './bench-support.ts';

const ROWS = Number(process.env.BENCH_ROWS ?? 200_000);
const ENGINES = (process.env.BENCH_ENGINES ?? 'mariadb,postgres').split(',') as ('mariadb' | 'postgres')[];
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const PER_INSERT = 500;

type DumpKind = 'insert' | 'copy' | 'custom';

async function writeDump(file: string, engine: 'mariadb' | 'postgres', kind: DumpKind): Promise<void> {
  const out = createWriteStream(file);
  const write = async (text: string) => {
    if (!out.write(text)) await once(out, 'drain');
  };
  const text = engine === 'postgres' ? 'text' : 'VARCHAR(64)';
  await write(`CREATE TABLE t (id INT PRIMARY KEY, n BIGINT, label ${text});\n`);
  if (kind === 'copy') {
    await write('COPY t (id, n, label) FROM stdin;\n');
    for (let id = 0; id < ROWS; id++) await write(`${id}\t${(id * 2654435761) % 4294967296}\trow ${id}\n`);
    await write('\\.\n');
  } else {
    for (let id = 0; id < ROWS; ) {
      const rows: string[] = [];
      for (let i = 0; i < PER_INSERT && id < ROWS; i++, id++) rows.push(`(${id},${(id * 2654435761) % 4294967296},'row ${id}')`);
      await write(`INSERT INTO t VALUES ${rows.join(',')};\n`);
    }
  }
  out.end();
  await once(out, 'finish');
}

function nativeLoad(engine: 'mariadb' | 'postgres', url: string, file: string, kind: DumpKind): Promise<unknown> {
  if (kind === 'custom') return execa('pg_restore', ['--no-owner', '--no-privileges', '--exit-on-error', '-d', url, file]);
  if (engine === 'postgres') return execa('psql', [url, '-q', '-v', 'ON_ERROR_STOP=1', '-f', file]);
  const u = new URL(url);
  const args = ['-h', u.hostname, '-P', u.port, '-u', decodeURIComponent(u.username), decodeURIComponent(u.pathname.slice(1))];
  return execa('mariadb', args, { inputFile: file, env: { MYSQL_PWD: decodeURIComponent(u.password) } });
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

preparePodmanEnvironment();
const dir = mkdtempSync(join(tmpdir(), 'rehearse-bench-load-'));
try {
  for (const engine of ENGINES) {
    const provider = providerFor(engine, new ContainerProvider());
    const server = await provider.start({ engine }, { role: 'source', runId: `bench${randomBytes(4).toString('hex')}` });
    try {
      const connection = await server.connect();
      try {
        for (const kind of engine === 'postgres' ? (['insert', 'copy', 'custom'] as const) : (['insert'] as const)) {
          const file = join(dir, `${engine}-${kind}.${kind === 'custom' ? 'dump' : 'sql'}`);
          if (kind === 'custom') {
            // The table the COPY dump left behind, dumped by pg_dump in its custom format.
            await execa('pg_dump', ['-Fc', '-f', file, server.getConnectionUri()]);
          } else {
            await writeDump(file, engine, kind);
          }
          await measure(`${engine} ${kind} dump, ${ROWS} rows, median of ${ROUNDS} rounds`, async () => {
            const rehearse = kind === 'custom'
              ? async () => loadSnapshot(await openSnapshot(file), connection)
              : undefined;
            const loads = {
              native: () => nativeLoad(engine, server.getConnectionUri(), file, kind),
              single: rehearse ?? (() => connection.runScript(createReadStream(file))),
              bulk: rehearse ?? (() => connection.runScript(createReadStream(file), { bulk: true })),
            };
            const times: Record<keyof typeof loads, number[]> = { native: [], single: [], bulk: [] };
            const order = Object.entries(loads) as [keyof typeof loads, () => Promise<unknown>][];
            for (let round = 0; round < ROUNDS; round++) {
              // Each round starts with the next load, so that none always follows the same one (the
              // server may still be flushing the previous load's pages while the next one starts).
              for (const [name, load] of [...order.slice(round % order.length), ...order.slice(0, round % order.length)]) {
                await connection.execute('DROP TABLE IF EXISTS t');
                const started = performance.now();
                await load();
                times[name].push(performance.now() - started);
              }
            }
            const native = median(times.native);
            const single = median(times.single);
            const bulk = median(times.bulk);
            return {
              nativeMs: Math.round(native),
              singleMs: Math.round(single),
              bulkMs: Math.round(bulk),
              singleRatio: (native / single).toFixed(2),
              bulkRatio: (native / bulk).toFixed(2),
            };
          });
        }
      } finally {
        await connection.close();
      }
    } finally {
      await server.stop();
    }
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
