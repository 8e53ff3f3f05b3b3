/**
 * A snapshot must be proven whole before a GO: a statement cut mid-way fails with its byte offset, the
 * dump tools' trailers are recognised, a dump without one is refused unless the scenario accepts it, a
 * dump of no statement is refused. The loads run into real SQLite databases.
 */
import { execFileSync } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { getEngine } from '../../harness/engine/engine-registry.ts';
import { splitSqlScript, UnterminatedStatementError } from '../../harness/engine/sql-script/sql-statement-splitter.ts';
import { BadInputError } from '../../harness/errors.ts';
import { loadSource } from '../../harness/run/load-phase.ts';
import type { LoadedScenario } from '../../harness/scenario/load-scenario.ts';
import { loadSnapshot } from '../../harness/snapshot/snapshot-load.ts';
import { openSnapshot } from '../../harness/snapshot/snapshot-reader.ts';
import { startTestDatabase } from '../support/test-databases.ts';
import { tempDir } from './snapshot-files.ts';

let dir: string;
let cleanup: () => Promise<void>;
beforeEach(async () => ({ dir, cleanup } = await tempDir()));
afterEach(() => cleanup());

describe('statement splitter: a cut last statement', () => {
  const script = "CREATE TABLE t (a INT);\nINSERT INTO t VALUES (1), (2);\nINSERT INTO t VALUES (3), ('é'),";

  it('is an error naming the byte offset where the cut statement starts', () => {
    const offset = Buffer.byteLength("CREATE TABLE t (a INT);\nINSERT INTO t VALUES (1), (2);\n");
    let error: unknown;
    try {
      splitSqlScript(script, 'mysql', { requireTerminator: true });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(UnterminatedStatementError);
    expect((error as UnterminatedStatementError).offset).toBe(offset);
    expect((error as Error).message).toMatch(new RegExp(`byte offset ${offset} \\(line 3: INSERT INTO t VALUES \\(3\\)`));
  });

  it('gives each statement its byte offset, multi-byte characters and comments counted', () => {
    const statements = splitSqlScript("-- café\nSELECT 'é';\n/* x */ SELECT 2;", 'postgres', { requireTerminator: true });
    expect(statements.map((s) => s.offset)).toEqual([Buffer.byteLength('-- café\n'), Buffer.byteLength("-- café\nSELECT 'é';\n/* x */ ")]);
  });

  it('still runs for hand-written scripts, which may leave the last delimiter out', () => {
    expect(splitSqlScript(script, 'mysql').map((s) => s.sql).at(-1)).toBe("INSERT INTO t VALUES (3), ('é'),");
  });
});

describe('dump trailers', () => {
  const mariadb = getEngine('mariadb').plainDump!;
  const postgres = getEngine('postgres').plainDump!;

  it('recognises mysqldump / mariadb-dump endings and nothing else', () => {
    expect(mariadb.recognisesCompleteDump('UNLOCK TABLES;\n-- Dump completed on 2024-05-01 10:00:00\n')).toBe(true);
    expect(mariadb.recognisesCompleteDump('UNLOCK TABLES;\n-- Dump completed\n\n')).toBe(true);
    expect(mariadb.recognisesCompleteDump('-- Dump completed on 2024-05-01\nINSERT INTO t VALUES (1);\n')).toBe(false);
    expect(mariadb.recognisesCompleteDump('INSERT INTO t VALUES (1);\n')).toBe(false);
  });

  it('recognises pg_dump endings, with or without \\unrestrict after them', () => {
    const end = '--\n-- PostgreSQL database dump complete\n--\n\n';
    expect(postgres.recognisesCompleteDump(`ALTER TABLE x OWNER TO y;\n\n${end}`)).toBe(true);
    expect(postgres.recognisesCompleteDump(`${end}\\unrestrict abc123\n\n`)).toBe(true);
    expect(postgres.recognisesCompleteDump(`${end}CREATE TABLE late (a int);\n`)).toBe(false);
    expect(postgres.recognisesCompleteDump('--\n-- PostgreSQL database dump\n--\n')).toBe(false);
  });
});

function scenario(requireCompleteSnapshot?: false): LoadedScenario {
  return { dir, scenario: { source: { engine: 'sqlite' }, ...(requireCompleteSnapshot === false ? { requireCompleteSnapshot } : {}) } } as unknown as LoadedScenario;
}

async function load(text: string, options: { requireCompleteSnapshot?: false } = {}): Promise<string> {
  const file = join(dir, 'dump.sql');
  await writeFile(file, text);
  const database = await startTestDatabase('sqlite');
  const connection = await database.connect();
  try {
    const snapshot = await openSnapshot(file);
    return await loadSource({ loaded: scenario(options.requireCompleteSnapshot), snapshot, connection, workdir: dir, signal: new AbortController().signal, emit: () => undefined });
  } finally {
    await connection.close();
    await database.stop();
  }
}

const DUMP = 'PRAGMA foreign_keys=OFF;\nBEGIN TRANSACTION;\nCREATE TABLE t (a INTEGER);\nINSERT INTO t VALUES(1);\nINSERT INTO t VALUES(2);\nCOMMIT;\n';

describe('loading a plain dump', () => {
  it('proves a whole dump by its trailer', async () => {
    expect(await load(DUMP)).toMatch(/^6 statements, 2 rows; completeness proven by the dump tool's trailer$/);
  });

  it('fails on a dump cut mid-statement, naming the file and the offset', async () => {
    const cut = DUMP.slice(0, DUMP.indexOf('(2)') + 2);
    await expect(load(cut, { requireCompleteSnapshot: false })).rejects.toThrow(
      new RegExp(`dump dump\\.sql: the SQL ends inside a statement that starts at byte offset ${DUMP.indexOf('INSERT INTO t VALUES(2)')}`),
    );
  });

  it('refuses a dump cut between statements (no trailer) unless the scenario accepts it, then says so', async () => {
    const cut = DUMP.slice(0, DUMP.indexOf('INSERT INTO t VALUES(2)'));
    await expect(load(cut)).rejects.toThrow(/dump\.sql does not end with the trailer the sqlite3 shell \(\.dump\) writes.*requireCompleteSnapshot: false/);
    expect(await load(cut, { requireCompleteSnapshot: false })).toMatch(/warning: completeness not proven/);
  });

  it('refuses a dump of no statement', async () => {
    await expect(load('-- nothing here\n\n', { requireCompleteSnapshot: false })).rejects.toThrow(/dump\.sql holds no SQL statement/);
  });

  it('loadSnapshot reports how completeness was decided', async () => {
    const file = join(dir, 'plain.sql');
    await writeFile(file, DUMP.replace('COMMIT;\n', ''));
    const database = await startTestDatabase('sqlite');
    const connection = await database.connect();
    try {
      const result = await loadSnapshot(await openSnapshot(file), connection);
      expect(result.completeness).toBe('unproven');
      expect(result.rows).toBe(2);
    } finally {
      await connection.close();
      await database.stop();
    }
  });

  it('a BadInputError, so the CLI exits 2 with one line', async () => {
    await expect(load('')).rejects.toBeInstanceOf(BadInputError);
  });
});

const HAS_ZSTD = (() => {
  try {
    execFileSync('zstd', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();

describe.skipIf(!HAS_ZSTD)('a zstd-compressed dump', () => {
  it('loads through the zstd program, proven whole by its trailer; a truncated one is refused', async () => {
    const plain = join(dir, 'dump.sql');
    await writeFile(plain, DUMP);
    execFileSync('zstd', ['-q', plain, '-o', join(dir, 'dump.sql.zst')]);
    const database = await startTestDatabase('sqlite');
    const connection = await database.connect();
    try {
      const snapshot = await openSnapshot(join(dir, 'dump.sql.zst'));
      await snapshot.verify();
      const result = await loadSnapshot(snapshot, connection);
      expect(result).toMatchObject({ rows: 2, completeness: 'trailer' });
      const bytes = await readFile(join(dir, 'dump.sql.zst'));
      await writeFile(join(dir, 'cut.sql.zst'), bytes.subarray(0, bytes.length - 6));
      await expect((await openSnapshot(join(dir, 'cut.sql.zst'))).verify()).rejects.toThrow(/cut\.sql\.zst: the zstd data is corrupt or truncated/);
    } finally {
      await connection.close();
      await database.stop();
    }
  });
});
