/**
 * The account clauses the loader rewrites to the loading user, as mysqldump/mariadb-dump and pg_dump
 * write them: every form is replaced, the rest of the statement kept byte for byte, a clause that is not
 * in a statement's head (a routine's body, a string) left alone, and each rewrite listed with its offset.
 */
import { describe, expect, it } from 'vitest';
import { getEngine } from '../../harness/engine/engine-registry.ts';
import { createEscapeFilter } from '../../harness/snapshot/escape-filter.ts';
import { loadDetail } from '../../harness/run/load-phase.ts';

const mariadb = getEngine('mariadb').plainDump!;
const postgres = getEngine('postgres').plainDump!;

describe('MariaDB/MySQL DEFINER clauses', () => {
  it.each([
    [
      '/*!50001 CREATE ALGORITHM=UNDEFINED */\n/*!50013 DEFINER=`root`@`localhost` SQL SECURITY DEFINER */\n/*!50001 VIEW `v` AS select 1 AS `a` */',
      '/*!50001 CREATE ALGORITHM=UNDEFINED */\n/*!50013 DEFINER=CURRENT_USER SQL SECURITY DEFINER */\n/*!50001 VIEW `v` AS select 1 AS `a` */',
      'DEFINER=`root`@`localhost`',
    ],
    [
      '/*!50003 CREATE*/ /*!50017 DEFINER=`root`@`%`*/ /*!50003 TRIGGER `t` BEFORE INSERT ON `x` FOR EACH ROW SET NEW.a = 1 */',
      '/*!50003 CREATE*/ /*!50017 DEFINER=CURRENT_USER*/ /*!50003 TRIGGER `t` BEFORE INSERT ON `x` FOR EACH ROW SET NEW.a = 1 */',
      'DEFINER=`root`@`%`',
    ],
    ["CREATE DEFINER='app'@'10.0.%' PROCEDURE p() SELECT 1", 'CREATE DEFINER=CURRENT_USER PROCEDURE p() SELECT 1', "DEFINER='app'@'10.0.%'"],
    ['create or replace definer = root@localhost sql security invoker view v as select 1', 'create or replace DEFINER=CURRENT_USER sql security invoker view v as select 1', 'definer = root@localhost'],
    ['ALTER ALGORITHM=MERGE DEFINER="o\'k"@"h" VIEW v AS SELECT 1', 'ALTER ALGORITHM=MERGE DEFINER=CURRENT_USER VIEW v AS SELECT 1', 'DEFINER="o\'k"@"h"'],
    ['/*!50106 CREATE*/ /*!50117 DEFINER=`ro``ot`@`localhost`*/ /*!50106 EVENT e ON SCHEDULE EVERY 1 DAY DO SELECT 1 */', '/*!50106 CREATE*/ /*!50117 DEFINER=CURRENT_USER*/ /*!50106 EVENT e ON SCHEDULE EVERY 1 DAY DO SELECT 1 */', 'DEFINER=`ro``ot`@`localhost`'],
    ['CREATE DEFINER=app_role FUNCTION f() RETURNS INT RETURN 1', 'CREATE DEFINER=CURRENT_USER FUNCTION f() RETURNS INT RETURN 1', 'DEFINER=app_role'],
  ])('%s', (statement, expected, original) => {
    expect(mariadb.adoptAccount(statement)).toEqual({ statement: expected, original, replacement: 'DEFINER=CURRENT_USER' });
  });

  it.each([
    'CREATE DEFINER=CURRENT_USER PROCEDURE p() SELECT 1',
    'CREATE DEFINER=current_user() TRIGGER t BEFORE INSERT ON x FOR EACH ROW SET NEW.a = 1',
    'CREATE VIEW v AS SELECT 1',
    "INSERT INTO t VALUES ('CREATE DEFINER=`root`@`localhost` VIEW v')",
    // Inside a body, a clause is the body's business: it runs (and fails) only when the routine is called.
    'CREATE PROCEDURE p() BEGIN CREATE DEFINER=`root`@`localhost` VIEW w AS SELECT 1; END',
    "CREATE TABLE t (c VARCHAR(9) DEFAULT 'DEFINER=x')",
  ])('leaves alone: %s', (statement) => {
    expect(mariadb.adoptAccount(statement)).toBeUndefined();
  });
});

describe('PostgreSQL owners and session authorization', () => {
  it.each([
    ['ALTER TABLE public.album OWNER TO postgres', 'ALTER TABLE public.album OWNER TO CURRENT_USER', 'OWNER TO postgres'],
    ['ALTER FUNCTION public.f(integer) OWNER TO "Big Boss"', 'ALTER FUNCTION public.f(integer) OWNER TO CURRENT_USER', 'OWNER TO "Big Boss"'],
    ['alter large object 16403 owner to app;', 'alter large object 16403 OWNER TO CURRENT_USER;', 'owner to app'],
  ])('%s', (statement, expected, original) => {
    expect(postgres.adoptAccount(statement)).toEqual({ statement: expected, original, replacement: 'OWNER TO CURRENT_USER' });
  });

  it("SET SESSION AUTHORIZATION 'postgres' goes back to the loading user", () => {
    expect(postgres.adoptAccount("SET SESSION AUTHORIZATION 'postgres'")).toEqual({
      statement: 'SET SESSION AUTHORIZATION DEFAULT',
      original: "SESSION AUTHORIZATION 'postgres'",
      replacement: 'SESSION AUTHORIZATION DEFAULT',
    });
  });

  it.each([
    'ALTER TABLE t OWNER TO CURRENT_USER',
    'SET SESSION AUTHORIZATION DEFAULT',
    "ALTER TABLE t ALTER COLUMN c SET DEFAULT 'x OWNER TO y'",
    "COMMENT ON TABLE t IS 'ALTER TABLE t OWNER TO y'",
    'CREATE TABLE owner_to (a int)',
  ])('leaves alone: %s', (statement) => {
    expect(postgres.adoptAccount(statement)).toBeUndefined();
  });
});

describe('escape filter rewrites', () => {
  it('runs the rewritten statement and lists each rewrite with its dump and offset; the load detail says so', () => {
    const engine = getEngine('mariadb');
    const filter = createEscapeFilter(engine.dialect, engine.plainDump);
    const transform = filter.transformFor('shop.sql');
    const statements = ['CREATE TABLE t (a INT)', 'CREATE DEFINER=`root`@`localhost` PROCEDURE p() SELECT 1', 'USE `shop`', '/*!50003 CREATE*/ /*!50017 DEFINER=`root`@`localhost`*/ /*!50003 TRIGGER g BEFORE INSERT ON t FOR EACH ROW SET NEW.a = 1 */'];
    const ran = statements.map((s, i) => transform(s, { offset: i * 100, line: i + 1 }));
    expect(ran).toEqual(['CREATE TABLE t (a INT)', 'CREATE DEFINER=CURRENT_USER PROCEDURE p() SELECT 1', null, '/*!50003 CREATE*/ /*!50017 DEFINER=CURRENT_USER*/ /*!50003 TRIGGER g BEFORE INSERT ON t FOR EACH ROW SET NEW.a = 1 */']);
    expect(filter.rewritten.map((r) => [r.original, r.offset, r.line])).toEqual([['DEFINER=`root`@`localhost`', 100, 2], ['DEFINER=`root`@`localhost`', 300, 4]]);
    const detail = loadDetail({ statements: 3, rows: 0, bytes: 1, skipped: filter.skipped, rewritten: filter.rewritten, warnings: [], completeness: 'trailer' });
    expect(detail).toContain('2 statement(s) rewritten to run as the loading user');
    expect(detail).toContain('DEFINER=`root`@`localhost` → DEFINER=CURRENT_USER (shop.sql byte 100), DEFINER=`root`@`localhost` → DEFINER=CURRENT_USER (shop.sql byte 300)');
    expect(detail).toContain('1 statement(s) skipped');
  });
});
