/**
 * One suite, run against every engine (filter with ENGINES=postgres,sqlite): the engine contract as the
 * rest of the harness relies on it. Engine differences live in the expectation tables at the top.
 */
import { existsSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseDatabaseUrl } from '../../harness/engine/connection-url.ts';
import type { Connection, ScriptProgress, ScriptResult, SqlValue } from '../../harness/engine/engine.ts';
import { openConnection } from '../../harness/engine/open-connection.ts';
import { SqlStatementError } from '../../harness/engine/sql-error.ts';
import { ScriptStatementError } from '../../harness/engine/sql-script/run-script.ts';
import { BadInputError, InfrastructureError, RehearseError } from '../../harness/errors.ts';
import { CHINOOK_NAME, CHINOOK_ROW_COUNTS, CHINOOK_SOURCE, CHINOOK_TOTAL_ROWS, type ChinookTable } from './chinook.ts';
import { ENGINES, startTestDatabase, type TestDatabase, type TestEngine } from '../support/test-databases.ts';

type PerEngine<T> = Record<TestEngine, T>;

/** `SELECT n, payload` over `rows` generated rows with a 1000-character payload, no table needed. */
const GENERATED_ROWS: PerEngine<(rows: number) => string> = {
  mariadb: (rows) => `SELECT seq AS n, REPEAT('x', 1000) AS payload FROM seq_1_to_${rows}`,
  postgres: (rows) => `SELECT n, repeat('x', 1000) AS payload FROM generate_series(1, ${rows}) AS n`,
  sqlite: (rows) =>
    `WITH RECURSIVE s(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM s WHERE n < ${rows}) SELECT n, printf('%.1000c', 'x') AS payload FROM s`,
};

/** Values as the drivers are configured to return them (engine.ts SqlValue). */
const VALUE_PROBE: PerEngine<{ sql: string; expected: Record<string, SqlValue> }> = {
  mariadb: {
    sql: "SELECT CAST(9007199254740993 AS SIGNED) AS big, CAST(1.50 AS DECIMAL(10,2)) AS dec_value, CAST('2024-01-02 03:04:05' AS DATETIME) AS ts, CAST(42 AS INT) AS small, 'é😀' AS text_value, CAST('0000-00-00 00:00:00' AS DATETIME) AS zero_date",
    // A zero date (allowed in non-strict sql_mode) has no Date form: it stays text instead of Invalid Date.
    expected: { big: '9007199254740993', dec_value: '1.50', ts: new Date('2024-01-02T03:04:05Z'), small: 42, text_value: 'é😀', zero_date: '0000-00-00 00:00:00' },
  },
  postgres: {
    sql: "SELECT 9007199254740993::bigint AS big, 1.50::numeric(10,2) AS dec_value, '2024-01-02 03:04:05'::timestamp AS ts, 42::int AS small, 'é😀' AS text_value",
    expected: { big: '9007199254740993', dec_value: '1.50', ts: new Date('2024-01-02T03:04:05Z'), small: 42, text_value: 'é😀' },
  },
  sqlite: {
    sql: "SELECT 9007199254740993 AS big, 1.50 AS dec_value, '2024-01-02 03:04:05' AS ts, 42 AS small, 'é😀' AS text_value",
    expected: { big: '9007199254740993', dec_value: 1.5, ts: '2024-01-02 03:04:05', small: 42, text_value: 'é😀' },
  },
};

/** The Track table as introspected (Chinook declares Name NVARCHAR(200) NOT NULL, Composer NVARCHAR(220)). */
const TRACK_COLUMNS: PerEngine<{ name: string; composer: string; storageEngine: string | undefined }> = {
  mariadb: { name: 'varchar(200)', composer: 'varchar(220)', storageEngine: 'InnoDB' },
  postgres: { name: 'character varying(200)', composer: 'character varying(220)', storageEngine: undefined },
  sqlite: { name: 'nvarchar(200)', composer: 'nvarchar(220)', storageEngine: undefined },
};

/** How the server rejects a statement on a missing table. */
const MISSING_TABLE_MESSAGE: PerEngine<RegExp> = {
  mariadb: /no_such_table' doesn't exist/,
  postgres: /relation "no_such_table" does not exist/,
  sqlite: /no such table: no_such_table/,
};

/**
 * A too-long string into varchar(5): MariaDB in non-strict sql_mode truncates and warns (1265);
 * PostgreSQL refuses (SQLSTATE 22001); SQLite does not enforce lengths and stores it whole.
 */
const TOO_LONG_STRING: PerEngine<{ setup: string[]; stored: string | null; warningCodes: string[]; errorCode?: string }> = {
  mariadb: { setup: ["SET SESSION sql_mode = ''"], stored: 'abcde', warningCodes: ['1265'] },
  postgres: { setup: [], stored: null, warningCodes: [], errorCode: '22001' },
  sqlite: { setup: [], stored: 'abcdefgh', warningCodes: [] },
};

/** A statement that makes the server warn, for engines that can. */
const WARNING_PROBE: PerEngine<{ sql: string; code: string } | undefined> = {
  mariadb: { sql: "SET @x = CAST('12abc' AS SIGNED)", code: '1292' },
  postgres: { sql: "DO $$ BEGIN RAISE WARNING 'probe warning'; END $$", code: '01000' },
  sqlite: undefined,
};

const SERVER_VERSION: PerEngine<RegExp> = { mariadb: /^10\.11\.\d+-MariaDB/, postgres: /^15\.\d+/, sqlite: /^3\.\d+\.\d+$/ };

/** A URL that must fail to connect, and what the error must not reveal. */
const UNREACHABLE: PerEngine<(url: string) => string> = {
  mariadb: (url) => withPassword(url, 'wrong-secret'),
  postgres: (url) => withPassword(url, 'wrong-secret'),
  sqlite: () => 'sqlite:///nonexistent-dir/x.db',
};

function withPassword(url: string, password: string): string {
  const parsed = new URL(url);
  parsed.password = password;
  return parsed.toString();
}

for (const engine of ENGINES) {
  describe(`${engine}: engine connection`, () => {
    let database: TestDatabase;
    let connection: Connection;
    let chinook: ScriptResult;
    const progress: ScriptProgress[] = [];
    const table = (name: ChinookTable) => CHINOOK_NAME[engine](name);
    const q = (name: string) => connection.dialect.quoteIdentifier(name);

    beforeAll(async () => {
      database = await startTestDatabase(engine);
      connection = await database.connect();
      const source = CHINOOK_SOURCE[engine];
      chinook = await connection.runScript(await source.script(connection), {
        transform: source.transform,
        onProgress: (p) => progress.push(p),
      });
    });

    afterAll(async () => {
      await connection?.close();
      await database?.stop();
    });

    describe('runScript', () => {
      it('loads Chinook with the published row counts', async () => {
        for (const [name, count] of Object.entries(CHINOOK_ROW_COUNTS) as Array<[ChinookTable, number]>) {
          expect(await connection.introspector.countRows(table(name)), name).toBe(count);
        }
        expect(chinook.rows).toBe(CHINOOK_TOTAL_ROWS);
        expect(chinook.statements).toBeGreaterThanOrEqual(22);
      });

      it('reports progress that only grows and ends at the result', () => {
        expect(progress.length).toBeGreaterThan(0);
        for (let i = 1; i < progress.length; i++) expect(progress[i]!.bytes).toBeGreaterThanOrEqual(progress[i - 1]!.bytes);
        expect(progress.at(-1)).toEqual({ statements: chinook.statements, bytes: chinook.bytes, rows: chinook.rows });
      });

      it('names the statement number, line, text and server message of a failure', async () => {
        const script = `CREATE TABLE script_ok (a int);\nINSERT INTO script_ok VALUES (1);\n\n-- the bad one:\nINSERT INTO no_such_table\n  VALUES (1);\nINSERT INTO script_ok VALUES (2);`;
        const error = await connection.runScript(script).catch((e: unknown) => e);
        expect(error).toBeInstanceOf(ScriptStatementError);
        expect(error).toMatchObject({ statementNumber: 3, line: 5, statement: 'INSERT INTO no_such_table VALUES (1)' });
        expect((error as Error).message).toMatch(/statement 3 \(line 5\)/);
        expect((error as Error).message).toMatch(MISSING_TABLE_MESSAGE[engine]);
        // It stopped at the failure: the last INSERT did not run.
        expect(await connection.introspector.countRows('script_ok')).toBe(1);
      });

      it('rejects psql meta-commands as bad input, unless a transform drops them', async () => {
        await expect(connection.runScript('SELECT 1;\n\\connect other\nSELECT 2;')).rejects.toThrow(BadInputError);
        await expect(connection.runScript('SELECT 1;\n\\connect other\nSELECT 2;')).rejects.toThrow(/line 2 .*meta-command/);
        const result = await connection.runScript('SELECT 1;\n\\connect other\nSELECT 2;', { transform: (s) => (s.startsWith('\\') ? null : s) });
        expect(result.statements).toBe(2);
      });

      it('loads pg_dump COPY … FROM stdin blocks where the engine has COPY, refuses them clearly elsewhere', async () => {
        const dump = 'CREATE TABLE copied (a int);\nCOPY copied (a) FROM stdin;\n1\n2\n\\.\nSELECT 1;\n';
        if (!connection.copyFromStdin) {
          await expect(connection.runScript(dump)).rejects.toThrow(/line 2 is a COPY … FROM stdin block, which only a PostgreSQL connection can load/);
          return;
        }
        await expect(connection.runScript(dump)).resolves.toMatchObject({ statements: 3, rows: 2 });
        expect(await connection.query('SELECT a FROM copied ORDER BY a')).toEqual([{ a: 1 }, { a: 2 }]);
        // A bad row fails the statement and leaves the connection usable.
        await expect(connection.runScript('COPY copied (a) FROM stdin;\n3\nnot a number\n\\.\n')).rejects.toThrow(/statement 1 \(line 1\).*invalid input syntax/);
        expect(await connection.query('SELECT count(*)::int AS n FROM copied')).toEqual([{ n: 2 }]);
      });

      it('stops when the signal is aborted', async () => {
        const controller = new AbortController();
        const script = Array.from({ length: 10 }, (_, i) => `SELECT ${i};`).join('\n');
        let seen = 0;
        const error = await connection
          .runScript(script, { signal: controller.signal, transform: (s) => (++seen === 3 && controller.abort(new Error('user pressed ^C')), s) })
          .catch((e: unknown) => e);
        expect(error).toBeInstanceOf(RehearseError);
        expect(error).toMatchObject({ kind: 'interrupted', message: expect.stringMatching(/before statement 4 \(line 4\)/) });
        expect(seen).toBe(3);
      });
    });

    describe('query and stream', () => {
      it('returns values in the documented shapes', async () => {
        const [row] = await connection.query(VALUE_PROBE[engine].sql);
        expect(row).toEqual(VALUE_PROBE[engine].expected);
      });

      it('binds parameters with the dialect placeholders', async () => {
        const sql = `SELECT ${q(CHINOOK_NAME[engine]('Name'))} AS name FROM ${q(table('Track'))} WHERE ${q(CHINOOK_NAME[engine]('TrackId'))} = ${connection.dialect.placeholder(1)}`;
        expect(await connection.query(sql, [1])).toEqual([{ name: 'For Those About To Rock (We Salute You)' }]);
      });

      it('streams every row of a table', async () => {
        let rows = 0;
        for await (const row of connection.stream(`SELECT * FROM ${q(table('PlaylistTrack'))}`)) {
          expect(Object.keys(row)).toHaveLength(2);
          rows++;
        }
        expect(rows).toBe(CHINOOK_ROW_COUNTS.PlaylistTrack);
      });

      it('streams a 200 MB result without buffering it', async () => {
        const rows = 200_000;
        globalThis.gc?.();
        const before = process.memoryUsage().heapUsed;
        let peak = 0;
        let count = 0;
        for await (const row of connection.stream(GENERATED_ROWS[engine](rows))) {
          if (++count % 10_000 === 0) peak = Math.max(peak, process.memoryUsage().heapUsed - before);
          expect((row.payload as string).length).toBe(1000);
        }
        expect(count).toBe(rows);
        // A buffered result would hold 200k rows × 1 KB; streaming keeps a few batches.
        expect(peak).toBeLessThan(100 * 1024 * 1024);
      });

      it('can leave a stream early and keep using the connection', async () => {
        let count = 0;
        for await (const _row of connection.stream(GENERATED_ROWS[engine](100_000))) if (++count === 10) break;
        expect(count).toBe(10);
        expect(await connection.introspector.countRows(table('Genre'))).toBe(CHINOOK_ROW_COUNTS.Genre);
      });

      it('reports rejected SQL as SqlStatementError with the server message', async () => {
        const error = await connection.query('SELECT * FROM no_such_table').catch((e: unknown) => e);
        expect(error).toBeInstanceOf(SqlStatementError);
        expect((error as SqlStatementError).serverMessage).toMatch(MISSING_TABLE_MESSAGE[engine]);
      });
    });

    describe('introspection', () => {
      it('lists the Chinook tables', async () => {
        const names = (await connection.introspector.listTables()).map((t) => t.name);
        expect(names).toEqual(expect.arrayContaining(Object.keys(CHINOOK_ROW_COUNTS).map((n) => table(n as ChinookTable))));
        const track = (await connection.introspector.listTables()).find((t) => t.name === table('Track'));
        expect(track?.storageEngine).toBe(TRACK_COLUMNS[engine].storageEngine);
      });

      it('describes columns with their declared types', async () => {
        const columns = await connection.introspector.listColumns(table('Track'));
        const name = CHINOOK_NAME[engine];
        expect(columns.map((c) => c.name)).toEqual(
          ['TrackId', 'Name', 'AlbumId', 'MediaTypeId', 'GenreId', 'Composer', 'Milliseconds', 'Bytes', 'UnitPrice'].map(name),
        );
        expect(columns[1]).toEqual({ name: name('Name'), type: TRACK_COLUMNS[engine].name, nullable: false, maxLength: 200 });
        expect(columns[5]).toEqual({ name: name('Composer'), type: TRACK_COLUMNS[engine].composer, nullable: true, maxLength: 220 });
        await expect(connection.introspector.listColumns('no_such_table')).rejects.toThrow(BadInputError);
      });

      it('finds primary keys, composite ones in order', async () => {
        const name = CHINOOK_NAME[engine];
        expect(await connection.introspector.primaryKey(table('Track'))).toEqual([name('TrackId')]);
        expect(await connection.introspector.primaryKey(table('PlaylistTrack'))).toEqual([name('PlaylistId'), name('TrackId')]);
      });

      it('finds the 11 Chinook foreign keys', async () => {
        const name = CHINOOK_NAME[engine];
        const fks = await connection.introspector.foreignKeys();
        expect(fks).toHaveLength(11);
        expect(fks).toContainEqual(
          expect.objectContaining({ table: table('Track'), columns: [name('AlbumId')], referencedTable: table('Album'), referencedColumns: [name('AlbumId')] }),
        );
        expect(fks).toContainEqual(
          expect.objectContaining({ table: table('Employee'), columns: [name('ReportsTo')], referencedTable: table('Employee'), referencedColumns: [name('EmployeeId')] }),
        );
      });
    });

    describe('capabilities, verified against the server', () => {
      it('supportsAddForeignKey: ALTER TABLE … ADD CONSTRAINT … FOREIGN KEY works or is refused', async () => {
        await connection.execute('CREATE TABLE fk_parent (id int PRIMARY KEY)');
        await connection.execute('CREATE TABLE fk_child (id int PRIMARY KEY, parent_id int)');
        const added = await connection
          .execute('ALTER TABLE fk_child ADD CONSTRAINT fk_child_parent FOREIGN KEY (parent_id) REFERENCES fk_parent (id)')
          .then(() => true, () => false);
        await connection.execute('DROP TABLE fk_child');
        await connection.execute('DROP TABLE fk_parent');
        expect(added).toBe(connection.capabilities.supportsAddForeignKey);
      });

      it('supportsStatementWarnings: a warning comes back with its code', async () => {
        const probe = WARNING_PROBE[engine];
        expect(connection.capabilities.supportsStatementWarnings).toBe(probe !== undefined);
        if (!probe) return;
        const result = await connection.execute(probe.sql);
        expect(result.warnings).toEqual([expect.objectContaining({ engine: connection.kind, code: probe.code, level: 'warning' })]);
        expect(connection.warnings()).toContainEqual(result.warnings[0]);
      });

      it('supportsCreateDatabase: CREATE DATABASE works or is refused', async () => {
        const created = await connection.execute('CREATE DATABASE rehearse_probe').then(
          () => true,
          () => false,
        );
        if (created) await connection.execute('DROP DATABASE rehearse_probe');
        expect(created).toBe(connection.capabilities.supportsCreateDatabase);
      });

      it('needsServer: without a server the database is a file', async () => {
        const { file } = parseDatabaseUrl(database.url);
        expect(file !== undefined && existsSync(file)).toBe(!connection.capabilities.needsServer);
        expect(await connection.serverVersion()).toMatch(SERVER_VERSION[engine]);
      });
    });

    describe('too-long strings and server warnings', () => {
      it('inserting 8 characters into varchar(5) behaves as the engine does', async () => {
        const expected = TOO_LONG_STRING[engine];
        for (const sql of expected.setup) await connection.execute(sql);
        await connection.execute('CREATE TABLE short_text (id int PRIMARY KEY, label varchar(5))');
        const outcome = await connection.execute("INSERT INTO short_text VALUES (1, 'abcdefgh')").catch((e: unknown) => e);
        if (expected.errorCode) {
          expect(outcome).toMatchObject({ code: expected.errorCode });
        } else {
          expect(outcome).toMatchObject({ affectedRows: 1 });
          expect((outcome as { warnings: Array<{ code: string }> }).warnings.map((w) => w.code)).toEqual(expected.warningCodes);
        }
        const rows = await connection.query('SELECT label FROM short_text');
        expect(rows.map((r) => r.label)).toEqual(expected.stored === null ? [] : [expected.stored]);
        const captured = connection.warnings().filter((w) => w.statement?.includes('short_text'));
        expect(captured.map((w) => w.code)).toEqual(expected.warningCodes);
      });
    });

    it('openConnection: an unreachable database is an InfrastructureError without the password', async () => {
      const error = await openConnection(UNREACHABLE[engine](database.url)).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(InfrastructureError);
      expect((error as Error).message).not.toContain('wrong-secret');
    });
  });
}
