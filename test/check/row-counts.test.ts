/**
 * rowCounts on every engine, source and target of the same engine: it passes on a sound copy and fails,
 * naming the table and both counts, on a broken one. Table names are as each engine stores them
 * (PostgreSQL folds unquoted names to lower case); the MariaDB → PostgreSQL comparison is in
 * cross-engine.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { rowCounts } from '../../harness/check/index.ts';
import { BadInputError } from '../../harness/errors.ts';
import { ENGINES, type TestEngine } from '../support/test-databases.ts';
import { useCheckPair } from './check-pair.ts';

const RESET = `
  DROP TABLE IF EXISTS audit_log;
  DROP TABLE IF EXISTS artists;
  DROP TABLE IF EXISTS t_tmp;
  DROP TABLE IF EXISTS Artist;
  DROP TABLE IF EXISTS Track;
  CREATE TABLE Artist (ArtistId INTEGER PRIMARY KEY, Name VARCHAR(120));
  CREATE TABLE Track (TrackId INTEGER PRIMARY KEY, Name VARCHAR(200) NOT NULL, UnitPrice NUMERIC(10,2));
  INSERT INTO Artist VALUES (1, 'AC/DC'), (2, 'Accept'), (3, 'Aerosmith');
  INSERT INTO Track VALUES (1, 'For Those About To Rock', 0.99), (2, 'Balls to the Wall', 0.99), (3, 'Fast As a Shark', 1.99);
`;

/** The tables' names as each engine lists them. */
const NAMES: Record<TestEngine, { readonly artist: string; readonly track: string }> = {
  mariadb: { artist: 'Artist', track: 'Track' },
  postgres: { artist: 'artist', track: 'track' },
  sqlite: { artist: 'Artist', track: 'Track' },
};

for (const engine of ENGINES) {
  describe(`${engine}: rowCounts`, () => {
    const db = useCheckPair(engine, RESET);
    const { artist, track } = NAMES[engine];

    it('passes on a sound copy', async () => {
      const outcome = await rowCounts().run(db.ctx());
      expect(outcome).toMatchObject({ status: 'passed', summary: '2 tables match (6 rows)' });
      expect(outcome.metrics).toEqual({ tables: 2, sourceRows: 6, targetRows: 6, mismatches: 0 });
    });

    it('fails on a missing row, naming the table and both counts', async () => {
      await db.target.execute('DELETE FROM Track WHERE TrackId = 2');
      const outcome = await rowCounts().run(db.ctx());
      expect(outcome.status).toBe('failed');
      expect(outcome.summary).toBe(`1 of 2 tables differ: ${track} (source 3, target 2)`);
      expect(outcome.examples).toEqual([{ subject: `table "${track}"`, detail: 'source 3 rows, target 2 rows (1 missing)' }]);
      expect(outcome.metrics).toMatchObject({ mismatches: 1, sourceRows: 6, targetRows: 5 });
    });

    it('accepts a declared difference: exact, computed, range or expectedDifferences', async () => {
      await db.target.execute('DELETE FROM Track WHERE TrackId = 2');
      for (const check of [
        rowCounts({ tables: { Track: { expected: 2 } } }),
        rowCounts({ tables: { Track: { expected: (n) => n - 1 } } }),
        rowCounts({ tables: { Track: { expected: { min: 1, max: 3 } } } }),
        rowCounts({ expectedDifferences: { track: -1 } }),
      ]) {
        expect((await check.run(db.ctx())).status).toBe('passed');
      }
      const wrong = await rowCounts({ tables: { Track: { expected: 3 } }, expectedDifferences: {} }).run(db.ctx());
      expect(wrong.examples[0]?.detail).toBe('source 3 rows, target 2 rows (1 missing), expected 3');
    });

    it('fails on a renamed but unmapped table, and passes once it is mapped', async () => {
      await db.target.execute('ALTER TABLE Artist RENAME TO artists');
      const unmapped = await rowCounts().run(db.ctx());
      expect(unmapped.status).toBe('failed');
      expect(unmapped.summary).toContain(`1 missing in target: ${artist}`);
      expect(unmapped.summary).toContain('in target only: artists');
      expect(unmapped.examples[0]?.subject).toBe(`table "${artist}"`);
      const mapped = await rowCounts({ tables: { Artist: 'artists' } }).run(db.ctx());
      expect(mapped).toMatchObject({ status: 'passed', summary: '2 tables match (6 rows)' });
    });

    it('matches names case-insensitively and lists dropped and extra tables without failing', async () => {
      await db.target.runScript('ALTER TABLE Track RENAME TO t_tmp; ALTER TABLE t_tmp RENAME TO track; CREATE TABLE audit_log (id INTEGER); DROP TABLE Artist;');
      const outcome = await rowCounts({ tables: { Artist: false } }).run(db.ctx());
      expect(outcome).toMatchObject({
        status: 'passed',
        summary: `1 tables match (3 rows); dropped on purpose: ${artist}; in target only: audit_log`,
      });
      const strict = await rowCounts({ tables: { Artist: false }, failOnExtraTables: true }).run(db.ctx());
      expect(strict.status).toBe('failed');
      expect(strict.examples).toContainEqual({ subject: 'table "audit_log"', detail: 'in target only: no source table maps to it (failOnExtraTables)' });
    });

    it('ignores tables by name or pattern', async () => {
      await db.target.execute('DELETE FROM Artist');
      expect((await rowCounts({ ignore: [/^art/i] }).run(db.ctx())).status).toBe('passed');
      expect((await rowCounts({ ignore: ['artist'] }).run(db.ctx())).status).toBe('passed');
    });

    it('errors when a mapping names no source table', async () => {
      await expect(rowCounts({ tables: { Albums: 'album' } }).run(db.ctx())).rejects.toThrow(
        `check rowCounts: "Albums" (in tables or expectedDifferences) is not a source table. Source tables: ${artist}, ${track}`,
      );
    });
  });
}

describe('rowCounts options', () => {
  it('rejects invalid options naming the check and the field', () => {
    expect(() => rowCounts({ tables: { Album: 3 as never } })).toThrow(BadInputError);
    expect(() => rowCounts({ tables: { Album: 3 as never } })).toThrow(
      /^check rowCounts: tables\.Album: must be a table name, false \(dropped on purpose\) or \{ table, expected \}.*, got 3$/,
    );
    expect(() => rowCounts({ id: 'counts', severity: 'fatal' as never })).toThrow('check counts: severity: must be "blocking" or "warning", got "fatal"');
  });
});
