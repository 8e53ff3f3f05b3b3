/** The pure pieces of the snapshot code: the escape filter, the table order, literals, dump names. */
import { describe, expect, it } from 'vitest';
import { createEscapeFilter } from '../../harness/snapshot/escape-filter.ts';
import { compareDumpNames, dumpMemberName } from '../../harness/snapshot/member-names.ts';
import { getEngine } from '../../harness/engine/engine-registry.ts';
import { mysqlLiteral } from '../../harness/engine/mariadb/mariadb-literal.ts';
import { postgresLiteral } from '../../harness/engine/postgres/postgres-literal.ts';
import { orderByDependencies } from '../../harness/snapshot/table-order.ts';

const where = () => 'table t';

describe('escape filter', () => {
  const at = (offset: number) => ({ offset, line: offset + 1 });

  it('drops MariaDB database switches and keeps everything else', () => {
    const engine = getEngine('mariadb');
    const filter = createEscapeFilter(engine.dialect, engine.plainDump);
    const transform = filter.transformFor('chinook.sql');
    const statements = ['DROP DATABASE IF EXISTS `Chinook`', 'create schema Chinook', '/* c */ USE `Chinook`', 'CREATE TABLE `Album` (a INT)', "INSERT INTO t VALUES ('USE x')", 'SELECT 1'];
    expect(statements.map((s, i) => transform(s, at(i)))).toEqual([null, null, null, 'CREATE TABLE `Album` (a INT)', "INSERT INTO t VALUES ('USE x')", 'SELECT 1']);
    expect(filter.skipped.map((s) => [s.statement, s.offset])).toEqual([['DROP DATABASE IF EXISTS `Chinook`', 0], ['create schema Chinook', 1], ['USE `Chinook`', 2]]);
    expect(filter.database).toBe('Chinook');
  });

  it('drops PostgreSQL CREATE/DROP/ALTER DATABASE and \\connect, keeps CREATE SCHEMA', () => {
    const engine = getEngine('postgres');
    const filter = createEscapeFilter(engine.dialect, engine.plainDump);
    const transform = filter.transformFor('chinook.sql');
    const statements = ['DROP DATABASE x', 'CREATE DATABASE Chinook', 'ALTER DATABASE chinook OWNER TO postgres', '\\c chinook;', 'CREATE SCHEMA app'];
    expect(statements.map((s, i) => transform(s, at(i)))).toEqual([null, null, null, null, 'CREATE SCHEMA app']);
    expect(filter.database).toBe('chinook');
  });

  it("reads pg_dump --create's \\connect with a connection string", () => {
    const engine = getEngine('postgres');
    const filter = createEscapeFilter(engine.dialect, engine.plainDump);
    const transform = filter.transformFor('d.sql');
    expect(transform('CREATE DATABASE "Shop" WITH TEMPLATE = template0', at(0))).toBeNull();
    expect(transform(`\\connect -reuse-previous=on "dbname='Shop'"`, at(1))).toBeNull();
    expect(filter.database).toBe('Shop');
  });

  it('rejects a dump that switches to a second database, naming the statement and its offset', () => {
    const engine = getEngine('mariadb');
    const transform = createEscapeFilter(engine.dialect, engine.plainDump).transformFor('all.sql');
    expect(transform('CREATE DATABASE /*!32312 IF NOT EXISTS*/ `a`', at(10))).toBeNull();
    expect(transform('USE `a`', at(50))).toBeNull();
    expect(() => transform('CREATE DATABASE /*!32312 IF NOT EXISTS*/ `b`', at(900))).toThrow(/dump all\.sql: the statement at byte offset 900 .*names database b after a/);
    expect(() => transform('USE `a`', at(950))).toThrow(/byte offset 950 .*switches database a second time \(the first switch is at byte offset 50/);
  });

  it('rejects statements wrapped whole in an executable comment the same way', () => {
    const engine = getEngine('mariadb');
    const filter = createEscapeFilter(engine.dialect, engine.plainDump);
    const transform = filter.transformFor('x.sql');
    expect(transform('/*!50000 CREATE DATABASE other */', at(0))).toBeNull();
    expect(() => transform('/*!50000 USE elsewhere */', at(40))).toThrow(/names database elsewhere after other/);
  });

  it('rejects a pg_dumpall-style second \\connect', () => {
    const engine = getEngine('postgres');
    const transform = createEscapeFilter(engine.dialect, engine.plainDump).transformFor('all.sql');
    expect(transform('\\connect a', at(0))).toBeNull();
    expect(() => transform('\\connect b', at(300))).toThrow(/byte offset 300/);
  });
});

describe('table order', () => {
  it('puts referenced tables first, ignores self-references and appends cycles', () => {
    const fk = (table: string, referencedTable: string) => ({ name: `${table}_${referencedTable}`, table, referencedTable, columns: ['x'], referencedColumns: ['y'] });
    const order = orderByDependencies(
      ['Track', 'Album', 'Artist', 'Employee', 'A', 'B'],
      [fk('Track', 'Album'), fk('Album', 'Artist'), fk('Employee', 'Employee'), fk('A', 'B'), fk('B', 'A')],
    );
    expect(order).toEqual(['Artist', 'Employee', 'Album', 'Track', 'A', 'B']);
  });
});

describe('literals', () => {
  it('MariaDB: backslash escapes, hex binary, UTC dates, NULL', () => {
    expect(mysqlLiteral("a'b\\c\n\0\x1a", where)).toBe("'a\\'b\\\\c\\n\\0\\Z'");
    expect(mysqlLiteral(Buffer.from([0, 255]), where)).toBe("X'00ff'");
    expect(mysqlLiteral(new Date('2024-02-29T13:14:15.123Z'), where)).toBe("'2024-02-29 13:14:15.123'");
    expect(mysqlLiteral(null, where)).toBe('NULL');
    expect(mysqlLiteral(12345678901234567890n, where)).toBe('12345678901234567890');
    expect(mysqlLiteral(true, where)).toBe('1');
    expect(() => mysqlLiteral(Number.NaN, where)).toThrow(/table t: the number NaN/);
  });

  it('PostgreSQL: standard strings, bytea hex, special floats; NUL refused', () => {
    expect(postgresLiteral("a'b\\c", where)).toBe("'a''b\\c'");
    expect(postgresLiteral(Buffer.from([0, 255]), where)).toBe("'\\x00ff'::bytea");
    expect(postgresLiteral(Number.NEGATIVE_INFINITY, where)).toBe("'-Infinity'");
    expect(postgresLiteral(false, where)).toBe('FALSE');
    expect(() => postgresLiteral('a\0b', where)).toThrow(/NUL byte/);
    expect(() => postgresLiteral({ a: 1 } as never, where)).toThrow(/shape "object"/);
  });
});

describe('dump names', () => {
  it('numbers dumps and orders them numerically', () => {
    expect(dumpMemberName(3, 'Invoice Line', true)).toBe('dumps/03-Invoice_Line.sql.gz');
    expect(['dumps/100-z.sql', 'dumps/99-a.sql', 'dumps/02-b.sql'].sort(compareDumpNames)).toEqual(['dumps/02-b.sql', 'dumps/99-a.sql', 'dumps/100-z.sql']);
  });
});
