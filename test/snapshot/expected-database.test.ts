/**
 * The database a dump expects, read from its first statements before any server starts, and the names
 * chosen from it: the dump's name unless the scenario sets one, never a name no provider may create.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { getEngine } from '../../harness/engine/engine-registry.ts';
import { rowCounts } from '../../harness/index.ts';
import { chooseDatabaseNames } from '../../harness/run/database-names.ts';
import { defineScenario, type SideConfig } from '../../harness/scenario/define-scenario.ts';
import { expectedDatabase, SCAN_STATEMENTS } from '../../harness/snapshot/expected-database.ts';
import { openSnapshot } from '../../harness/snapshot/snapshot-reader.ts';
import { makeTempDir } from '../support/temp-dir.ts';

const MYSQLDUMP_HEADER = [
  '-- MariaDB dump 10.19',
  '/*!40101 SET @OLD_CHARACTER_SET_CLIENT=@@CHARACTER_SET_CLIENT */;',
  '/*!40101 SET NAMES utf8mb4 */;',
  '--',
  '-- Current Database: `sakila`',
  '--',
  'CREATE DATABASE /*!32312 IF NOT EXISTS*/ `sakila` /*!40100 DEFAULT CHARACTER SET utf8mb4 */;',
  'USE `sakila`;',
  'CREATE TABLE film (film_id int);',
  '',
].join('\n');

const PG_DUMP_CREATE = [
  '--',
  '-- PostgreSQL database dump',
  '--',
  "SET statement_timeout = 0;",
  "SELECT pg_catalog.set_config('search_path', '', false);",
  "CREATE DATABASE \"Chinook\" WITH TEMPLATE = template0 ENCODING = 'UTF8';",
  'ALTER DATABASE "Chinook" OWNER TO postgres;',
  '\\connect "Chinook"',
  'CREATE TABLE public.album (album_id integer);',
  'COPY public.album (album_id) FROM stdin;',
  '1',
  '\\.',
  '',
].join('\n');

function file(name: string, content: string | Buffer): string {
  const path = join(makeTempDir('rehearse-expected-database-'), name);
  writeFileSync(path, content);
  return path;
}

async function expected(path: string, engine: 'mariadb' | 'postgres') {
  return expectedDatabase(await openSnapshot(path), engine === 'mariadb' ? 'mysql' : 'postgres', getEngine(engine).plainDump);
}

describe('the database a dump expects', () => {
  it('mysqldump --databases: the name of its CREATE DATABASE, with where it is', async () => {
    const found = await expected(file('sakila.sql', MYSQLDUMP_HEADER), 'mariadb');
    expect(found).toEqual({ name: 'sakila', dump: 'sakila.sql', offset: MYSQLDUMP_HEADER.indexOf('CREATE DATABASE') });
  });

  it('in a gzip dump too', async () => {
    expect((await expected(file('sakila.sql.gz', gzipSync(MYSQLDUMP_HEADER)), 'mariadb'))?.name).toBe('sakila');
  });

  it('pg_dump --create: the quoted name, case kept', async () => {
    expect((await expected(file('chinook.sql', PG_DUMP_CREATE), 'postgres'))?.name).toBe('Chinook');
  });

  it('a USE alone names it', async () => {
    expect((await expected(file('use.sql', 'SET NAMES utf8;\nUSE shop;\nCREATE TABLE t (id int);\n'), 'mariadb'))?.name).toBe('shop');
  });

  it('none when the dump names no database, or names one only past the statements read', async () => {
    expect(await expected(file('plain.sql', 'CREATE TABLE t (id int);\nINSERT INTO t VALUES (1);\n'), 'mariadb')).toBeUndefined();
    const late = `${'INSERT INTO t VALUES (1);\n'.repeat(SCAN_STATEMENTS)}USE late;\n`;
    expect(await expected(file('late.sql', late), 'mariadb')).toBeUndefined();
  });

  it('a damaged dump is left to the loader to report', async () => {
    expect(await expected(file('cut.sql', "INSERT INTO t VALUES ('never ended"), 'mariadb')).toBeUndefined();
  });
});

describe('the names chosen from it', () => {
  function scenario(source: Partial<SideConfig> = {}) {
    return defineScenario({ name: 'names', source: { engine: 'mariadb', ...source }, target: { engine: 'postgres' }, steps: [], checks: [rowCounts()] });
  }

  it("the dump's name for the source; the target keeps the default", async () => {
    const chosen = await chooseDatabaseNames(scenario(), await openSnapshot(file('sakila.sql', MYSQLDUMP_HEADER)));
    expect(chosen.names).toEqual({ source: 'sakila', target: undefined });
    expect(chosen.detail).toMatch(/^the dump expects database sakila \(sakila\.sql byte \d+\)$/);
  });

  it("the scenario's name wins", async () => {
    const chosen = await chooseDatabaseNames(scenario({ database: 'shop' }), await openSnapshot(file('sakila.sql', MYSQLDUMP_HEADER)));
    expect(chosen.names.source).toBe('shop');
    expect(chosen.expected).toBe('sakila');
  });

  it("a dump naming the server's own database gets the default name, never that one", async () => {
    const chosen = await chooseDatabaseNames(scenario(), await openSnapshot(file('grab.sql', 'USE mysql;\nCREATE TABLE t (id int);\n')));
    expect(chosen.names.source).toBeUndefined();
    expect(chosen.detail).toMatch(/the dump expects database mysql .*which is not created: its name is one of the server's own databases/);
  });

  it('no snapshot: only the scenario names count', async () => {
    expect((await chooseDatabaseNames(scenario({ database: 'shop' }), undefined)).names).toEqual({ source: 'shop', target: undefined });
  });
});
