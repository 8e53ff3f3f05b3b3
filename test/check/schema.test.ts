/**
 * schema on every engine: it passes when the target has the tables, columns and types asked for, and
 * fails naming what is missing or wrongly typed. Types are as each engine's introspector reports them;
 * the MariaDB → PostgreSQL case is in cross-engine.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { schema } from '../../harness/check/index.ts';
import { ENGINES, type TestEngine } from '../support/test-databases.ts';
import { useCheckPair } from './check-pair.ts';

const RESET = `
  DROP TABLE IF EXISTS Artist;
  DROP TABLE IF EXISTS Track;
  CREATE TABLE Artist (ArtistId INTEGER PRIMARY KEY, Name VARCHAR(120));
  CREATE TABLE Track (TrackId INTEGER PRIMARY KEY, Name VARCHAR(200) NOT NULL, UnitPrice NUMERIC(10,2), Explicit INTEGER);
`;

/** How each engine's introspector reports the declared types. */
const TYPES: Record<TestEngine, { readonly unitPrice: RegExp; readonly name: string }> = {
  mariadb: { unitPrice: /^decimal\(10,2\)$/, name: 'varchar(200)' },
  postgres: { unitPrice: /^numeric/, name: 'character varying(200)' },
  sqlite: { unitPrice: /^numeric/, name: 'varchar(200)' },
};

for (const engine of ENGINES) {
  describe(`${engine}: schema`, () => {
    const db = useCheckPair(engine, RESET);
    const types = TYPES[engine];

    it('passes when the tables and columns exist, with matching types', async () => {
      const check = schema({ tables: { track: { columns: ['trackid', 'name'], types: { UnitPrice: types.unitPrice } }, Artist: ['ArtistId'] } });
      expect(await check.run(db.ctx())).toMatchObject({ status: 'passed', summary: '2 tables and 4 columns present' });
    });

    it('fails on a missing column, a missing table and a wrong type', async () => {
      await db.target.runScript('ALTER TABLE Track DROP COLUMN Explicit;');
      const check = schema({ tables: { Track: { columns: ['TrackId', 'Explicit'], types: { Name: 'text' } }, Album: ['AlbumId'] } });
      const outcome = await check.run(db.ctx());
      expect(outcome.status).toBe('failed');
      expect(outcome.summary).toBe('missing tables: Album; missing columns: Track.Explicit; wrong types: Track.Name');
      expect(outcome.metrics).toMatchObject({ missingTables: 1, missingColumns: 1, typeMismatches: 1 });
      expect(outcome.examples[0]?.detail).toMatch(new RegExp(`^missing columns: Explicit\\nwrong type: Name: ${escape(types.name)}, expected text\\ntarget columns: `));
    });
  });
}

describe('schema options', () => {
  it('rejects invalid options', () => {
    expect(() => schema({ tables: { Track: 'TrackId' as never } })).toThrow(/^check schema: tables\.Track: must be a list of columns.*, got "TrackId"$/);
  });
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
