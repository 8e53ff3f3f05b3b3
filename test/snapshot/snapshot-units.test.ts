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
  it('drops MariaDB database switches and keeps everything else', () => {
    const filter = createEscapeFilter(getEngine('mariadb').dialect);
    const statements = ['DROP DATABASE IF EXISTS `Chinook`', 'create schema x', '/* c */ USE `Chinook`', 'CREATE TABLE `Album` (a INT)', "INSERT INTO t VALUES ('USE x')", 'SELECT 1'];
    expect(statements.map(filter.transform)).toEqual([null, null, null, 'CREATE TABLE `Album` (a INT)', "INSERT INTO t VALUES ('USE x')", 'SELECT 1']);
    expect(filter.skipped).toEqual(['DROP DATABASE IF EXISTS `Chinook`', 'create schema x', 'USE `Chinook`']);
  });

  it('drops PostgreSQL CREATE/DROP DATABASE and \\connect, keeps CREATE SCHEMA', () => {
    const filter = createEscapeFilter(getEngine('postgres').dialect);
    expect(['\\c chinook;', '\\connect other', 'CREATE DATABASE chinook', 'CREATE SCHEMA app', 'DROP DATABASE x'].map(filter.transform)).toEqual([
      null,
      null,
      null,
      'CREATE SCHEMA app',
      null,
    ]);
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
