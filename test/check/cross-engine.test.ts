/**
 * The generic checks across engines, MariaDB as source and PostgreSQL as target, the way a real
 * migration looks: names change case, DECIMAL(10,3) becomes NUMERIC(10,2), TINYINT(1) becomes BOOLEAN,
 * BLOB becomes BYTEA. Sound data must pass despite the different representations; broken data must fail.
 */
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { contents } from '../../harness/check/contents/contents-check.ts';
import { bucketSums } from '../../harness/check/contents/hash-buckets.ts';
import { query, rowCounts, schema } from '../../harness/check/index.ts';
import type { Connection } from '../../harness/engine/engine.ts';
import { makeTempDir } from '../support/temp-dir.ts';
import { startTestDatabase, type TestDatabase } from '../support/test-databases.ts';
import { checkContext } from './check-context.ts';

const MARIADB = `
  DROP TABLE IF EXISTS Track;
  CREATE TABLE Track (
    TrackId INT PRIMARY KEY, Name VARCHAR(200) NOT NULL, UnitPrice DECIMAL(10,3), AddedAt DATETIME,
    Explicit TINYINT(1), Bytes BLOB
  ) DEFAULT CHARSET=utf8mb4;
  INSERT INTO Track VALUES
    (1, 'a-side', 0.990, '2024-01-02 10:00:00', 0, X'0102'),
    (2, 'B-side', 1.990, '2024-01-02 10:00:01', 1, NULL),
    (3, 'b-side', 1.000, NULL, 0, X'FF');
`;
const POSTGRES = `
  DROP TABLE IF EXISTS track;
  CREATE TABLE track (
    trackid integer PRIMARY KEY, name varchar(200) NOT NULL, unitprice numeric(10,2), addedat timestamp,
    explicit boolean, bytes bytea
  );
  INSERT INTO track VALUES
    (1, 'a-side', 0.99, '2024-01-02 10:00:00', false, '\\x0102'),
    (2, 'B-side', 1.99, '2024-01-02 10:00:01', true, NULL),
    (3, 'b-side', 1, NULL, false, '\\xff');
`;
const TRACKS = 'SELECT TrackId, Name, UnitPrice, AddedAt, Explicit, Bytes FROM Track ORDER BY TrackId';
const tracks = { source: TRACKS, target: TRACKS.replace('FROM Track', 'FROM track') };

let mariadb: TestDatabase;
let postgres: TestDatabase;
let source: Connection;
let target: Connection;

beforeAll(async () => {
  [mariadb, postgres] = await Promise.all([startTestDatabase('mariadb'), startTestDatabase('postgres')]);
  [source, target] = await Promise.all([mariadb.connect(), postgres.connect()]);
});
afterAll(async () => {
  await Promise.allSettled([source?.close(), target?.close()]);
  await Promise.allSettled([mariadb?.stop(), postgres?.stop()]);
});
beforeEach(async () => {
  await source.runScript(MARIADB);
  await target.runScript(POSTGRES);
});

const ctx = () => checkContext(source, target);

describe('mariadb → postgres: values', () => {
  it('DECIMAL "0.990" equals NUMERIC "0.99", DATETIME equals timestamp, TINYINT(1) equals boolean, BLOB equals bytea', async () => {
    const [mariaRow] = await source.query(TRACKS);
    const [pgRow] = await target.query(tracks.target);
    // The representations really differ: the check compares values, not shapes.
    expect(mariaRow?.UnitPrice).toBe('0.990');
    expect(pgRow?.unitprice).toBe('0.99');
    expect(mariaRow?.Explicit).toBe(0);
    expect(pgRow?.explicit).toBe(false);
    expect(await query(tracks).run(ctx())).toMatchObject({ status: 'passed', summary: '3 rows match' });
  });

  it('a DATETIME equals the same instant read as text on PostgreSQL', async () => {
    const outcome = await query({
      source: 'SELECT TrackId, AddedAt FROM Track ORDER BY TrackId',
      target: 'SELECT trackid, CAST(addedat AS text) AS addedat FROM track ORDER BY trackid',
    }).run(ctx());
    expect(outcome.status).toBe('passed');
  });

  it('fails on a changed value and a missing row, with a diff', async () => {
    await target.runScript("UPDATE track SET unitprice = 1.09 WHERE trackid = 1; DELETE FROM track WHERE trackid = 3;");
    const outcome = await query(tracks).run(ctx());
    expect(outcome.status).toBe('failed');
    expect(outcome.metrics).toEqual({ sourceRows: 3, targetRows: 2, missing: 1, extra: 0, changed: 1 });
    expect(outcome.examples[0]).toEqual({
      subject: 'row TrackId=1 changed (UnitPrice)',
      detail: [
        '--- source',
        '+++ target',
        '@@ -1,6 +1,6 @@',
        ' TrackId: 1',
        ' Name: "a-side"',
        '-UnitPrice: "0.990"',
        '+UnitPrice: "1.09"',
        ' AddedAt: 2024-01-02T10:00:00.000Z',
        ' Explicit: 0',
        ' Bytes: 0x0102',
      ].join('\n'),
    });
    expect(outcome.examples[1]?.subject).toBe('row TrackId=3 only in source');
  });

  it('detects text keys sorted with a case-insensitive collation instead of comparing wrongly', async () => {
    const byName = query({ source: 'SELECT Name, UnitPrice FROM Track ORDER BY Name', target: 'SELECT name, unitprice FROM track ORDER BY name COLLATE "C"' });
    await expect(byName.run(ctx())).rejects.toThrow(/the source rows are not ordered by the key \(Name\)/);
    const binary = query({
      source: 'SELECT Name, UnitPrice FROM Track ORDER BY Name COLLATE utf8mb4_bin',
      target: 'SELECT name, unitprice FROM track ORDER BY name COLLATE "C"',
    });
    expect((await binary.run(ctx())).status).toBe('passed');
  });
});

describe('mariadb → postgres: streaming merge', () => {
  it('merges 20,000 rows keyed by BIGINT (read as strings on both sides) and finds the one difference', async () => {
    const sourceSql = 'SELECT CAST(seq AS SIGNED) AS id, seq * 2 AS doubled FROM seq_1_to_20000 ORDER BY id';
    const targetSql = 'SELECT g::bigint AS id, CASE WHEN g = 12345 THEN 0 ELSE g * 2 END AS doubled FROM generate_series(1, 20000) g ORDER BY id';
    const [first] = await source.query(`${sourceSql} LIMIT 1`);
    expect(typeof first?.id).toBe('string');
    const outcome = await query({ source: sourceSql, target: targetSql }, { key: ['id'] }).run(ctx());
    expect(outcome.metrics).toEqual({ sourceRows: 20000, targetRows: 20000, missing: 0, extra: 0, changed: 1 });
    expect(outcome.examples.map((e) => e.subject)).toEqual(['row id="12345" changed (doubled)']);
  });
});

describe('mariadb → postgres: row counts and schema', () => {
  it('rowCounts matches Track with track and fails on a missing row', async () => {
    expect(await rowCounts().run(ctx())).toMatchObject({ status: 'passed', summary: '1 tables match (3 rows)' });
    await target.execute('DELETE FROM track WHERE trackid = 2');
    const outcome = await rowCounts().run(ctx());
    expect(outcome.examples).toEqual([{ subject: 'table "Track"', detail: 'source 3 rows, target 2 rows (1 missing)' }]);
  });

  it('schema passes on the target columns and types, and fails on a missing column', async () => {
    const ok = await schema({ tables: { Track: { columns: ['TrackId', 'Name'], types: { UnitPrice: /^numeric/, Explicit: 'boolean' } } } }).run(ctx());
    expect(ok.status).toBe('passed');
    await target.execute('ALTER TABLE track DROP COLUMN explicit');
    const broken = await schema({ tables: { Track: ['TrackId', 'Explicit'] } }).run(ctx());
    expect(broken).toMatchObject({ status: 'failed', summary: 'missing columns: Track.Explicit' });
  });
});

describe('mariadb → postgres: contents by hash buckets of a composite key', () => {
  const rows = (count: number) => Array.from({ length: count }, (_, i) => `('genre ${i % 23}', ${i}, ${(i % 500) / 100})`).join(', ');
  beforeEach(async () => {
    await source.runScript(`DROP TABLE IF EXISTS Sale; CREATE TABLE Sale (Genre VARCHAR(40) NOT NULL, Seq INT NOT NULL, Price DECIMAL(10,3), PRIMARY KEY (Genre, Seq)); INSERT INTO Sale VALUES ${rows(3000)};`);
    await target.runScript(`DROP TABLE IF EXISTS sale; CREATE TABLE sale (genre varchar(40) NOT NULL, seq integer NOT NULL, price numeric(10,2), PRIMARY KEY (genre, seq)); INSERT INTO sale VALUES ${rows(3000)};`);
  });

  it('puts every row in the same bucket on both engines, so that equal buckets have equal sums', async () => {
    const side = async (connection: Connection, table: string) => {
      const c = connection.dialect.canonical;
      const columns = await connection.introspector.listColumns(table);
      return { connection, table, texts: columns.map((column) => c.text(connection.dialect.quoteIdentifier(column.name), c.classify(column), column)!) };
    };
    const [a, b] = await Promise.all([bucketSums(await side(source, 'Sale'), 2, { modulus: 64n }), bucketSums(await side(target, 'sale'), 2, { modulus: 64n })]);
    expect(a.size).toBe(64);
    expect([...b.entries()].sort()).toEqual([...a.entries()].sort());
  });

  it('finds one changed price among 3000 rows through the buckets', async () => {
    await target.runScript("UPDATE sale SET price = 9.99 WHERE genre = 'genre 5' AND seq = 1615;");
    const outcome = await contents({ segmentRows: 100, ignore: [/^(?!sale$)/i] }).run(checkContext(source, target, { workdir: join(makeTempDir('rehearse-buckets-'), 'work') }));
    expect(outcome.status).toBe('failed');
    expect(outcome.summary).toContain('Sale: 1 modified (first: Genre="genre 5", Seq="1615": Price)');
    expect(outcome.metrics).toMatchObject({ modified: 1, identical: 2999, checksums: 2, segmentsRead: 1 });
  });
});

describe('mariadb → postgres: float columns compared by streaming, with a declared tolerance', () => {
  beforeEach(async () => {
    await source.runScript('DROP TABLE IF EXISTS Measure; CREATE TABLE Measure (Id INT PRIMARY KEY, Weight FLOAT, Label VARCHAR(10)); INSERT INTO Measure VALUES (1, 0.1, \'a\'), (2, 1.5, \'b\'), (3, 3.3, \'c\');');
    // A copy that widened FLOAT to double precision bit for bit: 0.1f is 0.100000001490116 as a double.
    await target.runScript("DROP TABLE IF EXISTS measure; CREATE TABLE measure (id integer PRIMARY KEY, weight double precision, label varchar(10)); INSERT INTO measure VALUES (1, 0.100000001490116, 'a'), (2, 1.5, 'b'), (3, 3.29999995231628, 'c');");
  });
  const run = (options: Parameters<typeof contents>[0]) => contents({ ignore: [/^(?!measure$)/i], ...options }).run(checkContext(source, target, { workdir: join(makeTempDir('rehearse-floats-'), 'work') }));

  it('fails on widened floats without a tolerance, passes with one, and still fails on a real change', async () => {
    const exact = await run({});
    expect(exact.status).toBe('failed');
    expect(exact.summary).toContain('Measure: 2 differing in streamed columns');
    expect(exact.summary).toContain('Measure: Weight compared by streaming');
    expect((await run({ floatTolerance: 1e-6 })).status).toBe('passed');
    expect((await run({ tables: { Measure: { tolerance: { Weight: 1e-6 } } } })).status).toBe('passed');
    await target.runScript('UPDATE measure SET weight = 3.31 WHERE id = 3;');
    const changed = await run({ floatTolerance: 1e-6 });
    expect(changed.status).toBe('failed');
    expect(changed.summary).toContain('Measure: 1 differing in streamed columns');
  });

  it('refuses a tolerance on a column compared exactly', async () => {
    await expect(run({ tables: { Measure: { tolerance: { Label: 0.1 } } } })).rejects.toThrow(/tables\.Measure\.tolerance\.Label: only float columns/);
    expect(() => contents({ floatTolerance: 2 })).toThrow(/floatTolerance/);
  });
});
