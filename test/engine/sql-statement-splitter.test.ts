import { readFileSync } from 'node:fs';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { BadInputError } from '../../harness/errors.ts';
import {
  SqlStatementSplitter,
  splitSqlScript,
  statementsFromStream,
  type SqlDialect,
} from '../../harness/engine/sql-script/sql-statement-splitter.ts';

const sqls = (script: string, dialect: SqlDialect) => splitSqlScript(script, dialect).map((s) => s.sql);

/** Feeds the script in two chunks cut at `at`. */
function splitAt(script: string, at: number, dialect: SqlDialect) {
  const splitter = new SqlStatementSplitter({ dialect });
  return [...splitter.push(script.slice(0, at)), ...splitter.push(script.slice(at)), ...splitter.end()];
}

describe('SqlStatementSplitter: strings and identifiers', () => {
  it('keeps semicolons inside single and double quoted strings', () => {
    expect(sqls(`INSERT INTO t VALUES ('a;b', "c;d"); SELECT 1;`, 'mysql')).toEqual([`INSERT INTO t VALUES ('a;b', "c;d")`, 'SELECT 1']);
  });

  it('honours MySQL backslash escapes but not in PostgreSQL standard strings', () => {
    expect(sqls(`SELECT 'it\\'s;'; SELECT 2;`, 'mysql')).toEqual([`SELECT 'it\\'s;'`, 'SELECT 2']);
    // In PostgreSQL 'C:\' is a complete string (standard_conforming_strings), E'…' has escapes.
    expect(sqls(`SELECT 'C:\\'; SELECT E'it\\'s;';`, 'postgres')).toEqual([`SELECT 'C:\\'`, `SELECT E'it\\'s;'`]);
    expect(sqls(`SELECT 'C:\\'; SELECT 2;`, 'sqlite')).toEqual([`SELECT 'C:\\'`, 'SELECT 2']);
  });

  it('handles doubled quotes in strings and identifiers', () => {
    expect(sqls(`SELECT 'a'';b' AS "x"";y"; SELECT 2`, 'postgres')).toEqual([`SELECT 'a'';b' AS "x"";y"`, 'SELECT 2']);
  });

  it('treats backticks as identifiers in MySQL and SQLite', () => {
    expect(sqls('SELECT `a;b` FROM `t``;`; SELECT 2', 'mysql')).toEqual(['SELECT `a;b` FROM `t``;`', 'SELECT 2']);
    expect(sqls('SELECT `a;b`; SELECT 2', 'sqlite')).toEqual(['SELECT `a;b`', 'SELECT 2']);
  });
});

describe('SqlStatementSplitter: comments', () => {
  it('drops line and block comments, including semicolons inside them', () => {
    const script = `-- header; not a statement\nSELECT 1 /* ; */ + 2; -- trailing ;\n/* only a comment; */`;
    expect(sqls(script, 'postgres')).toEqual(['SELECT 1   + 2']);
  });

  it('knows MySQL needs a space after -- and accepts # comments', () => {
    expect(sqls('SELECT 1--1;\n# comment;\nSELECT 2;', 'mysql')).toEqual(['SELECT 1--1', 'SELECT 2']);
    expect(sqls('SELECT 1 # x;\n;', 'sqlite')).toEqual(['SELECT 1 # x']);
  });

  it('keeps MySQL executable comments and optimizer hints as statement text', () => {
    const script = '/*!40101 SET @OLD_SQL_MODE=@@SQL_MODE */;\nSELECT /*+ MAX_EXECUTION_TIME(1) */ 1;';
    expect(sqls(script, 'mysql')).toEqual(['/*!40101 SET @OLD_SQL_MODE=@@SQL_MODE */', 'SELECT /*+ MAX_EXECUTION_TIME(1) */ 1']);
  });

  it('nests block comments in PostgreSQL only', () => {
    expect(sqls('/* a /* b; */ c; */ SELECT 1;', 'postgres')).toEqual(['SELECT 1']);
  });
});

describe('SqlStatementSplitter: dollar quoting, DELIMITER, triggers, meta-commands', () => {
  it('keeps PostgreSQL dollar-quoted bodies together', () => {
    const fn = `CREATE FUNCTION f() RETURNS int AS $body$ BEGIN RETURN 1; END; $body$ LANGUAGE plpgsql`;
    expect(sqls(`${fn}; DO $$ BEGIN PERFORM 1; END $$; SELECT $1::int, a$b$c FROM t;`, 'postgres')).toEqual([
      fn,
      'DO $$ BEGIN PERFORM 1; END $$',
      'SELECT $1::int, a$b$c FROM t',
    ]);
  });

  it('follows mysqldump DELIMITER lines around triggers', () => {
    const script = [
      'DELIMITER ;;',
      "CREATE TRIGGER t BEFORE INSERT ON x FOR EACH ROW BEGIN SET NEW.a = 'x;y'; SET NEW.b = 1; END ;;",
      'DELIMITER ;',
      'SELECT 1;',
    ].join('\n');
    const statements = splitSqlScript(script, 'mysql');
    expect(statements.map(({ sql, line }) => ({ sql, line }))).toEqual([
      { sql: "CREATE TRIGGER t BEFORE INSERT ON x FOR EACH ROW BEGIN SET NEW.a = 'x;y'; SET NEW.b = 1; END", line: 2 },
      { sql: 'SELECT 1', line: 4 },
    ]);
    // The DELIMITER lines count towards the bytes of the statement that follows them.
    expect(statements.reduce((sum, s) => sum + s.bytes, 0)).toBe(Buffer.byteLength(script));
  });

  it('keeps an SQLite trigger body together until END;', () => {
    const trigger = 'CREATE TRIGGER tr AFTER INSERT ON a BEGIN INSERT INTO b VALUES (1); UPDATE c SET n = n + 1; END';
    expect(sqls(`${trigger};\nSELECT 1;`, 'sqlite')).toEqual([trigger, 'SELECT 1']);
  });

  it('returns psql meta-commands as their own line-long statement', () => {
    expect(sqls('CREATE DATABASE x;\n\\c x;\nSELECT 1;', 'postgres')).toEqual(['CREATE DATABASE x', '\\c x;', 'SELECT 1']);
  });

  it('emits a trailing statement without semicolon and skips empty ones', () => {
    expect(sqls(';;SELECT 1;;  SELECT 2\n', 'sqlite')).toEqual(['SELECT 1', 'SELECT 2']);
  });

  it('reports the starting line and accounts for every byte', () => {
    const script = '-- é\n\nSELECT 1;\nSELECT\n 2;\n';
    const statements = splitSqlScript(script, 'postgres');
    expect(statements.map((s) => s.line)).toEqual([3, 4]);
    expect(statements.reduce((sum, s) => sum + s.bytes, 0)).toBe(Buffer.byteLength(script) - 1);
  });

  it('rejects an unterminated string with its line', () => {
    expect(() => splitSqlScript("SELECT 1;\nSELECT 'oops;", 'mysql')).toThrow(BadInputError);
    expect(() => splitSqlScript("SELECT 1;\nSELECT 'oops;", 'mysql')).toThrow(/line 2/);
  });
});

describe('SqlStatementSplitter: chunk boundaries', () => {
  const scripts: Record<SqlDialect, string> = {
    mysql: [
      '/*!40101 SET NAMES utf8mb4 */;',
      "-- comment; with 'quote\n# hash; comment",
      "INSERT INTO `t``x` VALUES ('a\\';b', \"c\"\"d;\", 'é;'), ('--', '/*');",
      'DELIMITER $$',
      'CREATE PROCEDURE p() BEGIN SELECT 1; SELECT 2; END$$',
      'DELIMITER ;',
      'SELECT 1--1',
    ].join('\n'),
    postgres: [
      '/* outer /* inner; */ ; */ SELECT 1;',
      "CREATE FUNCTION f() RETURNS text AS $fn$ SELECT 'a;b'; $fn$ LANGUAGE sql;",
      "SELECT E'x\\';', 'y\\', $1, $$;$$;",
      '\\connect other',
      'SELECT "a"";" -- trailing ;',
    ].join('\n'),
    sqlite: [
      "INSERT INTO t VALUES ('a'';b', `c;`, \"d;\"); -- x;",
      'CREATE TRIGGER tr AFTER INSERT ON t BEGIN SELECT 1; SELECT 2; END;',
      '/* ; */ SELECT 3',
    ].join('\n'),
  };

  for (const [dialect, script] of Object.entries(scripts) as Array<[SqlDialect, string]>) {
    it(`${dialect}: gives the same statements wherever the script is cut`, () => {
      const whole = splitSqlScript(script, dialect);
      expect(whole.length).toBeGreaterThanOrEqual(3);
      for (let at = 0; at <= script.length; at++) {
        expect(splitAt(script, at, dialect), `cut at ${at}`).toEqual(whole);
      }
    });
  }

  it('splits a multi-MB INSERT fed in small chunks, keeping memory to the statement', async () => {
    const values = Array.from({ length: 60_000 }, (_, i) => `(${i}, 'row ${i}; it''s \\' here')`).join(',');
    const big = `INSERT INTO t VALUES ${values};\nSELECT 1;\n`;
    expect(big.length).toBeGreaterThan(2_000_000);
    const chunks = [];
    for (let i = 0; i < big.length; i += 4096) chunks.push(Buffer.from(big.slice(i, i + 4096)));
    const statements = [];
    for await (const s of statementsFromStream(Readable.from(chunks), 'mysql')) statements.push(s);
    expect(statements.map((s) => s.sql.length)).toEqual([big.indexOf(';\n'), 'SELECT 1'.length]);
    expect(statements[1]).toMatchObject({ sql: 'SELECT 1', line: 2 });
  });

  it('decodes UTF-8 characters cut between chunks', async () => {
    const bytes = Buffer.from("SELECT 'héllo 😀';");
    const chunks = Array.from(bytes).map((b) => Buffer.from([b]));
    const statements = [];
    for await (const s of statementsFromStream(Readable.from(chunks), 'postgres')) statements.push(s);
    expect(statements).toEqual([{ sql: "SELECT 'héllo 😀'", bytes: bytes.length, line: 1, offset: 0 }]);
  });

  it('splits the Chinook scripts into their statements', () => {
    const mysql = splitSqlScript(readFileSync('test/fixtures/chinook/Chinook_MySql.sql', 'utf8'), 'mysql');
    expect(mysql.slice(0, 3).map((s) => s.sql)).toEqual(['DROP DATABASE IF EXISTS `Chinook`', 'CREATE DATABASE `Chinook`', 'USE `Chinook`']);
    expect(mysql.filter((s) => s.sql.startsWith('CREATE TABLE'))).toHaveLength(11);
    const file = readFileSync('test/fixtures/chinook/Chinook_PostgreSql.sql');
    const postgres = splitSqlScript(file.toString('utf8'), 'postgres');
    expect(postgres[2]).toEqual({ sql: '\\c chinook;', bytes: expect.any(Number), line: 28, offset: file.indexOf('\\c chinook;') });
    // Offsets are bytes of the file: the statement text is found there.
    for (const statement of postgres.slice(0, 40)) expect(file.subarray(statement.offset, statement.offset + 10).toString('utf8')).toBe(statement.sql.slice(0, 10));
  });
});

describe('SqlStatementSplitter: COPY … FROM stdin blocks', () => {
  const script = 'SET x = 1;\nCOPY public.t (a, b) FROM stdin;\n1\tone\n2\t\\N\n\\.\n\nSELECT 2;\n';

  it('gives the rows after the statement as data, up to the \\. line', () => {
    const pieces = splitSqlScript(script, 'postgres');
    expect(pieces.map((p) => [p.sql, p.copyData, p.copyEnd])).toEqual([
      ['SET x = 1', undefined, undefined],
      ['COPY public.t (a, b) FROM stdin', undefined, undefined],
      ['', '1\tone\n2\t\\N\n', true],
      ['SELECT 2', undefined, undefined],
    ]);
    expect(pieces.reduce((sum, p) => sum + p.bytes, 0)).toBe(Buffer.byteLength(script.trimEnd()));
    expect(pieces[3]!.offset).toBe(script.indexOf('SELECT 2'));
    expect(pieces[3]!.line).toBe(7);
  });

  it('streams a block fed a few bytes at a time as whole lines, ending at the same place', async () => {
    const chunks = [];
    for (let i = 0; i < script.length; i += 3) chunks.push(Buffer.from(script.slice(i, i + 3)));
    const pieces = [];
    for await (const p of statementsFromStream(Readable.from(chunks), 'postgres')) pieces.push(p);
    const data = pieces.filter((p) => p.copyData !== undefined);
    expect(data.map((p) => p.copyData).join('')).toBe('1\tone\n2\t\\N\n');
    for (const p of data) expect(p.copyData === '' || p.copyData!.endsWith('\n')).toBe(true);
    expect(data.at(-1)!.copyEnd).toBe(true);
    expect(pieces.at(-1)!.sql).toBe('SELECT 2');
  });

  it('an empty block and a block ending the file without a newline', () => {
    const pieces = splitSqlScript('COPY t FROM stdin;\n\\.\nCOPY u FROM stdin;\n3\n\\.', 'postgres', { requireTerminator: true });
    expect(pieces.map((p) => p.copyData)).toEqual([undefined, '', undefined, '3\n', '']);
    expect(pieces.map((p) => p.copyEnd ?? false)).toEqual([false, true, false, false, true]);
  });

  it('a block cut before its \\. line is an error naming the COPY statement offset', () => {
    const cut = 'SELECT 1;\nCOPY t (a) FROM stdin;\n1\n2\n';
    expect(() => splitSqlScript(cut, 'postgres')).toThrow(new RegExp(`byte offset ${cut.indexOf('COPY')} \\(line 2: COPY t \\(a\\) FROM stdin: its rows do not end`));
  });
});
