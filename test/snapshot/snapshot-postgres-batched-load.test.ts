/**
 * PostgreSQL snapshot loads send INSERTs about 1 MB per simple query (a batch). The server rolls a failing
 * batch back as a whole and names no statement, so the batch runs again one statement at a time: the
 * failing statement is named by its byte offset, the rows before it are loaded and none after it, and the
 * load fails (BadInputError: the run ends in ERROR, never GO). Inside a transaction the dump opened, the
 * failure aborts that transaction: none of its rows are loaded. Notices stay with their own statement and
 * are listed once. Each row records the transaction that inserted it (txid_current()), which shows what
 * was batched: the rows of one batch share the implicit transaction of their simple query.
 */
import { createWriteStream } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { execa } from 'execa';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ScriptStatementError } from '../../harness/engine/sql-script/run-script.ts';
import { BadInputError } from '../../harness/errors.ts';
import { loadSnapshot } from '../../harness/snapshot/snapshot-load.ts';
import { openSnapshot } from '../../harness/snapshot/snapshot-reader.ts';
import { CHINOOK_NAME } from '../engine/chinook.ts';
import { CHINOOK_ROW_COUNTS, freshDatabase, rowCounts, startTestDatabase, withConnection, type TestDatabase } from './snapshot-databases.ts';
import { CHINOOK, tempDir } from './snapshot-files.ts';

const IMAGE = 'localhost/rehearse/postgres:15';
const PG_COUNTS = Object.fromEntries(Object.entries(CHINOOK_ROW_COUNTS).map(([name, rows]) => [CHINOOK_NAME.postgres(name), rows]));
const TRAILER = '--\n-- PostgreSQL database dump complete\n--\n';
const TABLE = 'CREATE TABLE t (id int PRIMARY KEY, label text, tx bigint DEFAULT txid_current());\n';

let server: TestDatabase;
let dir: string;
let cleanup: () => Promise<void>;

beforeAll(async () => {
  ({ dir, cleanup } = await tempDir());
  server = await startTestDatabase('postgres');
}, 120_000);
afterAll(async () => {
  await server?.stop();
  await cleanup?.();
});

async function dumpFile(name: string, text: string): Promise<string> {
  const file = join(dir, name);
  await writeFile(file, text);
  return file;
}

function insert(id: number, label = `row ${id}`): string {
  return `INSERT INTO t (id, label) VALUES (${id}, '${label}');\n`;
}

function byteOffset(text: string, part: string): number {
  return Buffer.byteLength(text.slice(0, text.indexOf(part)), 'utf8');
}

/** The ids in t, and how many distinct transactions inserted them. */
async function loadedRows(url: string): Promise<{ ids: number[]; transactions: number }> {
  return withConnection(url, async (c) => {
    const rows = await c.query('SELECT id FROM t ORDER BY id');
    const [tx] = await c.query('SELECT count(DISTINCT tx)::int AS n FROM t');
    return { ids: rows.map((r) => Number(r.id)), transactions: Number(tx?.n) };
  });
}

/** Runs pg_dump from the engine's image against the test server (host network: its port is on localhost). */
async function pgDump(url: string, args: readonly string[], out: string): Promise<void> {
  const dump = execa('podman', ['run', '--rm', '--network', 'host', IMAGE, 'pg_dump', ...args, url], { stdout: 'pipe', buffer: false });
  await Promise.all([pipeline(dump.stdout!, createWriteStream(out)), dump]);
}

describe('postgres: batched snapshot load', () => {
  it('sends consecutive INSERTs in one simple query', async () => {
    const text = TABLE + Array.from({ length: 30 }, (_, i) => insert(i + 1)).join('') + TRAILER;
    const url = await freshDatabase(server, 'batch_plain');
    const result = await withConnection(url, async (c) => loadSnapshot(await openSnapshot(await dumpFile('plain.sql', text)), c));
    expect(result).toMatchObject({ statements: 31, rows: 30, completeness: 'trailer' });
    // One batch: the 30 rows share the implicit transaction of their one simple query.
    expect(await loadedRows(url)).toEqual({ ids: Array.from({ length: 30 }, (_, i) => i + 1), transactions: 1 });
  });

  it('names the byte offset of a statement failing in the middle of a batch; the rows before it are loaded, none after', async () => {
    const inserts = Array.from({ length: 30 }, (_, i) => insert(i + 1));
    // Statement 16 of 30 repeats key 5: every INSERT fits in one batch, so it fails in the middle of one.
    const failing = insert(5, 'again');
    inserts[15] = failing;
    const text = TABLE + inserts.join('') + TRAILER;
    const url = await freshDatabase(server, 'batch_failure');

    const error = await withConnection(url, async (c) => loadSnapshot(await openSnapshot(await dumpFile('failing.sql', text)), c)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ScriptStatementError);
    expect(error).toBeInstanceOf(BadInputError);
    const offset = byteOffset(text, failing);
    expect((error as ScriptStatementError).offset).toBe(offset);
    expect((error as ScriptStatementError).statementNumber).toBe(17);
    expect(String((error as Error).message)).toMatch(
      new RegExp(`statement 17 \\(line 17\\).*duplicate key value violates unique constraint "t_pkey".*byte offset ${offset}: INSERT INTO t \\(id, label\\) VALUES \\(5, 'again'\\)`),
    );
    // The server rolled the batch back; its 15 statements before the failing one ran again one at a
    // time (15 transactions), so each row is there once, and the 14 after it never ran.
    expect(await loadedRows(url)).toEqual({ ids: Array.from({ length: 15 }, (_, i) => i + 1), transactions: 15 });
  });

  it('names the statement whose deferred constraint fails when its batch commits', async () => {
    // Checked at commit: in a batch, after every statement completed; alone, at the statement's own end.
    const text = [
      'CREATE TABLE parent (id int PRIMARY KEY);',
      'CREATE TABLE child (id int PRIMARY KEY, parent int REFERENCES parent DEFERRABLE INITIALLY DEFERRED);',
      'INSERT INTO parent VALUES (1);',
      'INSERT INTO child VALUES (1, 1);',
      'INSERT INTO child VALUES (2, 99);',
      'INSERT INTO child VALUES (3, 1);',
      TRAILER,
    ].join('\n');
    const url = await freshDatabase(server, 'batch_deferred');
    const error = await withConnection(url, async (c) => loadSnapshot(await openSnapshot(await dumpFile('deferred.sql', text)), c)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ScriptStatementError);
    expect((error as ScriptStatementError).offset).toBe(byteOffset(text, 'INSERT INTO child VALUES (2, 99)'));
    expect(String((error as Error).message)).toMatch(/statement 5 \(line 5\).*violates foreign key constraint/);
    expect(await rowCounts(url)).toEqual({ parent: 1, child: 1 });
  });

  it('loads INSERTs inside the dump’s own BEGIN … COMMIT, batched inside that transaction', async () => {
    const text = [TABLE, insert(1), insert(2), 'BEGIN;\n', ...Array.from({ length: 18 }, (_, i) => insert(i + 3)), 'COMMIT;\n', insert(21), TRAILER].join('');
    const url = await freshDatabase(server, 'batch_transaction');
    const result = await withConnection(url, async (c) => loadSnapshot(await openSnapshot(await dumpFile('transaction.sql', text)), c));
    expect(result).toMatchObject({ statements: 24, rows: 21 });
    // Read from another connection, so committed: rows 1-2 (one batch), 3-20 (the dump's transaction),
    // 21 (one batch).
    expect(await loadedRows(url)).toEqual({ ids: Array.from({ length: 21 }, (_, i) => i + 1), transactions: 3 });
  });

  it('names a statement failing inside the dump’s own transaction; none of that transaction’s rows are loaded', async () => {
    const inside = Array.from({ length: 18 }, (_, i) => insert(i + 3));
    const failing = insert(2, 'again');
    inside[9] = failing;
    const text = [TABLE, insert(1), insert(2), 'BEGIN;\n', ...inside, 'COMMIT;\n', insert(21), TRAILER].join('');
    const url = await freshDatabase(server, 'batch_transaction_failure');

    const error = await withConnection(url, async (c) => loadSnapshot(await openSnapshot(await dumpFile('transaction-failing.sql', text)), c)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ScriptStatementError);
    const offset = byteOffset(text, failing);
    expect((error as ScriptStatementError).offset).toBe(offset);
    // CREATE TABLE, 2 INSERTs, BEGIN, then the 10th INSERT of the transaction.
    expect((error as ScriptStatementError).statementNumber).toBe(14);
    expect(String((error as Error).message)).toMatch(new RegExp(`statement 14 \\(line 14\\).*duplicate key value.*byte offset ${offset}: INSERT INTO t \\(id, label\\) VALUES \\(2, 'again'\\)`));
    // The dump's transaction was aborted: only the two rows committed before it are loaded.
    expect((await loadedRows(url)).ids).toEqual([1, 2]);
  });

  it('keeps each notice with its own statement, and lists it once when its batch ran again after a failure', async () => {
    const head = [
      'CREATE TABLE w (id int PRIMARY KEY, label text);',
      "CREATE FUNCTION warn_label() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN IF NEW.label = 'warn' THEN RAISE WARNING 'row % looks wrong', NEW.id; END IF; RETURN NEW; END $$;",
      'CREATE TRIGGER w_warn BEFORE INSERT ON w FOR EACH ROW EXECUTE FUNCTION warn_label();',
      "INSERT INTO w VALUES (1, 'fine');",
      "INSERT INTO w VALUES (2, 'warn');",
      "INSERT INTO w VALUES (3, 'fine');",
    ].join('\n');
    const sound = await freshDatabase(server, 'batch_notices');
    const { result, kept } = await withConnection(sound, async (c) => ({
      result: await loadSnapshot(await openSnapshot(await dumpFile('notices.sql', `${head}\n${TRAILER}`)), c),
      kept: c.warnings(),
    }));
    expect(result.rows).toBe(3);
    expect(result.warnings.map((w) => [w.level, w.message, w.statement])).toEqual([['warning', 'row 2 looks wrong', "INSERT INTO w VALUES (2, 'warn')"]]);
    expect(kept.map((w) => w.statement)).toEqual(["INSERT INTO w VALUES (2, 'warn')"]);

    // The same batch failing at its last statement runs again one at a time: the warning is raised
    // twice by the server, and listed once, for the statement that raised it.
    const failing = await freshDatabase(server, 'batch_notices_failure');
    const listed = await withConnection(failing, async (c) => {
      const error = await loadSnapshot(await openSnapshot(await dumpFile('notices-failing.sql', `${head}\nINSERT INTO w VALUES (1, 'again');\n${TRAILER}`)), c).catch((e: unknown) => e);
      expect(String(error)).toMatch(/statement 7 \(line 7\).*duplicate key value/);
      return c.warnings();
    });
    expect(listed.map((w) => [w.message, w.statement])).toEqual([['row 2 looks wrong', "INSERT INTO w VALUES (2, 'warn')"]]);
    expect((await rowCounts(failing)).w).toBe(3);
  });

  it('loads a pg_dump --inserts dump of Chinook with the same rows as its source', async () => {
    const source = await freshDatabase(server, 'chinook_source');
    await withConnection(source, async (c) => loadSnapshot(await openSnapshot(join(CHINOOK, 'Chinook_PostgreSql.sql')), c));
    const file = join(dir, 'chinook-inserts.sql');
    await pgDump(source, ['--no-owner', '--inserts'], file);

    const url = await freshDatabase(server, 'chinook_inserts');
    const result = await withConnection(url, async (c) => loadSnapshot(await openSnapshot(file), c));
    expect(result.completeness).toBe('trailer');
    expect(result.rows).toBe(15_607);
    expect(await rowCounts(url)).toMatchObject(PG_COUNTS);
    // Same contents, not only the same counts: every table's rows hashed in key order.
    const digest = (u: string): Promise<unknown[]> =>
      withConnection(u, async (c) => {
        const digests: unknown[] = [];
        for (const table of Object.keys(PG_COUNTS)) {
          const [row] = await c.query(`SELECT md5(string_agg(x::text, '|' ORDER BY x::text)) AS h FROM public.${table} x`);
          digests.push([table, row?.h]);
        }
        return digests;
      });
    expect(await digest(url)).toEqual(await digest(source));
  }, 240_000);
});
