/**
 * MariaDB snapshot loads send INSERTs several per round trip (a batch): a statement failing in the middle
 * of a batch is still named by its byte offset, the statements after it do not run, and the load fails
 * (BadInputError: the run ends in ERROR, never GO). Warnings stay attached to their own statement, and
 * a batch the server splits differently from rehearse fails the load instead of running unseen statements.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ScriptStatementError } from '../../harness/engine/sql-script/run-script.ts';
import { BadInputError } from '../../harness/errors.ts';
import { loadSnapshot } from '../../harness/snapshot/snapshot-load.ts';
import { openSnapshot } from '../../harness/snapshot/snapshot-reader.ts';
import { freshDatabase, rowCounts, startTestDatabase, withConnection, type TestDatabase } from './snapshot-databases.ts';
import { tempDir } from './snapshot-files.ts';

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

const TRAILER = '-- Dump completed on 2026-01-01 10:00:00\n';

async function dumpFile(name: string, text: string): Promise<string> {
  const file = join(dir, name);
  await writeFile(file, text);
  return file;
}

describe('mariadb: batched snapshot load', () => {
  it('names the byte offset of a statement failing in the middle of a batch, and runs none after it', async () => {
    const inserts = Array.from({ length: 30 }, (_, i) => `INSERT INTO t VALUES (${i + 1}, 'row ${i + 1}');\n`);
    // Statement 16 of 30 repeats key 5: every INSERT fits in one batch, so it fails in the middle of one.
    const failing = "INSERT INTO t VALUES (5, 'again');\n";
    inserts[15] = failing;
    const head = '-- MariaDB dump\nCREATE TABLE t (id INT PRIMARY KEY, label VARCHAR(20));\n';
    const text = head + inserts.join('') + TRAILER;
    const url = await freshDatabase(server, 'batch_failure');
    const file = await dumpFile('failing.sql', text);

    const error = await withConnection(url, async (c) => loadSnapshot(await openSnapshot(file), c)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ScriptStatementError);
    expect(error).toBeInstanceOf(BadInputError);
    const offset = Buffer.byteLength(text.slice(0, text.indexOf(failing)), 'utf8');
    expect((error as ScriptStatementError).offset).toBe(offset);
    expect((error as ScriptStatementError).statementNumber).toBe(17);
    expect(String((error as Error).message)).toMatch(new RegExp(`statement 17 \\(line 18\\).*Duplicate entry '5'.*byte offset ${offset}: INSERT INTO t VALUES \\(5, 'again'\\)`));
    // The 15 statements before it ran; the server stopped at it, so the 14 after it never ran.
    expect(await rowCounts(url)).toEqual({ t: 15 });
  });

  it('keeps each statement its own warnings, even when a later statement of the batch raises none', async () => {
    const text = [
      "SET SESSION sql_mode = '';",
      'CREATE TABLE w (id INT PRIMARY KEY, code VARCHAR(3));',
      "INSERT INTO w VALUES (1, 'abc');",
      "INSERT INTO w VALUES (2, 'abcdef');",
      "INSERT INTO w VALUES (3, 'xyz');",
      TRAILER,
    ].join('\n');
    const url = await freshDatabase(server, 'batch_warnings');
    const file = await dumpFile('warnings.sql', text);

    const { result, kept } = await withConnection(url, async (c) => ({ result: await loadSnapshot(await openSnapshot(file), c), kept: c.warnings() }));
    expect(result.completeness).toBe('trailer');
    expect(result.rows).toBe(3);
    expect(result.warnings.map((w) => [w.code, w.statement])).toEqual([['1265', "INSERT INTO w VALUES (2, 'abcdef')"]]);
    // The connection the load was given keeps them too (the run's warning report reads it).
    expect(kept.map((w) => w.code)).toEqual(['1265']);
  });

  it('fails the load when the server reads a batch as more statements than rehearse did', async () => {
    // Under NO_BACKSLASH_ESCAPES the server ends the string at a\' and sees two INSERTs and a comment
    // where rehearse (backslash escapes) sees one INSERT: the result count gives it away.
    const text = [
      "SET SESSION sql_mode = 'NO_BACKSLASH_ESCAPES';",
      'CREATE TABLE s (id INT PRIMARY KEY, label VARCHAR(40));',
      "INSERT INTO s VALUES (1, 'a\\'); INSERT INTO s VALUES (2, 'b'); -- ');",
      TRAILER,
    ].join('\n');
    const url = await freshDatabase(server, 'batch_missplit');
    const file = await dumpFile('missplit.sql', text);

    const error = await withConnection(url, async (c) => loadSnapshot(await openSnapshot(file), c)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BadInputError);
    expect(String((error as Error).message)).toMatch(/statement 3 \(line 3\).*returned 3 results for 1 statements.*split the SQL text differently/);
  });
});
