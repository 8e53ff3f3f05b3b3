/**
 * The canonical text of every value class, on real MariaDB, PostgreSQL and SQLite: values stored in each
 * engine's natural column types must read back as the expected text (canonical-text-cases.ts), and the
 * row hash must be the same number on every engine — checked against MD5 computed here, so equal on all.
 * Then the encoding properties the checksum relies on: length prefixes, NULL markers, sums that neither
 * cancel duplicates nor overflow.
 */
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CanonicalText } from '../../harness/engine/canonical-text.ts';
import type { Connection } from '../../harness/engine/engine.ts';
import { CANONICAL_GROUPS, STREAMED_COLUMNS, type CanonicalCase } from './canonical-text-cases.ts';
import { ENGINES, startTestDatabase, type TestDatabase, type TestEngine } from '../support/test-databases.ts';

/** A session left in another time zone before sessionSetup(), to show that the setup makes reads UTC. */
const FOREIGN_ZONE: Record<TestEngine, readonly string[]> = {
  mariadb: ["SET time_zone = '+05:00'"],
  postgres: ["SET TIME ZONE 'Asia/Kolkata'", "SET DateStyle = 'SQL, DMY'"],
  sqlite: [],
};

/** The canonical field as the contract defines it, and its 60-bit MD5, computed here. */
function expectedField(text: string | null): string {
  return text === null ? '~' : `${[...text].length}:${text}`;
}
function md5of60Bits(text: string): bigint {
  return BigInt(`0x${createHash('md5').update(text, 'utf8').digest('hex').slice(0, 15)}`);
}

function literalFor(testCase: CanonicalCase, engine: TestEngine): string | undefined {
  return typeof testCase.literal === 'string' ? testCase.literal : testCase.literal[engine];
}

const tableName = (group: number, column: number): string => `canon_${group}_${column}`;

describe.each(ENGINES)('%s: canonical text', (engine) => {
  let database: TestDatabase;
  let connection: Connection;
  let canonical: CanonicalText;
  const q = (name: string): string => connection.dialect.quoteIdentifier(name);

  beforeAll(async () => {
    database = await startTestDatabase(engine);
    connection = await database.connect();
    canonical = connection.dialect.canonical;
    for (const statement of FOREIGN_ZONE[engine]) await connection.execute(statement);
    for (const [g, group] of CANONICAL_GROUPS.entries()) {
      for (const statement of group.setup?.[engine] ?? []) await connection.execute(statement);
      for (const [c, column] of group.columns[engine].entries()) {
        await connection.execute(`CREATE TABLE ${q(tableName(g, c))} (id integer PRIMARY KEY, v ${column.type})`);
        for (const [i, testCase] of group.cases.entries()) {
          const literal = literalFor(testCase, engine);
          if (literal !== undefined) await connection.execute(`INSERT INTO ${q(tableName(g, c))} (id, v) VALUES (${i}, ${literal})`);
        }
      }
    }
    for (const statement of canonical.sessionSetup()) await connection.execute(statement);
  }, 180_000);

  afterAll(async () => {
    await connection?.close();
    await database?.stop();
  });

  const groupsHere = CANONICAL_GROUPS.map((group, g) => ({ group, g })).filter(({ group }) => group.columns[engine].length > 0);

  describe.each(groupsHere)('$group.title', ({ group, g }) => {
    it.each(group.columns[engine].map((column, c) => ({ column, c })))('$column.type', async ({ column, c }) => {
      const [info] = (await connection.introspector.listColumns(tableName(g, c))).filter((col) => col.name === 'v');
      if (!info) throw new Error(`column v of ${tableName(g, c)} not found`);
      expect(canonical.classify(info)).toBe(column.classified ?? group.class);
      const text = canonical.text(q('v'), group.class, info);
      if (text === undefined) throw new Error(`no canonical text for ${column.type} as ${group.class}`);
      const field = canonical.field(text);
      const rows = await connection.query(`SELECT id, ${text} AS text, ${field} AS field, ${canonical.hash(field)} AS hash FROM ${q(tableName(g, c))} ORDER BY id`);
      const expected = group.cases.flatMap((testCase, id) => {
        if (literalFor(testCase, engine) === undefined) return [];
        const wanted = expectedField(testCase.expected);
        return [{ id, text: testCase.expected, field: wanted, hash: md5of60Bits(wanted) }];
      });
      const actual = rows.map((row) => ({ id: Number(row.id), text: row.text, field: row.field, hash: BigInt(String(row.hash)) }));
      expect(actual).toEqual(expected);
    });
  });

  it.each(STREAMED_COLUMNS.flatMap(({ class: valueClass, columns }) => columns[engine].map((type) => ({ valueClass, type }))))(
    'has no SQL canonical text for $type read as $valueClass: compared by streaming',
    ({ valueClass, type }) => {
      expect(canonical.text(q('v'), valueClass, { name: 'v', type, nullable: true })).toBeUndefined();
    },
  );

  // MariaDB's CONCAT gives NULL past max_allowed_packet (16 MiB here): the sum says so (-1), never a number.
  it.runIf(engine === 'mariadb')('marks a sum untrusted when a row text is too long to build', async () => {
    await connection.execute('CREATE TABLE oversized (id integer PRIMARY KEY, a longtext, b longtext)');
    await connection.execute("INSERT INTO oversized VALUES (1, REPEAT('a', 9000000), REPEAT('b', 9000000)), (2, 'a', 'b')");
    const column = { name: 'a', type: 'longtext', nullable: true };
    const row = canonical.concat(['a', 'b'].map((name) => canonical.field(canonical.text(q(name), 'text', { ...column, name }) ?? 'missing')));
    const [all] = await connection.query(`SELECT ${canonical.sum(canonical.hash(row))} AS total FROM oversized`);
    const [small] = await connection.query(`SELECT ${canonical.sum(canonical.hash(row))} AS total FROM oversized WHERE id = 2`);
    expect(String(all?.total)).toBe('-1');
    expect(String(small?.total)).toBe(md5of60Bits('1:a1:b').toString());
  });

  describe('row encoding', () => {
    const literalText: Record<TestEngine, (text: string) => string> = {
      mariadb: (text) => `_utf8mb4'${text}'`,
      postgres: (text) => `'${text}'::text`,
      sqlite: (text) => `'${text}'`,
    };
    const hashOfRow = async (texts: readonly string[]): Promise<string> => {
      const row = canonical.concat(texts.map((text) => canonical.field(literalText[engine](text))));
      const [result] = await connection.query(`SELECT ${canonical.hash(row)} AS hash`);
      return String(result?.hash);
    };

    it('tells "12"+"3" from "1"+"23" (length-prefixed fields)', async () => {
      expect(await hashOfRow(['12', '3'])).not.toBe(await hashOfRow(['1', '23']));
      expect(await hashOfRow(['12', '3'])).toBe(md5of60Bits('2:121:3').toString());
    });

    it("tells NULL from 'NULL' and from ''", async () => {
      await connection.execute(`CREATE TABLE ${q('nulls')} (id integer PRIMARY KEY, s varchar(10))`);
      await connection.execute(`INSERT INTO ${q('nulls')} (id, s) VALUES (1, NULL), (2, 'NULL'), (3, '')`);
      const field = canonical.field(canonical.text(q('s'), 'text', { name: 's', type: 'varchar(10)', nullable: true }) ?? 'missing');
      const rows = await connection.query(`SELECT ${field} AS field, ${canonical.hash(field)} AS hash FROM ${q('nulls')} ORDER BY id`);
      expect(rows.map((row) => row.field)).toEqual(['~', '4:NULL', '0:']);
      expect(new Set(rows.map((row) => String(row.hash))).size).toBe(3);
    });

    it('sums hashes exactly: duplicate rows add up instead of cancelling, past 2^63 without overflow', async () => {
      await connection.execute(`CREATE TABLE ${q('sums')} (id integer PRIMARY KEY, s varchar(10))`);
      const values = Array.from({ length: 40 }, (_, i) => (i < 2 ? 'same' : `v${i}`));
      await connection.execute(`INSERT INTO ${q('sums')} (id, s) VALUES ${values.map((v, i) => `(${i}, '${v}')`).join(', ')}`);
      const field = canonical.field(canonical.text(q('s'), 'text', { name: 's', type: 'varchar(10)', nullable: true }) ?? 'missing');
      const [all] = await connection.query(`SELECT ${canonical.sum(canonical.hash(field))} AS total FROM ${q('sums')}`);
      const expected = values.reduce((total, v) => total + md5of60Bits(expectedField(v)), 0n);
      expect(expected > 2n ** 63n).toBe(true);
      expect(String(all?.total)).toBe(expected.toString());
      const [duplicates] = await connection.query(`SELECT ${canonical.sum(canonical.hash(field))} AS total FROM ${q('sums')} WHERE id < 2`);
      expect(String(duplicates?.total)).toBe((2n * md5of60Bits('4:same')).toString());
      const [none] = await connection.query(`SELECT ${canonical.sum(canonical.hash(field))} AS total FROM ${q('sums')} WHERE id < 0`);
      expect(String(none?.total)).toBe('0');
    });
  });
});
