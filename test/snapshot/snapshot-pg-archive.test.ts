/**
 * pg_dump's custom (-Fc) and directory (-Fd) formats, made by pg_dump of the PostgreSQL image from the
 * Chinook database: converted by pg_restore into plain SQL, they load like a plain dump (trailer, COPY,
 * confinement). A rehearsal from either gives GO; a truncated archive is refused before any database
 * starts; an archive whose objects run pg_read_file or COPY … TO PROGRAM when restored is still confined.
 */
import { createReadStream, createWriteStream, existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { execa } from 'execa';
import { getContainerRuntimeClient } from 'testcontainers';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pgRestoreToSql } from '../../harness/engine/postgres/postgres-archive-restore.ts';
import { createSnapshotWriter } from '../../harness/snapshot/snapshot-writer.ts';
import { loadSnapshot } from '../../harness/snapshot/snapshot-load.ts';
import { preflightSnapshot } from '../../harness/snapshot/snapshot-preflight.ts';
import { openSnapshot } from '../../harness/snapshot/snapshot-reader.ts';
import { CHINOOK_NAME } from '../engine/chinook.ts';
import { fixtureScenario, runCli } from '../support/run-cli.ts';
import { CHINOOK_ROW_COUNTS, freshDatabase, rowCounts, startTestDatabase, withConnection, type TestDatabase } from './snapshot-databases.ts';
import { CHINOOK, tempDir } from './snapshot-files.ts';

const IMAGE = 'localhost/rehearse/postgres:15';
const PG_COUNTS = Object.fromEntries(Object.entries(CHINOOK_ROW_COUNTS).map(([name, rows]) => [CHINOOK_NAME.postgres(name), rows]));
const TOTAL_ROWS = Object.values(CHINOOK_ROW_COUNTS).reduce((a, b) => a + b, 0);
const SCENARIO = fixtureScenario('chinook-postgres-archive');

let server: TestDatabase;
let dir: string;
let cleanup: () => Promise<void>;
let custom: string;
let directory: string;

/** Runs pg_dump from the engine's image against the test server (host network: its port is on localhost);
 * a directory archive is written into `dir` mounted in the container. */
async function pgDump(url: string, format: 'c' | 'd', out: string): Promise<void> {
  if (format === 'd') {
    await execa('podman', ['run', '--rm', '--network', 'host', '-v', `${dir}:/out:Z`, IMAGE, 'pg_dump', '-Fd', '-f', `/out/${out.slice(dir.length + 1)}`, url]);
    return;
  }
  const dump = execa('podman', ['run', '--rm', '--network', 'host', IMAGE, 'pg_dump', '-Fc', url], { stdout: 'pipe', buffer: false });
  await Promise.all([pipeline(dump.stdout!, createWriteStream(out)), dump]);
}

/** The -Fc dump of a database whose `setup` made an object that runs a server-side function (as the
 * restoring user) when pg_restore's output refreshes it. */
async function hostileDump(name: string, setup: string): Promise<string> {
  const url = await freshDatabase(server, name);
  await withConnection(url, async (c) => {
    await c.execute('CREATE TABLE t (id int PRIMARY KEY)');
    await c.execute('INSERT INTO t VALUES (1)');
    await c.execute(setup);
  });
  const out = join(dir, `${name}.dump`);
  await pgDump(url, 'c', out);
  return out;
}

beforeAll(async () => {
  ({ dir, cleanup } = await tempDir());
  server = await startTestDatabase('postgres');
  const source = await freshDatabase(server, 'chinook_source');
  await withConnection(source, async (c) => loadSnapshot(await openSnapshot(join(CHINOOK, 'Chinook_PostgreSql.sql')), c));
  custom = join(dir, 'chinook.dump');
  directory = join(dir, 'chinook-dir');
  await pgDump(source, 'c', custom);
  await pgDump(source, 'd', directory);
}, 240_000);
afterAll(async () => {
  await server?.stop();
  await cleanup?.();
});

describe('pg_dump custom and directory formats', () => {
  it('are what pg_dump writes: the custom magic, a directory with its table of contents', async () => {
    expect((await readFile(custom)).subarray(0, 5).toString('latin1')).toBe('PGDMP');
    expect(existsSync(join(directory, 'toc.dat'))).toBe(true);
  });

  for (const [format, file] of [['custom', () => custom], ['directory', () => directory]] as const) {
    it(`loads the ${format} format: every row, proven whole by the trailer pg_restore writes`, async () => {
      const url = await freshDatabase(server, `chinook_${format}`);
      const snapshot = await preflightSnapshot(await openSnapshot(file()));
      expect(snapshot.engine).toBe('postgres');
      const result = await withConnection(url, async (c) => loadSnapshot(snapshot, c));
      expect(result.completeness).toBe('trailer');
      expect(result.rows).toBe(TOTAL_ROWS);
      expect(await rowCounts(url)).toMatchObject(PG_COUNTS);
    });

    it(`a rehearsal from the ${format} format gives GO`, async () => {
      const out = join(dir, `out-${format}`);
      const run = await runCli(['run', SCENARIO, '--snapshot', file(), '--out', out], out);
      expect(run.stderr).toMatch(/load snapshot .*15,607 rows; completeness proven by the dump tool's trailer/);
      expect(run.exitCode).toBe(0);
      expect(run.report?.verdict).toBe('GO');
    }, 300_000);
  }

  it('pg_restore from the engine image converts both formats to the same SQL as the local one, leaving no volume', async () => {
    const docker = (await getContainerRuntimeClient()).container.dockerode;
    // Dangling volumes only: a database container running meanwhile holds a volume of its own.
    const volumeNames = async (): Promise<string[]> =>
      ((await docker.listVolumes({ filters: { dangling: ['true'] } })).Volumes ?? []).map((v) => v.Name);
    const volumesBefore = await volumeNames();
    const sql = async (output: ReturnType<typeof pgRestoreToSql>): Promise<string> => {
      const chunks: Buffer[] = [];
      for await (const chunk of output.stream) chunks.push(chunk as Buffer);
      await output.finished;
      // psql's \restrict key is random per run.
      return Buffer.concat(chunks).toString('utf8').replace(/^\\(un)?restrict .*$/gm, '');
    };
    const local = await sql(pgRestoreToSql({ kind: 'file', path: custom }, 'local'));
    expect(local).toMatch(/^COPY public\.track \(.*\) FROM stdin;$/m);
    expect(await sql(pgRestoreToSql({ kind: 'file', path: custom }, 'container'))).toBe(local);
    expect(await sql(pgRestoreToSql({ kind: 'directory', path: directory }, 'container'))).toBe(local);
    const truncated = join(dir, 'cut-for-container.dump');
    await writeFile(truncated, (await readFile(custom)).subarray(0, 100_000));
    await expect(sql(pgRestoreToSql({ kind: 'file', path: truncated }, 'container'))).rejects.toThrow(/pg_restore exited with status 1/);
    // The image declares a VOLUME: each tool container must leave with its anonymous volume.
    const left = (await volumeNames()).filter((name) => !volumesBefore.includes(name));
    expect(left).toEqual([]);
  }, 120_000);

  it('a custom-format archive stored as a snapshot archive member loads, checked by the manifest', async () => {
    const archive = join(dir, 'chinook-member.tar');
    const writer = await createSnapshotWriter(archive, { engine: 'postgres', serverVersion: '15', createdBy: 'test' });
    await writer.addSqlDump('chinook', createReadStream(custom));
    writer.setTables(Object.entries(PG_COUNTS).map(([name, rows]) => ({ name, rows })));
    await writer.finish();
    const url = await freshDatabase(server, 'chinook_member');
    const result = await withConnection(url, async (c) => loadSnapshot(await openSnapshot(archive), c));
    expect(result.completeness).toBe('manifest');
    expect(await rowCounts(url)).toMatchObject(PG_COUNTS);
  });

  it('a truncated custom-format file is bad input in one line naming it, before any database starts', async () => {
    const cut = join(dir, 'chinook-cut.dump');
    const bytes = await readFile(custom);
    await writeFile(cut, bytes.subarray(0, Math.floor(bytes.length * 0.6)));
    await expect(preflightSnapshot(await openSnapshot(cut))).rejects.toThrow(/^snapshot chinook-cut\.dump: pg_restore cannot read this pg_dump custom \(-Fc\) or directory \(-Fd\) archive .*truncated/);
    const out = join(dir, 'out-cut');
    const run = await runCli(['run', SCENARIO, '--snapshot', cut, '--out', out], out);
    expect(run.exitCode).toBe(2);
    const lines = run.stderr.trim().split('\n');
    expect(lines.at(-1)).toMatch(/chinook-cut\.dump: pg_restore cannot read/);
    expect(run.stderr).not.toMatch(/^\s+at /m);
    // Refused before the databases: no report was written.
    expect(run.report).toBeUndefined();
  }, 120_000);

  it('a directory that is no archive is bad input naming it', async () => {
    await expect(openSnapshot(join(dir, 'no-such-archive'))).rejects.toThrow(/no-such-archive cannot be read/);
    await expect(openSnapshot(join(CHINOOK))).rejects.toThrow(/is a directory but no directory archive/);
  });

  for (const [name, setup, refusal] of [
    ['hostile_read', "CREATE MATERIALIZED VIEW leak AS SELECT pg_read_file('/etc/hostname') AS content", /permission denied for function pg_read_file/],
    [
      'hostile_program',
      "CREATE FUNCTION run_program() RETURNS int LANGUAGE plpgsql AS $$ BEGIN COPY (SELECT 1) TO PROGRAM 'touch /tmp/escaped'; RETURN 1; END $$; CREATE MATERIALIZED VIEW ran AS SELECT run_program() AS r",
      /pg_execute_server_program/,
    ],
  ] as const) {
    it(`an archive restoring ${name.replace('hostile_', '')} escapes nothing: the confined load user is refused (ERROR)`, async () => {
      const file = await hostileDump(name, setup);
      // The object really is in the archive and runs when restored: a superuser's load succeeds.
      const unconfined = await freshDatabase(server, `${name}_unconfined`);
      const loaded = await withConnection(unconfined, async (c) => loadSnapshot(await openSnapshot(file), c));
      expect(loaded.completeness).toBe('trailer');
      const out = join(dir, `out-${name}`);
      const run = await runCli(['run', SCENARIO, '--snapshot', file, '--out', out], out);
      expect(run.exitCode).toBe(2);
      expect(run.report?.verdict).toBe('ERROR');
      expect(JSON.stringify(run.report)).toMatch(refusal);
    }, 300_000);
  }
});
