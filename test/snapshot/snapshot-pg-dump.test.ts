/**
 * Real pg_dump output, made by pg_dump of the PostgreSQL image from the Chinook database: the plain
 * format's COPY … FROM stdin blocks stream through COPY FROM STDIN, its trailer proves it whole, its
 * empty search_path does not outlive the load, and a copy cut inside a COPY block fails with the offset.
 */
import { createReadStream, createWriteStream } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { createGzip } from 'node:zlib';
import { execa } from 'execa';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadSource } from '../../harness/run/load-phase.ts';
import type { LoadedScenario } from '../../harness/scenario/load-scenario.ts';
import { loadSnapshot } from '../../harness/snapshot/snapshot-load.ts';
import { openSnapshot } from '../../harness/snapshot/snapshot-reader.ts';
import { CHINOOK_NAME } from '../engine/chinook.ts';
import { CHINOOK_ROW_COUNTS, freshDatabase, rowCounts, startTestDatabase, withConnection, type TestDatabase } from './snapshot-databases.ts';
import { CHINOOK, tempDir } from './snapshot-files.ts';

const IMAGE = 'localhost/rehearse/postgres:15';
const PG_COUNTS = Object.fromEntries(Object.entries(CHINOOK_ROW_COUNTS).map(([name, rows]) => [CHINOOK_NAME.postgres(name), rows]));

let server: TestDatabase;
let dir: string;
let cleanup: () => Promise<void>;
let plain: string;

/** Runs pg_dump from the engine's image against the test server (host network: its port is on localhost). */
async function pgDump(url: string, args: readonly string[], out: string): Promise<void> {
  const dump = execa('podman', ['run', '--rm', '--network', 'host', IMAGE, 'pg_dump', ...args, url], { stdout: 'pipe', buffer: false });
  await Promise.all([pipeline(dump.stdout!, createWriteStream(out)), dump]);
}

beforeAll(async () => {
  ({ dir, cleanup } = await tempDir());
  server = await startTestDatabase('postgres');
  const source = await freshDatabase(server, 'chinook_source');
  await withConnection(source, async (c) => loadSnapshot(await openSnapshot(join(CHINOOK, 'Chinook_PostgreSql.sql')), c));
  plain = join(dir, 'chinook.sql');
  await pgDump(source, ['--no-owner'], plain);
}, 240_000);
afterAll(async () => {
  await server?.stop();
  await cleanup?.();
});

function loaded(): LoadedScenario {
  return { dir, scenario: { source: { engine: 'postgres' } } } as unknown as LoadedScenario;
}

describe('pg_dump plain format', () => {
  it('holds COPY blocks, sets an empty search_path and ends with its trailer', async () => {
    const text = await readFile(plain, 'utf8');
    expect(text).toMatch(/^COPY public\.track \(.*\) FROM stdin;$/m);
    expect(text).toContain("SELECT pg_catalog.set_config('search_path', '', false);");
    expect(text).toContain('-- PostgreSQL database dump complete');
  });

  it('loads unchanged: every row through COPY FROM STDIN, proven whole, search_path back afterwards', async () => {
    const url = await freshDatabase(server, 'chinook_plain');
    const detail = await withConnection(url, async (connection) => {
      const result = await loadSource({ loaded: loaded(), snapshot: await openSnapshot(plain), connection, workdir: dir, signal: new AbortController().signal, emit: () => undefined });
      // Unqualified names resolve again: the dump's empty search_path did not survive the load.
      const [row] = await connection.query('SELECT count(*)::int AS n FROM track');
      expect(row?.n).toBe(CHINOOK_ROW_COUNTS.Track);
      return result;
    });
    expect(detail).toMatch(/completeness proven by the dump tool's trailer/);
    expect(detail).toMatch(new RegExp(`${(15_607).toLocaleString('en')} rows`));
    expect(await rowCounts(url)).toMatchObject(PG_COUNTS);
  });

  it('loads gzip-compressed', async () => {
    const gz = join(dir, 'chinook.sql.gz');
    await pipeline(createReadStream(plain), createGzip(), createWriteStream(gz));
    const url = await freshDatabase(server, 'chinook_gzip');
    const result = await withConnection(url, async (c) => loadSnapshot(await openSnapshot(gz), c));
    expect(result.completeness).toBe('trailer');
    expect(await rowCounts(url)).toMatchObject(PG_COUNTS);
  });

  it('a copy cut inside a COPY block fails naming the COPY statement and its byte offset', async () => {
    const bytes = await readFile(plain);
    const copyAt = bytes.indexOf('COPY public.playlist_track');
    const cut = join(dir, 'cut.sql');
    await writeFile(cut, bytes.subarray(0, copyAt + 20_000));
    const url = await freshDatabase(server, 'chinook_cut');
    const error = await withConnection(url, async (c) => loadSnapshot(await openSnapshot(cut), c).catch((e: unknown) => e));
    expect(String(error)).toMatch(new RegExp(`dump cut\\.sql: the SQL ends inside a statement that starts at byte offset ${copyAt} .*COPY public\\.playlist_track`));
    // The connection survived the abandoned COPY: nothing of the cut table was kept.
    expect((await rowCounts(url)).playlist_track ?? 0).toBe(0);
  });

  it('a bad row inside a COPY block names the statement and the server message', async () => {
    const text = (await readFile(plain, 'utf8')).replace(/^(1\t)For Those About To Rock/m, '$1x\t\tbroken');
    const bad = join(dir, 'bad.sql');
    await writeFile(bad, text);
    const url = await freshDatabase(server, 'chinook_bad');
    const error = await withConnection(url, async (c) => loadSnapshot(await openSnapshot(bad), c).catch((e: unknown) => e));
    expect(String(error)).toMatch(/SQL script statement \d+ \(line \d+\) failed on postgres: .*extra data after last expected column.*COPY public\.album/);
  });
});
