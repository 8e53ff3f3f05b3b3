/** A SQLite database file as snapshot: loaded into an SQLite source from the file provider (no container). */
import { copyFile, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BadInputError } from '../../harness/errors.ts';
import { loadSnapshot, loadSqliteFile } from '../../harness/snapshot/snapshot-load.ts';
import { openSnapshot } from '../../harness/snapshot/snapshot-reader.ts';
import { createSnapshotWriter } from '../../harness/snapshot/snapshot-writer.ts';
import { CHINOOK_ROW_COUNTS } from '../engine/chinook.ts';
import { startTestDatabase } from '../support/test-databases.ts';
import { CHINOOK, tempDir } from './snapshot-files.ts';

let dir: string;
let cleanup: () => Promise<void>;
beforeEach(async () => ({ dir, cleanup } = await tempDir()));
afterEach(() => cleanup());

describe('sqlite: snapshot load', () => {
  it('loads the Chinook SQLite file into an open SQLite connection with every table, row and index', async () => {
    const snapshot = await openSnapshot(join(CHINOOK, 'Chinook_Sqlite.sqlite'));
    const database = await startTestDatabase('sqlite');
    const connection = await database.connect();
    try {
      const result = await loadSnapshot(snapshot, connection);
      expect(result.rows).toBe(Object.values(CHINOOK_ROW_COUNTS).reduce((a, b) => a + b, 0));
      for (const [table, rows] of Object.entries(CHINOOK_ROW_COUNTS)) expect(await connection.introspector.countRows(table)).toBe(rows);
      const indexes = await connection.query("SELECT count(*) AS n FROM sqlite_master WHERE type = 'index' AND name LIKE 'IFK_%'");
      expect(Number(indexes[0]?.n)).toBeGreaterThan(0);
      expect(await connection.query('PRAGMA foreign_keys')).toEqual([{ foreign_keys: 1 }]);
    } finally {
      await connection.close();
      await database.stop();
    }
  });

  it('loadSqliteFile copies the file byte for byte', async () => {
    const snapshot = await openSnapshot(join(CHINOOK, 'Chinook_Sqlite.sqlite'));
    const target = join(dir, 'copy.db');
    await loadSqliteFile(snapshot, target);
    expect((await readFile(target)).equals(await readFile(join(CHINOOK, 'Chinook_Sqlite.sqlite')))).toBe(true);
  });

  it('a SQLite file cannot be loaded into another engine, and an archive cannot be file-copied', async () => {
    const file = join(dir, 'x.tar');
    const writer = await createSnapshotWriter(file, { engine: 'sqlite', serverVersion: '3', createdBy: 't' });
    await writer.addSqlDump('a', (async function* () { yield 'CREATE TABLE a (x INTEGER);\n'; })());
    await writer.finish();
    await expect(loadSqliteFile(await openSnapshot(file), join(dir, 'y.db'))).rejects.toThrow(BadInputError);
  });

  it('an archive of SQL dumps loads into SQLite and checks the row counts', async () => {
    const file = join(dir, 'dumps.tar');
    const writer = await createSnapshotWriter(file, { engine: 'sqlite', serverVersion: '3', createdBy: 't' });
    await writer.addSqlDump('schema', (async function* () { yield 'CREATE TABLE a (x INTEGER);\n'; })());
    await writer.addSqlDump('rows', (async function* () { for (let i = 0; i < 100; i++) yield `INSERT INTO a VALUES (${i});\n`; })(), { gzip: true });
    writer.setTables([{ name: 'a', rows: 100 }]);
    await writer.finish();
    const database = await startTestDatabase('sqlite');
    const connection = await database.connect();
    try {
      const progress: number[] = [];
      const result = await loadSnapshot(await openSnapshot(file), connection, { onProgress: (p) => progress.push(p.statements) });
      expect(result).toMatchObject({ statements: 101, rows: 100, skipped: [] });
      expect(progress.at(-1)).toBe(101);
    } finally {
      await connection.close();
      await database.stop();
    }
  });

  it('a plain .sql file with a wrong statement fails naming the statement (no manifest to blame)', async () => {
    const file = join(dir, 'bad.sql');
    await writeFile(file, 'CREATE TABLE a (x INTEGER);\nINSERT INTO missing VALUES (1);\n');
    await copyFile(file, join(dir, 'bad-copy.sql'));
    const database = await startTestDatabase('sqlite');
    const connection = await database.connect();
    try {
      await expect(loadSnapshot(await openSnapshot(file), connection)).rejects.toThrow(/statement 2 \(line 2\).*no such table: missing/);
    } finally {
      await connection.close();
      await database.stop();
    }
  });
});
