/**
 * Snapshots against a real PostgreSQL: the published Chinook script (with its DROP/CREATE DATABASE and
 * psql \c lines) packed as a snapshot loads; `snapshot create` reads only, rebuilds tables, sequences,
 * identity columns, constraints and indexes, and its result loads into a fresh database with equal rows.
 */
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BadInputError } from '../../harness/errors.ts';
import { createSnapshotFromDatabase } from '../../harness/snapshot/snapshot-create.ts';
import { loadSnapshot } from '../../harness/snapshot/snapshot-load.ts';
import { openSnapshot } from '../../harness/snapshot/snapshot-reader.ts';
import { CHINOOK_NAME } from '../engine/chinook.ts';
import { CHINOOK_ROW_COUNTS, chinookSnapshot, freshDatabase, rowCounts, startTestDatabase, withConnection, type TestDatabase } from './snapshot-databases.ts';
import { tempDir } from './snapshot-files.ts';

const PG_COUNTS = Object.fromEntries(Object.entries(CHINOOK_ROW_COUNTS).map(([name, rows]) => [CHINOOK_NAME.postgres(name), rows]));
const PG_TABLES = Object.entries(PG_COUNTS).map(([name, rows]) => ({ name, rows }));

let server: TestDatabase;
let dir: string;
let cleanup: () => Promise<void>;

beforeAll(async () => {
  ({ dir, cleanup } = await tempDir());
  server = await startTestDatabase('postgres');
});
afterAll(async () => {
  await server?.stop();
  await cleanup?.();
});

/** Rows written in the database since the server started (pg_stat_database, https://www.postgresql.org/docs/current/monitoring-stats.html). */
async function writeCounters(url: string): Promise<unknown> {
  return withConnection(url, async (c) => {
    await c.execute('SELECT pg_stat_clear_snapshot()');
    return c.query('SELECT tup_inserted::text AS i, tup_updated::text AS u, tup_deleted::text AS d FROM pg_stat_database WHERE datname = current_database()');
  });
}

describe('postgres: snapshot load and create', () => {
  let chinookUrl: string;

  it('loads the Chinook PostgreSQL script packed in a snapshot, skipping DROP/CREATE DATABASE and \\c', async () => {
    const file = join(dir, 'chinook.tar');
    await chinookSnapshot(file, 'postgres', PG_TABLES);
    chinookUrl = await freshDatabase(server, 'chinook_loaded');
    const result = await withConnection(chinookUrl, async (c) => loadSnapshot(await openSnapshot(file), c));
    expect(result.skipped.map((s) => s.statement)).toEqual(['DROP DATABASE IF EXISTS chinook', 'CREATE DATABASE chinook', '\\c chinook;']);
    expect(result.database).toBe('chinook');
    const counts = await rowCounts(chinookUrl);
    expect(counts.track).toBe(3503);
    expect(counts).toEqual(PG_COUNTS);
  });

  it('snapshot create reads only, and its result loads into a fresh database with the same rows and constraints', async () => {
    const file = join(dir, 'created.tar');
    await new Promise((r) => setTimeout(r, 1000)); // let the statistics collector see the load
    const before = await writeCounters(chinookUrl);
    const manifest = await createSnapshotFromDatabase(chinookUrl, file);
    await new Promise((r) => setTimeout(r, 1000));
    expect(await writeCounters(chinookUrl)).toEqual(before);
    expect(Object.fromEntries(manifest.tables.map((t) => [t.name, t.rows]))).toEqual(PG_COUNTS);
    expect(manifest.members.at(-1)?.name).toMatch(/^dumps\/\d+-constraints\.sql\.gz$/);
    expect(manifest.serverVersion).toMatch(/^15\./);

    const copyUrl = await freshDatabase(server, 'chinook_copy');
    await withConnection(copyUrl, async (c) => loadSnapshot(await openSnapshot(file), c));
    expect(await rowCounts(copyUrl)).toEqual(PG_COUNTS);
    const fingerprint = (url: string) =>
      withConnection(url, async (c) => ({
        tracks: (await c.query("SELECT md5(string_agg(t::text, '|' ORDER BY track_id)) AS h FROM track t"))[0]?.h,
        invoices: (await c.query("SELECT md5(string_agg(i::text, '|' ORDER BY invoice_id)) AS h FROM invoice i"))[0]?.h,
        constraints: (await c.query("SELECT conname, contype::text AS t FROM pg_constraint WHERE connamespace = 'public'::regnamespace ORDER BY conname")),
        indexes: (await c.query("SELECT indexname FROM pg_indexes WHERE schemaname = 'public' ORDER BY indexname")),
      }));
    const original = await fingerprint(chinookUrl);
    expect(original.constraints.filter((r) => r.t === 'f')).toHaveLength(11);
    expect(await fingerprint(copyUrl)).toEqual(original);
  });

  it('identity, serial, generated, bytea, json, arrays, timestamps and quotes survive create → load', async () => {
    const url = await freshDatabase(server, 'tricky');
    await withConnection(url, async (c) => {
      await c.runScript(`
        CREATE TABLE parent (id int GENERATED ALWAYS AS IDENTITY PRIMARY KEY, code text UNIQUE, parent_id int REFERENCES parent (id));
        CREATE TABLE tricky (
          id serial PRIMARY KEY, s text, b bytea, n numeric(40,10), f double precision, r real,
          ts timestamp(6), tz timestamptz, d date, t time, iv interval, j jsonb, arr int[], u uuid, flag boolean,
          g int GENERATED ALWAYS AS (id * 2) STORED, parent_id int REFERENCES parent (id), CHECK (n >= 0));
        CREATE INDEX tricky_s_idx ON tricky (s);
        INSERT INTO parent (code) VALUES ('root');
        INSERT INTO parent (code, parent_id) VALUES ('child', 1);
        INSERT INTO tricky (s, b, n, f, r, ts, tz, d, t, iv, j, arr, u, flag, parent_id) VALUES
          (E'it''s a "quote" \\\\ backslash\\nnewline 😀', '\\x00275cff', 12345678901234567890.0123456789, 0.1, 1.1,
           '2024-02-29 13:14:15.123456', '2024-01-01 12:00:00.5+02', 'infinity', '23:59:59.999999',
           '1 year 2 mons 3 days 04:05:06.789', '{"a": [1, "x\\"y"]}', '{1,2,NULL}', 'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11', true, 2),
          (NULL, NULL, NULL, 'NaN', '-Infinity', NULL, NULL, '0044-03-15 BC', NULL, NULL, NULL, '{}', NULL, false, NULL);
        SELECT setval('tricky_id_seq', 41);
      `);
    });
    const file = join(dir, 'tricky.tar');
    await createSnapshotFromDatabase(url, file);
    const copyUrl = await freshDatabase(server, 'tricky_copy');
    await withConnection(copyUrl, async (c) => loadSnapshot(await openSnapshot(file), c));
    const state = (u: string) =>
      withConnection(u, async (c) => ({
        parent: await c.query('SELECT p::text AS r FROM parent p ORDER BY id'),
        tricky: await c.query('SELECT t::text AS r FROM tricky t ORDER BY id'),
        sequences: await c.query("SELECT last_value::text AS v FROM tricky_id_seq UNION ALL SELECT last_value::text FROM parent_id_seq"),
        constraints: await c.query("SELECT conname, pg_get_constraintdef(oid) AS def FROM pg_constraint WHERE connamespace = 'public'::regnamespace ORDER BY conname"),
        indexes: await c.query("SELECT indexdef FROM pg_indexes WHERE schemaname = 'public' ORDER BY indexname"),
        columns: await c.query("SELECT table_name, column_name, data_type, is_identity, identity_generation, is_generated, column_default FROM information_schema.columns WHERE table_schema = 'public' ORDER BY table_name, ordinal_position"),
      }));
    const original = await state(url);
    expect(original.tricky).toHaveLength(2);
    expect(original.sequences).toEqual([{ v: '41' }, { v: '2' }]);
    expect(await state(copyUrl)).toEqual(original);
    // The copy keeps generating ids where the source would.
    const nextIds = (u: string) => withConnection(u, async (c) => c.query("SELECT nextval('tricky_id_seq')::text AS a, nextval(pg_get_serial_sequence('parent', 'id'))::text AS b"));
    expect(await nextIds(copyUrl)).toEqual([{ a: '42', b: '3' }]);
  });

  it('a row count that differs from the manifest fails the load naming the table', async () => {
    const file = join(dir, 'wrong-counts.tar');
    await chinookSnapshot(file, 'postgres', PG_TABLES.map((t) => (t.name === 'track' ? { ...t, rows: 3502 } : t)));
    const url = await freshDatabase(server, 'wrong_counts');
    const error = await withConnection(url, async (c) => loadSnapshot(await openSnapshot(file), c).catch((e: unknown) => e));
    expect(error).toBeInstanceOf(BadInputError);
    expect((error as Error).message).toContain('snapshot says track has 3502 rows, 3503 were loaded');
  });
});
