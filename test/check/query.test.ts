/**
 * query on every engine, source and target of the same engine: it passes on a sound copy and fails, with
 * unified diffs, on missing, extra and changed rows; it refuses to compare what it cannot compare (rows
 * not ordered by the key, duplicate keys). Result column names are as each engine reports them
 * (PostgreSQL folds unquoted names to lower case). The SQLite section covers SQLite's loose typing; the
 * MariaDB → PostgreSQL comparison is in cross-engine.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { query } from '../../harness/check/index.ts';
import { enginesAmong, ENGINES, type TestEngine } from '../support/test-databases.ts';
import { useCheckPair } from './check-pair.ts';

const RESET = `
  DROP TABLE IF EXISTS Artist;
  DROP TABLE IF EXISTS Track;
  CREATE TABLE Artist (ArtistId INTEGER PRIMARY KEY, Name VARCHAR(120));
  CREATE TABLE Track (TrackId INTEGER PRIMARY KEY, Name VARCHAR(200) NOT NULL, UnitPrice NUMERIC(10,2), Explicit INTEGER);
  INSERT INTO Artist VALUES (1, 'AC/DC'), (2, 'Accept'), (3, 'Aerosmith');
  INSERT INTO Track VALUES (1, 'For Those About To Rock', 0.99, 0), (2, 'Balls to the Wall', 0.99, 1), (3, 'Fast As a Shark', 1.99, 0);
`;
const TRACKS = 'SELECT TrackId, Name, UnitPrice, Explicit FROM Track ORDER BY TrackId';

/** What differs per engine in the outcomes: result column names and how a decimal is read. */
interface Expected {
  readonly trackId: string;
  readonly name: string;
  readonly unitPrice: string;
  readonly explicit: string;
  /** A decimal as the diff shows it. */
  readonly price: (text: string) => string;
}
const EXPECTED: Record<TestEngine, Expected> = {
  // DECIMAL and NUMERIC arrive as strings (no precision lost); SQLite's NUMERIC affinity stores a number.
  mariadb: { trackId: 'TrackId', name: 'Name', unitPrice: 'UnitPrice', explicit: 'Explicit', price: (text) => `"${text}"` },
  postgres: { trackId: 'trackid', name: 'name', unitPrice: 'unitprice', explicit: 'explicit', price: (text) => `"${text}"` },
  sqlite: { trackId: 'TrackId', name: 'Name', unitPrice: 'UnitPrice', explicit: 'Explicit', price: (text) => text },
};

for (const engine of ENGINES) {
  describe(`${engine}: query`, () => {
    const db = useCheckPair(engine, RESET);
    const expected = EXPECTED[engine];

    it('passes on a sound copy', async () => {
      const outcome = await query(TRACKS, { id: 'tracks' }).run(db.ctx());
      expect(outcome).toEqual({
        status: 'passed',
        summary: '3 rows match',
        examples: [],
        metrics: { sourceRows: 3, targetRows: 3, missing: 0, extra: 0, changed: 0 },
      });
    });

    it('reports a missing row, an extra row and a changed value with unified diffs', async () => {
      await db.target.runScript(`
        DELETE FROM Track WHERE TrackId = 2;
        UPDATE Track SET UnitPrice = 9.99 WHERE TrackId = 3;
        INSERT INTO Track VALUES (4, 'Restless and Wild', 0.99, 0);
      `);
      const outcome = await query(TRACKS).run(db.ctx());
      expect(outcome.status).toBe('failed');
      expect(outcome.metrics).toEqual({ sourceRows: 3, targetRows: 3, missing: 1, extra: 1, changed: 1 });
      expect(outcome.summary).toBe('3 rows differ: 1 only in source, 1 only in target, 1 changed (source 3 rows, target 3)');
      const { trackId, name } = expected;
      expect(outcome.examples.map((e) => e.subject)).toEqual([
        `row ${trackId}=2 only in source`,
        `row ${trackId}=3 changed (${expected.unitPrice})`,
        `row ${trackId}=4 only in target`,
      ]);
      expect(outcome.examples[1]?.detail).toBe(
        [
          '--- source',
          '+++ target',
          '@@ -1,4 +1,4 @@',
          ` ${trackId}: 3`,
          ` ${name}: "Fast As a Shark"`,
          `-${expected.unitPrice}: ${expected.price('1.99')}`,
          `+${expected.unitPrice}: ${expected.price('9.99')}`,
          ` ${expected.explicit}: 0`,
        ].join('\n'),
      );
      expect(outcome.examples[0]?.detail).toContain(`@@ -1,4 +0,0 @@\n-${trackId}: 2\n-${name}: "Balls to the Wall"`);
    });

    it('keeps at most maxExamples examples but counts everything', async () => {
      await db.target.execute("UPDATE Track SET Name = CONCAT(Name, '!')");
      const outcome = await query(TRACKS).run(db.ctx(2));
      expect(outcome.metrics?.changed).toBe(3);
      expect(outcome.examples).toHaveLength(2);
    });

    it('compares renamed columns once aliased, with different SQL per side', async () => {
      await db.target.runScript('ALTER TABLE Track RENAME COLUMN UnitPrice TO unit_price;');
      const unaliased = await query({
        source: 'SELECT TrackId, UnitPrice FROM Track ORDER BY TrackId',
        target: 'SELECT TrackId, unit_price FROM Track ORDER BY TrackId',
      }).run(db.ctx());
      expect(unaliased.summary).toBe(`3 rows match on the common columns; columns only in source: ${expected.unitPrice}; columns only in target: unit_price`);
      const outcome = await query({
        source: 'SELECT TrackId, UnitPrice FROM Track ORDER BY TrackId',
        target: 'SELECT trackid, unit_price AS unitprice FROM Track ORDER BY 1',
      }).run(db.ctx());
      expect(outcome.status).toBe('passed');
    });

    it('reports result columns present on one side only', async () => {
      const outcome = await query({
        source: 'SELECT TrackId, Name, UnitPrice FROM Track ORDER BY TrackId',
        target: 'SELECT TrackId, Name FROM Track ORDER BY TrackId',
      }).run(db.ctx());
      expect(outcome.status).toBe('failed');
      expect(outcome.summary).toBe(`3 rows match on the common columns; columns only in source: ${expected.unitPrice}`);
    });

    it('fails clearly, without false differences, when rows are not ordered by the key', async () => {
      const check = query({ source: TRACKS, target: 'SELECT TrackId, Name FROM Track ORDER BY Name' }, { key: ['TrackId'] });
      await expect(check.run(db.ctx())).rejects.toThrow(
        /check "query": the target rows are not ordered by the key \(TrackId\): TrackId=1 came after TrackId=3\. Both queries must ORDER BY the key columns/,
      );
    });

    it('fails clearly on a duplicate key', async () => {
      const check = query('SELECT Explicit, Name FROM Track ORDER BY Explicit', { key: ['explicit'] });
      await expect(check.run(db.ctx())).rejects.toThrow(/key explicit=0 appears twice in the source rows: the key must be unique/);
    });

    it('requires ORDER BY unless orderInsensitive, and compares unordered results as multisets', async () => {
      expect(() => query('SELECT Name FROM Artist')).toThrow(/the source SQL has no ORDER BY.*set orderInsensitive: true/);
      await db.target.execute("UPDATE Artist SET Name = 'Aerosmith ' WHERE ArtistId = 3");
      const check = query({ source: 'SELECT Name FROM Artist ORDER BY ArtistId', target: 'SELECT Name FROM Artist ORDER BY ArtistId DESC' }, { orderInsensitive: true });
      const outcome = await check.run(db.ctx());
      expect(outcome.metrics).toEqual({ sourceRows: 3, targetRows: 3, missing: 1, extra: 1, changed: 0 });
      expect(outcome.examples.map((e) => e.subject)).toEqual([
        `row (${expected.name}: "Aerosmith") only in source`,
        `row (${expected.name}: "Aerosmith ") only in target`,
      ]);
      const trimmed = query('SELECT Name FROM Artist', { orderInsensitive: true, normalize: { trimTrailingSpaces: true } });
      expect((await trimmed.run(db.ctx())).status).toBe('passed');
    });

    it('ignores trailing spaces only when asked', async () => {
      await db.target.execute("UPDATE Artist SET Name = CONCAT(Name, '   ')");
      const sql = 'SELECT ArtistId, Name FROM Artist ORDER BY ArtistId';
      expect((await query(sql).run(db.ctx())).metrics?.changed).toBe(3);
      expect((await query(sql, { normalize: { trimTrailingSpaces: true } }).run(db.ctx())).status).toBe('passed');
    });

    it('masks columns holding personal data in examples', async () => {
      await db.target.execute("UPDATE Artist SET Name = 'Someone Else' WHERE ArtistId = 1");
      const outcome = await query('SELECT ArtistId, Name FROM Artist ORDER BY ArtistId', { maskColumns: ['name'] }).run(db.ctx());
      expect(outcome.status).toBe('failed');
      const detail = outcome.examples[0]?.detail ?? '';
      expect(detail).not.toContain('AC/DC');
      expect(detail).not.toContain('Someone Else');
      expect(detail).toMatch(new RegExp(`-${expected.name}: <masked sha256:[0-9a-f]{10}>\\n\\+${expected.name}: <masked sha256:[0-9a-f]{10}>`));
    });
  });
}

/** SQLite stores whatever a column is given: a BLOB, and timestamps and decimals as text. */
const SQLITE_LOOSE = `
  DROP TABLE IF EXISTS Track;
  CREATE TABLE Track (TrackId INTEGER PRIMARY KEY, Name VARCHAR(200) NOT NULL, UnitPrice NUMERIC(10,2), Bytes BLOB, AddedAt TEXT, Explicit INTEGER);
  INSERT INTO Track VALUES
    (1, 'For Those About To Rock', '0.99', x'0102', '2024-01-02 10:00:00', 0),
    (2, 'Balls to the Wall', '0.99', NULL, '2024-01-02 10:00:01', 1),
    (3, 'Fast As a Shark', '1.99', x'ff', NULL, 0);
`;

for (const engine of enginesAmong(['sqlite'])) {
  describe(`${engine}: query over loosely typed columns`, () => {
    const db = useCheckPair(engine, SQLITE_LOOSE);
    const tracks = 'SELECT TrackId, Name, UnitPrice, Bytes, AddedAt, Explicit FROM Track ORDER BY TrackId';

    it('shows a changed value among binary, text-timestamp and NULL columns in the diff', async () => {
      await db.target.execute("UPDATE Track SET UnitPrice = '9.99' WHERE TrackId = 3");
      const outcome = await query(tracks).run(db.ctx());
      expect(outcome.examples[0]?.detail).toBe(
        [
          '--- source',
          '+++ target',
          '@@ -1,6 +1,6 @@',
          ' TrackId: 3',
          ' Name: "Fast As a Shark"',
          '-UnitPrice: 1.99',
          '+UnitPrice: 9.99',
          ' Bytes: 0xff',
          ' AddedAt: NULL',
          ' Explicit: 0',
        ].join('\n'),
      );
    });

    it('compares a TEXT timestamp with an ISO timestamp by instant, and a numeric string by value', async () => {
      await db.target.execute("UPDATE Track SET AddedAt = '2024-01-02T10:00:00.000Z', UnitPrice = '0.990' WHERE TrackId = 1");
      expect((await query(tracks).run(db.ctx())).status).toBe('passed');
      await db.target.execute("UPDATE Track SET AddedAt = '2024-01-02T10:00:00+01:00' WHERE TrackId = 1");
      expect((await query(tracks).run(db.ctx())).examples[0]?.subject).toBe('row TrackId=1 changed (AddedAt)');
    });
  });
}
