/**
 * Snapshots against a real MariaDB: the published Chinook script packed as a snapshot loads with the
 * published row counts; `snapshot create` of that database reads only, and its result loads into a
 * fresh database with the same rows; values that need escaping survive the round trip exactly.
 */
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BadInputError } from '../../harness/errors.ts';
import { createSnapshotFromDatabase } from '../../harness/snapshot/snapshot-create.ts';
import { loadSnapshot } from '../../harness/snapshot/snapshot-load.ts';
import { openSnapshot } from '../../harness/snapshot/snapshot-reader.ts';
import { CHINOOK_ROW_COUNTS, chinookSnapshot, freshDatabase, rowCounts, startTestDatabase, withConnection, type TestDatabase } from './snapshot-databases.ts';
import { flipByte, memberOffset, tempDir } from './snapshot-files.ts';

const CHINOOK_TABLES = Object.entries(CHINOOK_ROW_COUNTS).map(([name, rows]) => ({ name, rows }));

let server: TestDatabase;
let dir: string;
let cleanup: () => Promise<void>;

beforeAll(async () => {
  ({ dir, cleanup } = await tempDir());
  server = await startTestDatabase('mariadb');
});
afterAll(async () => {
  await server?.stop();
  await cleanup?.();
});

async function writeCounters(url: string): Promise<Record<string, string>> {
  return withConnection(url, async (c) => {
    const rows = await c.query(
      "SHOW GLOBAL STATUS WHERE Variable_name IN ('Com_insert', 'Com_update', 'Com_delete', 'Com_replace', 'Com_create_table', 'Com_alter_table', 'Com_drop_table', 'Com_truncate')",
    );
    return Object.fromEntries(rows.map((r) => [String(r.Variable_name), String(r.Value)]));
  });
}

describe('mariadb: snapshot load and create', () => {
  let chinookUrl: string;

  it('loads the Chinook MySQL script packed in a snapshot: Track has 3503 rows, database switches skipped', async () => {
    const file = join(dir, 'chinook.tar');
    await chinookSnapshot(file, 'mariadb', CHINOOK_TABLES);
    chinookUrl = await freshDatabase(server, 'chinook_loaded');
    const result = await withConnection(chinookUrl, async (c) => loadSnapshot(await openSnapshot(file), c));
    expect(result.skipped.map((s) => s.statement)).toEqual(['DROP DATABASE IF EXISTS `Chinook`', 'CREATE DATABASE `Chinook`', 'USE `Chinook`']);
    expect(result.database).toBe('Chinook');
    expect(result.rows).toBe(Object.values(CHINOOK_ROW_COUNTS).reduce((a, b) => a + b, 0));
    const counts = await rowCounts(chinookUrl);
    expect(counts.Track).toBe(3503);
    expect(counts).toEqual(CHINOOK_ROW_COUNTS);
  });

  it('snapshot create reads only, and its result loads into a fresh database with the same row counts', async () => {
    const file = join(dir, 'created.tar');
    const before = await writeCounters(chinookUrl);
    const progress: string[] = [];
    const manifest = await createSnapshotFromDatabase(chinookUrl, file, { onProgress: (p) => progress.push(p.table) });
    expect(await writeCounters(chinookUrl)).toEqual(before);

    expect(manifest.createdBy).toBe('rehearse snapshot create');
    expect(manifest.serverVersion).toMatch(/MariaDB/);
    expect(Object.fromEntries(manifest.tables.map((t) => [t.name, t.rows]))).toEqual(CHINOOK_ROW_COUNTS);
    expect(manifest.members.every((m) => m.gzip === true && m.kind === 'sql-dump')).toBe(true);
    const order = manifest.tables.map((t) => t.name);
    expect(order.indexOf('Artist')).toBeLessThan(order.indexOf('Album'));
    expect(order.indexOf('Album')).toBeLessThan(order.indexOf('Track'));
    expect(order.indexOf('Track')).toBeLessThan(order.indexOf('InvoiceLine'));
    expect(progress).toContain('Track');

    const snapshot = await openSnapshot(file);
    await snapshot.verify();
    const copyUrl = await freshDatabase(server, 'chinook_copy');
    const result = await withConnection(copyUrl, (c) => loadSnapshot(snapshot, c));
    expect(result.skipped).toEqual([]);
    expect(await rowCounts(copyUrl)).toEqual(CHINOOK_ROW_COUNTS);
    const checksum = (url: string) => withConnection(url, async (c) => (await c.query('CHECKSUM TABLE Track, InvoiceLine, Employee')).map((r) => String(r.Checksum)));
    expect(await checksum(copyUrl)).toEqual(await checksum(chinookUrl));
  });

  it('values that need escaping, zero dates, AUTO_INCREMENT 0 and generated columns survive create → load', async () => {
    const url = await freshDatabase(server, 'tricky');
    await withConnection(url, async (c) => {
      await c.execute(`CREATE TABLE tricky (
        id BIGINT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
        s VARCHAR(200) CHARACTER SET utf8mb4, b VARBINARY(50), d DECIMAL(30,10), f DOUBLE,
        dt DATETIME(6), ts TIMESTAMP(3) NULL, dd DATE, j JSON, bits BIT(3),
        g BIGINT GENERATED ALWAYS AS (id * 2) VIRTUAL)`);
      await c.execute("SET SESSION sql_mode = CONCAT(@@sql_mode, ',NO_AUTO_VALUE_ON_ZERO')");
      await c.execute(
        'INSERT INTO tricky (id, s, b, d, f, dt, ts, dd, j, bits) VALUES (0, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
        ["it's a \"quote\" \\ backslash\nnewline\ttab\0nul \u001a ctrl-z 😀 ünï", Buffer.from([0, 0x27, 0x5c, 0xff]), '12345678901234567890.0123456789', 0.1, '2024-02-29 13:14:15.123456', '2038-01-19 03:14:07.999', '0000-00-00', '{"a": [1, "x\\"y"]}', 5],
      );
      await c.execute("INSERT INTO tricky (id, s) VALUES (9223372036854775806, '')");
      await c.execute('INSERT INTO tricky (s) VALUES (NULL)');
    });
    const file = join(dir, 'tricky.tar');
    await createSnapshotFromDatabase(url, file);
    const copyUrl = await freshDatabase(server, 'tricky_copy');
    await withConnection(copyUrl, async (c) => loadSnapshot(await openSnapshot(file), c));
    const dump = (u: string) =>
      withConnection(u, (c) =>
        c.query(
          'SELECT CAST(id AS CHAR) AS id, HEX(s) AS s, HEX(b) AS b, CAST(d AS CHAR) AS d, f, CAST(dt AS CHAR) AS dt, CAST(ts AS CHAR) AS ts, CAST(dd AS CHAR) AS dd, j, bits + 0 AS bits, CAST(g AS CHAR) AS g FROM tricky ORDER BY id',
        ),
      );
    const original = await dump(url);
    expect(original).toHaveLength(3);
    expect(original[0]).toMatchObject({ id: '0', dd: '0000-00-00', dt: '2024-02-29 13:14:15.123456' });
    expect(await dump(copyUrl)).toEqual(original);
    const nextId = (u: string) => withConnection(u, async (c) => String((await c.query("SELECT AUTO_INCREMENT AS n FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'tricky'"))[0]?.n));
    expect(await nextId(copyUrl)).toBe(await nextId(url));
  });

  it('a row count that differs from the manifest fails the load naming the table', async () => {
    const file = join(dir, 'wrong-counts.tar');
    await chinookSnapshot(file, 'mariadb', CHINOOK_TABLES.map((t) => (t.name === 'Track' ? { ...t, rows: 3504 } : t)));
    const url = await freshDatabase(server, 'wrong_counts');
    const error = await withConnection(url, async (c) => loadSnapshot(await openSnapshot(file), c).catch((e: unknown) => e));
    expect(error).toBeInstanceOf(BadInputError);
    expect((error as Error).message).toContain('snapshot says Track has 3504 rows, 3503 were loaded');
    expect((error as Error).message).not.toContain('Album');
  });

  it('a corrupt dump fails the load with the integrity error, not a SQL error', async () => {
    const file = join(dir, 'corrupt.tar');
    await chinookSnapshot(file, 'mariadb', CHINOOK_TABLES);
    await flipByte(file, (await memberOffset(file, 'dumps/01-chinook.sql.gz')) + 30_000);
    const url = await freshDatabase(server, 'corrupt');
    const error = await withConnection(url, async (c) => loadSnapshot(await openSnapshot(file), c).catch((e: unknown) => e));
    expect(error).toBeInstanceOf(BadInputError);
    expect((error as Error).message).toMatch(/^snapshot corrupt\.tar: member dumps\/01-chinook\.sql\.gz has sha256 .* but the manifest says/);
  });

  it('a snapshot of another engine is refused before anything runs', async () => {
    const file = join(dir, 'pg.tar');
    await chinookSnapshot(file, 'postgres', []);
    const url = await freshDatabase(server, 'wrong_engine');
    await expect(withConnection(url, async (c) => loadSnapshot(await openSnapshot(file), c))).rejects.toThrow(
      /was taken from postgres and cannot be loaded into a mariadb source/,
    );
  });
});
