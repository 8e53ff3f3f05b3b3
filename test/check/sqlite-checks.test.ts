/**
 * The generic checks against real SQLite databases (in-process, fast): each check passes on a sound copy
 * and fails, with useful examples, on a broken one.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { query, rowCounts, schema } from '../../harness/check/index.ts';
import type { Connection } from '../../harness/engine/engine.ts';
import { openConnection } from '../../harness/engine/open-connection.ts';
import { BadInputError } from '../../harness/errors.ts';
import { checkContext } from './check-context.ts';

const SCHEMA = `
  CREATE TABLE Artist (ArtistId INTEGER PRIMARY KEY, Name VARCHAR(120));
  CREATE TABLE Track (TrackId INTEGER PRIMARY KEY, Name VARCHAR(200) NOT NULL, UnitPrice NUMERIC(10,2), Bytes BLOB, AddedAt TEXT, Explicit INTEGER);
  INSERT INTO Artist VALUES (1, 'AC/DC'), (2, 'Accept'), (3, 'Aerosmith');
  INSERT INTO Track VALUES
    (1, 'For Those About To Rock', '0.99', x'0102', '2024-01-02 10:00:00', 0),
    (2, 'Balls to the Wall', '0.99', NULL, '2024-01-02 10:00:01', 1),
    (3, 'Fast As a Shark', '1.99', x'ff', NULL, 0);
`;

let dir: string;
let source: Connection;
let target: Connection;
let n = 0;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'rehearse-check-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});
beforeEach(async () => {
  n++;
  source = await openConnection(`sqlite://${join(dir, `source-${n}.db`)}`);
  target = await openConnection(`sqlite://${join(dir, `target-${n}.db`)}`);
  await source.runScript(SCHEMA);
  await target.runScript(SCHEMA);
});
afterEach(async () => {
  await source.close();
  await target.close();
});

const ctx = (max = 5) => checkContext(source, target, max);

describe('sqlite: rowCounts', () => {
  it('passes on a sound copy', async () => {
    const outcome = await rowCounts().run(ctx());
    expect(outcome).toMatchObject({ status: 'passed', summary: '2 tables match (6 rows)' });
    expect(outcome.metrics).toEqual({ tables: 2, sourceRows: 6, targetRows: 6, mismatches: 0 });
  });

  it('fails on a missing row, naming the table and both counts', async () => {
    await target.execute('DELETE FROM Track WHERE TrackId = 2');
    const outcome = await rowCounts().run(ctx());
    expect(outcome.status).toBe('failed');
    expect(outcome.summary).toBe('1 of 2 tables differ: Track (source 3, target 2)');
    expect(outcome.examples).toEqual([{ subject: 'table "Track"', detail: 'source 3 rows, target 2 rows (1 missing)' }]);
    expect(outcome.metrics).toMatchObject({ mismatches: 1, sourceRows: 6, targetRows: 5 });
  });

  it('accepts a declared difference: exact, computed, range or expectedDifferences', async () => {
    await target.execute('DELETE FROM Track WHERE TrackId = 2');
    for (const check of [
      rowCounts({ tables: { Track: { expected: 2 } } }),
      rowCounts({ tables: { Track: { expected: (n) => n - 1 } } }),
      rowCounts({ tables: { Track: { expected: { min: 1, max: 3 } } } }),
      rowCounts({ expectedDifferences: { track: -1 } }),
    ]) {
      expect((await check.run(ctx())).status).toBe('passed');
    }
    const wrong = await rowCounts({ tables: { Track: { expected: 3 } }, expectedDifferences: {} }).run(ctx());
    expect(wrong.examples[0]?.detail).toBe('source 3 rows, target 2 rows (1 missing), expected 3');
  });

  it('fails on a renamed but unmapped table, and passes once it is mapped', async () => {
    await target.execute('ALTER TABLE Artist RENAME TO artists');
    const unmapped = await rowCounts().run(ctx());
    expect(unmapped.status).toBe('failed');
    expect(unmapped.summary).toContain('1 missing in target: Artist');
    expect(unmapped.summary).toContain('in target only: artists');
    expect(unmapped.examples[0]?.subject).toBe('table "Artist"');
    const mapped = await rowCounts({ tables: { Artist: 'artists' } }).run(ctx());
    expect(mapped).toMatchObject({ status: 'passed', summary: '2 tables match (6 rows)' });
  });

  it('matches names case-insensitively and lists dropped and extra tables without failing', async () => {
    await target.runScript('ALTER TABLE Track RENAME TO t_tmp; ALTER TABLE t_tmp RENAME TO track; CREATE TABLE audit_log (id INTEGER); DROP TABLE Artist;');
    const outcome = await rowCounts({ tables: { Artist: false } }).run(ctx());
    expect(outcome).toMatchObject({
      status: 'passed',
      summary: '1 tables match (3 rows); dropped on purpose: Artist; in target only: audit_log',
    });
    const strict = await rowCounts({ tables: { Artist: false }, failOnExtraTables: true }).run(ctx());
    expect(strict.status).toBe('failed');
    expect(strict.examples).toContainEqual({ subject: 'table "audit_log"', detail: 'in target only: no source table maps to it (failOnExtraTables)' });
  });

  it('ignores tables by name or pattern', async () => {
    await target.execute('DELETE FROM Artist');
    expect((await rowCounts({ ignore: [/^art/i] }).run(ctx())).status).toBe('passed');
    expect((await rowCounts({ ignore: ['artist'] }).run(ctx())).status).toBe('passed');
  });

  it('rejects invalid options naming the check and the field', () => {
    expect(() => rowCounts({ tables: { Album: 3 as never } })).toThrow(BadInputError);
    expect(() => rowCounts({ tables: { Album: 3 as never } })).toThrow(
      /^check rowCounts: tables\.Album: must be a table name, false \(dropped on purpose\) or \{ table, expected \}.*, got 3$/,
    );
    expect(() => rowCounts({ id: 'counts', severity: 'fatal' as never })).toThrow('check counts: severity: must be "blocking" or "warning", got "fatal"');
  });

  it('errors when a mapping names no source table', async () => {
    await expect(rowCounts({ tables: { Albums: 'album' } }).run(ctx())).rejects.toThrow(
      'check rowCounts: "Albums" (in tables or expectedDifferences) is not a source table. Source tables: Artist, Track',
    );
  });
});

describe('sqlite: query', () => {
  const tracks = 'SELECT TrackId, Name, UnitPrice, Bytes, AddedAt, Explicit FROM Track ORDER BY TrackId';

  it('passes on a sound copy', async () => {
    const outcome = await query(tracks, { id: 'tracks' }).run(ctx());
    expect(outcome).toEqual({
      status: 'passed',
      summary: '3 rows match',
      examples: [],
      metrics: { sourceRows: 3, targetRows: 3, missing: 0, extra: 0, changed: 0 },
    });
  });

  it('reports a missing row, an extra row and a changed value with unified diffs', async () => {
    await target.runScript(`
      DELETE FROM Track WHERE TrackId = 2;
      UPDATE Track SET UnitPrice = '9.99' WHERE TrackId = 3;
      INSERT INTO Track VALUES (4, 'Restless and Wild', '0.99', NULL, NULL, 0);
    `);
    const outcome = await query(tracks).run(ctx());
    expect(outcome.status).toBe('failed');
    expect(outcome.metrics).toEqual({ sourceRows: 3, targetRows: 3, missing: 1, extra: 1, changed: 1 });
    expect(outcome.summary).toBe('3 rows differ: 1 only in source, 1 only in target, 1 changed (source 3 rows, target 3)');
    expect(outcome.examples.map((e) => e.subject)).toEqual([
      'row TrackId=2 only in source',
      'row TrackId=3 changed (UnitPrice)',
      'row TrackId=4 only in target',
    ]);
    expect(outcome.examples[1]?.detail).toBe(
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
    expect(outcome.examples[0]?.detail).toContain('@@ -1,6 +0,0 @@\n-TrackId: 2\n-Name: "Balls to the Wall"');
  });

  it('keeps at most maxExamples examples but counts everything', async () => {
    await target.execute("UPDATE Track SET Name = Name || '!'");
    const outcome = await query(tracks).run(ctx(2));
    expect(outcome.metrics?.changed).toBe(3);
    expect(outcome.examples).toHaveLength(2);
  });

  it('compares renamed columns once aliased, with different SQL per side', async () => {
    await target.runScript('ALTER TABLE Track RENAME COLUMN UnitPrice TO unit_price;');
    const unaliased = await query({
      source: 'SELECT TrackId, UnitPrice FROM Track ORDER BY TrackId',
      target: 'SELECT TrackId, unit_price FROM Track ORDER BY TrackId',
    }).run(ctx());
    expect(unaliased.summary).toBe('3 rows match on the common columns; columns only in source: UnitPrice; columns only in target: unit_price');
    const outcome = await query({
      source: 'SELECT TrackId, UnitPrice FROM Track ORDER BY TrackId',
      target: 'SELECT trackid, unit_price AS unitprice FROM Track ORDER BY 1',
    }).run(ctx());
    expect(outcome.status).toBe('passed');
  });

  it('reports result columns present on one side only', async () => {
    const outcome = await query({
      source: 'SELECT TrackId, Name, UnitPrice FROM Track ORDER BY TrackId',
      target: 'SELECT TrackId, Name FROM Track ORDER BY TrackId',
    }).run(ctx());
    expect(outcome.status).toBe('failed');
    expect(outcome.summary).toBe('3 rows match on the common columns; columns only in source: UnitPrice');
  });

  it('fails clearly, without false differences, when rows are not ordered by the key', async () => {
    const check = query({ source: tracks, target: 'SELECT TrackId, Name FROM Track ORDER BY Name' }, { key: ['TrackId'] });
    await expect(check.run(ctx())).rejects.toThrow(
      /check "query": the target rows are not ordered by the key \(TrackId\): TrackId=1 came after TrackId=3\. Both queries must ORDER BY the key columns/,
    );
  });

  it('fails clearly on a duplicate key', async () => {
    const check = query('SELECT Explicit, Name FROM Track ORDER BY Explicit', { key: ['explicit'] });
    await expect(check.run(ctx())).rejects.toThrow(/key explicit=0 appears twice in the source rows: the key must be unique/);
  });

  it('requires ORDER BY unless orderInsensitive, and compares unordered results as multisets', async () => {
    expect(() => query('SELECT Name FROM Artist')).toThrow(/the source SQL has no ORDER BY.*set orderInsensitive: true/);
    await target.execute("UPDATE Artist SET Name = 'Aerosmith ' WHERE ArtistId = 3");
    const check = query({ source: 'SELECT Name FROM Artist ORDER BY ArtistId', target: 'SELECT Name FROM Artist ORDER BY ArtistId DESC' }, { orderInsensitive: true });
    const outcome = await check.run(ctx());
    expect(outcome.metrics).toEqual({ sourceRows: 3, targetRows: 3, missing: 1, extra: 1, changed: 0 });
    expect(outcome.examples.map((e) => e.subject)).toEqual(['row (Name: "Aerosmith") only in source', 'row (Name: "Aerosmith ") only in target']);
    const trimmed = query('SELECT Name FROM Artist', { orderInsensitive: true, normalize: { trimTrailingSpaces: true } });
    expect((await trimmed.run(ctx())).status).toBe('passed');
  });

  it('ignores trailing spaces only when asked', async () => {
    await target.execute("UPDATE Artist SET Name = Name || '   '");
    const sql = 'SELECT ArtistId, Name FROM Artist ORDER BY ArtistId';
    expect((await query(sql).run(ctx())).metrics?.changed).toBe(3);
    expect((await query(sql, { normalize: { trimTrailingSpaces: true } }).run(ctx())).status).toBe('passed');
  });

  it('masks columns holding personal data in examples', async () => {
    await target.execute("UPDATE Artist SET Name = 'Someone Else' WHERE ArtistId = 1");
    const outcome = await query('SELECT ArtistId, Name FROM Artist ORDER BY ArtistId', { maskColumns: ['name'] }).run(ctx());
    expect(outcome.status).toBe('failed');
    const detail = outcome.examples[0]?.detail ?? '';
    expect(detail).not.toContain('AC/DC');
    expect(detail).not.toContain('Someone Else');
    expect(detail).toMatch(/-Name: <masked sha256:[0-9a-f]{10}>\n\+Name: <masked sha256:[0-9a-f]{10}>/);
  });

  it('compares a TEXT timestamp with an ISO timestamp by instant, and a numeric string by value', async () => {
    await target.execute("UPDATE Track SET AddedAt = '2024-01-02T10:00:00.000Z', UnitPrice = '0.990' WHERE TrackId = 1");
    expect((await query(tracks).run(ctx())).status).toBe('passed');
    await target.execute("UPDATE Track SET AddedAt = '2024-01-02T10:00:00+01:00' WHERE TrackId = 1");
    expect((await query(tracks).run(ctx())).examples[0]?.subject).toBe('row TrackId=1 changed (AddedAt)');
  });
});

describe('sqlite: schema', () => {
  it('passes when the tables and columns exist, with matching types', async () => {
    const check = schema({ tables: { track: { columns: ['trackid', 'name'], types: { UnitPrice: /^numeric/ } }, Artist: ['ArtistId'] } });
    expect(await check.run(ctx())).toMatchObject({ status: 'passed', summary: '2 tables and 4 columns present' });
  });

  it('fails on a missing column, a missing table and a wrong type', async () => {
    await target.runScript('ALTER TABLE Track DROP COLUMN Explicit;');
    const check = schema({ tables: { Track: { columns: ['TrackId', 'Explicit'], types: { Name: 'text' } }, Album: ['AlbumId'] } });
    const outcome = await check.run(ctx());
    expect(outcome.status).toBe('failed');
    expect(outcome.summary).toBe('missing tables: Album; missing columns: Track.Explicit; wrong types: Track.Name');
    expect(outcome.metrics).toMatchObject({ missingTables: 1, missingColumns: 1, typeMismatches: 1 });
    expect(outcome.examples[0]?.detail).toMatch(/^missing columns: Explicit\nwrong type: Name: varchar\(200\), expected text\ntarget columns: /);
  });

  it('rejects invalid options', () => {
    expect(() => schema({ tables: { Track: 'TrackId' as never } })).toThrow(/^check schema: tables\.Track: must be a list of columns.*, got "TrackId"$/);
  });
});
