/**
 * The every-table contents check on every engine, source and target of the same engine: identical tables pass in one
 * checksum per side; every kind of difference fails naming the table, the key and the column; the
 * declarations (renamed/dropped/added columns, normalisers, expected rows) explain differences and
 * nothing else; summing row hashes catches duplicate pairs that XOR would cancel; field lengths keep
 * "12"+"3" apart from "1"+"23" and NULL apart from 'NULL' and ''. Names in outcomes are as each engine
 * stores them (PostgreSQL folds unquoted names to lower case).
 */
import { mkdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import type { CheckContext } from '../../harness/check/check.ts';
import { split } from '../../harness/check/contents/bisect.ts';
import { contents } from '../../harness/check/contents/contents-check.ts';
import type { Connection } from '../../harness/engine/engine.ts';
import { BadInputError } from '../../harness/errors.ts';
import { makeTempDir } from '../support/temp-dir.ts';
import { ENGINES, type TestEngine } from '../support/test-databases.ts';
import { checkContext } from './check-context.ts';
import { useFreshPairs } from './fresh-pairs.ts';

/** A name as the engine stores it when written unquoted. */
const STORED_NAME: Record<TestEngine, (name: string) => string> = {
  mariadb: (name) => name,
  postgres: (name) => name.toLowerCase(),
  sqlite: (name) => name,
};

const text = (outcome: { examples: readonly { subject: string; detail: string }[] }) => outcome.examples.map((e) => `${e.subject}\n${e.detail}`).join('\n');

describe('split', () => {
  it('cuts a key range into at most 16 contiguous parts covering it exactly', () => {
    for (const [from, to] of [[0n, 1n], [1n, 17n], [-5n, 1000n], [0n, 2n ** 63n]] as const) {
      const parts = split({ from, to });
      expect(parts.length).toBeLessThanOrEqual(16);
      expect(parts[0]!.from).toBe(from);
      expect(parts.at(-1)!.to).toBe(to);
      for (let i = 1; i < parts.length; i++) expect(parts[i]!.from).toBe(parts[i - 1]!.to);
      for (const part of parts) expect(part.to > part.from).toBe(true);
    }
  });
});

for (const engine of ENGINES) {
  describe(`${engine}: contents`, () => {
    const fresh = useFreshPairs(engine);
    const n = STORED_NAME[engine];
    let source: Connection;
    let target: Connection;
    let context: CheckContext;

    beforeEach(async () => {
      ({ source, target } = await fresh.pair('', ''));
      const workdir = join(makeTempDir('rehearse-contents-'), 'work');
      mkdirSync(workdir);
      context = checkContext(source, target, { maxExamples: 10, workdir });
    });

    /** Both sides get `schema`; then each side its own statements. */
    async function load(schema: string, sourceSql: string, targetSql: string): Promise<void> {
      await source.runScript(schema + sourceSql);
      await target.runScript(schema + targetSql);
    }

    const TRACKS = 'CREATE TABLE Track (TrackId INTEGER PRIMARY KEY, Name TEXT NOT NULL, Composer TEXT, Price NUMERIC(10,2));';
    const rows = (count: number, change?: (id: number) => string | undefined) =>
      `INSERT INTO Track VALUES ${Array.from({ length: count }, (_, i) => {
        const id = i + 1;
        return `(${id}, '${change?.(id) ?? `Track ${id}`}', ${id % 7 === 0 ? 'NULL' : `'Composer ${id % 13}'`}, ${(id % 300) / 100})`;
      }).join(', ')};`;

    it('passes identical tables with one checksum per side', async () => {
      await load(TRACKS, rows(3000), rows(3000));
      const outcome = await contents().run(context);
      expect(outcome.status).toBe('passed');
      expect(outcome.summary).toBe('1 tables, 3000 rows identical');
      expect(outcome.metrics).toMatchObject({ sourceRows: 3000, targetRows: 3000, checksums: 1, segmentsRead: 0 });
    });

    it('finds one changed value among 5000 rows by bisecting the key range, reading one small segment', async () => {
      await load(TRACKS, rows(5000), rows(5000, (id) => (id === 3217 ? 'Track 3217 (live)' : undefined)));
      const outcome = await contents({ segmentRows: 100 }).run(context);
      expect(outcome.status).toBe('failed');
      expect(outcome.summary).toMatch(new RegExp(`^1 of 1 tables differ: ${n('Track')}: 1 modified \\(first: ${n('TrackId')}="3217": ${n('Name')}\\)`));
      expect(text(outcome)).toContain(
        `table "${n('Track')}" ${n('TrackId')}="3217" modified (${n('Name')})\n--- source\n+++ target\n@@ -1,1 +1,1 @@\n-${n('Name')}: "Track 3217"\n+${n('Name')}: "Track 3217 (live)"`,
      );
      expect(outcome.metrics).toMatchObject({ modified: 1, identical: 4999, segmentsRead: 1 });
      const keys = (await readFile(join(context.workdir, '..', `contents-${n('Track')}.jsonl`), 'utf8')).trim().split('\n');
      expect(keys.map((k) => JSON.parse(k) as unknown)).toEqual([{ table: n('Track'), key: { [n('TrackId')]: '3217' }, change: 'modified', columns: [n('Name')], explained: false }]);
    });

    it('reports rows lost, rows added and a value set to NULL, each by key', async () => {
      await load(TRACKS, rows(50), `${rows(50, (id) => (id === 10 ? 'x' : undefined))} DELETE FROM Track WHERE TrackId = 20; INSERT INTO Track VALUES (51, 'New', NULL, 1); UPDATE Track SET Composer = NULL WHERE TrackId = 30;`);
      const outcome = await contents().run(context);
      expect(outcome.status).toBe('failed');
      expect(outcome.metrics).toMatchObject({ modified: 2, removed: 1, added: 1, identical: 47 });
      const shown = text(outcome);
      expect(shown).toContain(`${n('TrackId')}="20" only in source`);
      expect(shown).toContain(`${n('TrackId')}="51" only in target`);
      const composer = n('Composer');
      expect(shown).toMatch(new RegExp(`${n('TrackId')}="30" modified \\(${composer}\\)\\n[^]*-${composer}: "Composer 4"\\n\\+${composer}: NULL`));
    });

    it('compares several differing tables at the same time on one connection per side', async () => {
      const schema = `${TRACKS} CREATE TABLE Tag (name TEXT, n INTEGER); CREATE TABLE Pair (a VARCHAR(20), b VARCHAR(20), PRIMARY KEY (a, b));`;
      const tags = (last: string) => `INSERT INTO Tag VALUES ('rock', 1), ('jazz', 2), ('${last}', 3); INSERT INTO Pair VALUES ('x', 'y'), ('${last}', 'z');`;
      await load(schema, rows(2000) + tags('pop'), rows(2000, (id) => (id === 1999 ? 'changed' : undefined)) + tags('folk'));
      const outcome = await contents({ concurrency: 3, segmentRows: 50 }).run(context);
      expect(outcome.status).toBe('failed');
      expect(outcome.summary).toMatch(/^3 of 3 tables differ/);
      expect(outcome.metrics).toMatchObject({ modified: 1, removed: 2, added: 2 });
    });

    it('keeps "12"+"3" apart from "1"+"23", and NULL apart from the text NULL and the empty string', async () => {
      const schema = 'CREATE TABLE Pair (id INTEGER PRIMARY KEY, a TEXT, b TEXT);';
      await load(schema, "INSERT INTO Pair VALUES (1, '12', '3'), (2, NULL, 'x'), (3, '', 'y');", "INSERT INTO Pair VALUES (1, '1', '23'), (2, 'NULL', 'x'), (3, NULL, 'y');");
      const outcome = await contents().run(context);
      expect(outcome.status).toBe('failed');
      expect(outcome.metrics).toMatchObject({ modified: 3 });
    });

    it('compares a table without a key as a multiset: two equal rows do not cancel out as with XOR', async () => {
      const schema = 'CREATE TABLE Log (message TEXT, level INTEGER);';
      await load(schema, "INSERT INTO Log VALUES ('a', 1), ('a', 1), ('b', 2);", "INSERT INTO Log VALUES ('c', 3), ('c', 3), ('b', 2);");
      const outcome = await contents().run(context);
      expect(outcome.status).toBe('failed');
      expect(outcome.metrics).toMatchObject({ removed: 2, added: 2 });
      expect(text(outcome)).toContain(`table "${n('Log')}" row (no key) message="a", level="1" only in source ×2`);
    });

    it('passes a keyless table whose rows are the same in another order', async () => {
      const schema = 'CREATE TABLE Log (message TEXT, level INTEGER);';
      await load(schema, "INSERT INTO Log VALUES ('a', 1), ('a', 1), ('b', 2);", "INSERT INTO Log VALUES ('b', 2), ('a', 1), ('a', 1);");
      expect((await contents().run(context)).status).toBe('passed');
    });

    const PAIRS = 'CREATE TABLE PlaylistTrack (PlaylistId INTEGER NOT NULL, TrackName VARCHAR(40) NOT NULL, Position INTEGER, PRIMARY KEY (PlaylistId, TrackName));';
    const pairs = (count: number, change?: (i: number) => string | undefined) =>
      `INSERT INTO PlaylistTrack VALUES ${Array.from({ length: count }, (_, i) => change?.(i) ?? `(${i % 17}, 'track ${i}', ${i})`).join(', ')};`;

    it('finds one changed row among 6000 by hash buckets of a composite key, reading a small batch only', async () => {
      await load(PAIRS, pairs(6000), pairs(6000, (i) => (i === 4321 ? `(${i % 17}, 'track ${i}', -1)` : undefined)));
      const outcome = await contents({ segmentRows: 100 }).run(context);
      expect(outcome.status).toBe('failed');
      expect(outcome.summary).toContain(`${n('PlaylistTrack')}: 1 modified (first: ${n('PlaylistId')}="3", ${n('TrackName')}="track 4321": ${n('Position')})`);
      // One whole-table checksum, one grouped level, one read of the differing bucket's few rows.
      expect(outcome.metrics).toMatchObject({ modified: 1, identical: 5999, checksums: 2, segmentsRead: 1 });
    });

    it('splits a crowded bucket at the next level and still reads only its rows', async () => {
      await load(PAIRS, pairs(6000), pairs(6000, (i) => (i === 17 ? `(0, 'track 17 (live)', 17)` : undefined)));
      // segmentRows 1 leaves no first-level bucket small enough: each differing one is split again.
      const outcome = await contents({ segmentRows: 1 }).run(context);
      expect(outcome.status).toBe('failed');
      expect(outcome.metrics).toMatchObject({ removed: 1, added: 1, identical: 5999 });
      expect(Number(outcome.metrics?.checksums)).toBeGreaterThanOrEqual(3);
      expect(text(outcome)).toContain(`${n('TrackName')}="track 17 (live)" only in target`);
    });

    it('finds rows lost and duplicated in a large keyless table by buckets of whole-row hashes', async () => {
      const schema = 'CREATE TABLE Log (message TEXT, level INTEGER);';
      const logs = (count: number, extra = '') => `INSERT INTO Log VALUES ${Array.from({ length: count }, (_, i) => `('event ${i % 2500}', ${i % 3})`).join(', ')}${extra};`;
      await load(schema, logs(5000), `${logs(5000, ", ('event 7', 1)")} DELETE FROM Log WHERE message = 'event 99';`);
      const outcome = await contents({ segmentRows: 50 }).run(context);
      expect(outcome.status).toBe('failed');
      // 'event 99' was twice in the source (rows 99 and 2599, levels 0 and 1); 'event 7' level 1 once more.
      expect(outcome.metrics).toMatchObject({ removed: 2, added: 1 });
      expect(text(outcome)).toContain(`table "${n('Log')}" row (no key) message="event 7", level="1" only in target`);
      expect(Number(outcome.metrics?.segmentsRead)).toBe(1);
    });

    it('explains renamed, dropped and added columns, a normaliser and declared rows, and nothing else', async () => {
      const sourceSchema = "CREATE TABLE Customer (id INTEGER PRIMARY KEY, City TEXT, Fax TEXT, Email TEXT); INSERT INTO Customer VALUES (1, 'Edinburgh ', '1', 'a@x'), (2, 'Paris', NULL, 'b@x'), (3, 'Oslo', NULL, 'c@x');";
      await source.runScript(sourceSchema);
      await target.runScript(
        "CREATE TABLE customer (id INTEGER PRIMARY KEY, city TEXT, mail TEXT, vip INTEGER); INSERT INTO customer VALUES (1, 'Edinburgh', 'a@x', 0), (2, 'Paris', 'b@x', 0), (3, 'Oslo', 'changed@x', 0);",
      );
      const declared = { table: 'customer', columns: { Fax: false as const, Email: 'mail' }, added: { vip: false }, normalize: { City: 'rtrim' as const } };
      const partly = await contents({ tables: { Customer: declared } }).run(context);
      expect(partly.status).toBe('failed');
      expect(partly.summary).toContain(`${n('Customer')}: 1 modified (first: id="3": ${n('Email')})`);
      // Email is personal data: shown as a digest.
      expect(text(partly)).toMatch(new RegExp(`-${n('Email')}: <masked sha256:[0-9a-f]{10}>`));
      const explained = await contents({ tables: { Customer: { ...declared, expect: { modified: [3] } } } }).run(context);
      expect(explained.status).toBe('passed');
      expect(explained.summary).toMatch(/3 rows identical|2 rows identical, 1 declared differences explained/);
      expect(explained.summary).toContain(`${n('Customer')}.${n('Fax')} dropped on purpose`);
    });

    it('still counts the rows of a table whose every column is dropped on purpose', async () => {
      await load('CREATE TABLE Member (a INTEGER, b INTEGER);', 'INSERT INTO Member VALUES (1, 2), (3, 4);', 'INSERT INTO Member VALUES (5, 6), (7, 8), (9, 10);');
      const outcome = await contents({ tables: { Member: { columns: { a: false, b: false } } } }).run(context);
      expect(outcome.status).toBe('failed');
      expect(outcome.metrics).toMatchObject({ sourceRows: 2, targetRows: 3, added: 1, identical: 2 });
      expect(outcome.summary).toContain(`${n('Member')}: no column compared, rows counted only`);
    });

    it('fails on an added column whose target values are not the declared default', async () => {
      await source.runScript("CREATE TABLE t (id INTEGER PRIMARY KEY, v TEXT); INSERT INTO t VALUES (1, 'a'), (2, 'b');");
      await target.runScript("CREATE TABLE t (id INTEGER PRIMARY KEY, v TEXT, flag INTEGER); INSERT INTO t VALUES (1, 'a', 0), (2, 'b', 1);");
      const outcome = await contents({ tables: { t: { added: { flag: false } } } }).run(context);
      expect(outcome.status).toBe('failed');
      expect(outcome.summary).toMatch(/t: 1 modified \(first: id="2": flag\)/);
    });

    it('fails on a target-only column nothing declares, and passes once it is declared by source SQL or as unchecked', async () => {
      await source.runScript("CREATE TABLE t (id INTEGER PRIMARY KEY, v TEXT, secret TEXT); INSERT INTO t VALUES (1, 'a', 's1'), (2, 'b', 's2');");
      await target.runScript(
        "CREATE TABLE t (id INTEGER PRIMARY KEY, v TEXT, secret TEXT, shout TEXT, stamp TEXT); INSERT INTO t VALUES (1, 'a', 'x', 'A', 'now'), (2, 'b', 'y', 'B', 'then');",
      );
      const undeclared = await contents({ tables: { t: { columns: { secret: false } } } }).run(context);
      expect(undeclared.status).toBe('failed');
      // secret is dropped on purpose on the source: its namesake on the target is not compared either.
      expect(undeclared.examples.map((e) => e.subject).sort()).toEqual(['column "t.shout"', 'column "t.stamp"']);
      expect(text(undeclared)).toContain('only in target table "t"');
      const declared = { secret: false as const };
      const wrong = await contents({ tables: { t: { columns: declared, added: { shout: { source: 'LOWER($row.v)' }, stamp: { unchecked: 'set by the import clock' } } } } }).run(context);
      expect(wrong.status).toBe('failed');
      expect(wrong.summary).toMatch(/t: 2 modified \(first: id="1": shout\)/);
      const sound = await contents({ tables: { t: { columns: declared, added: { shout: { source: 'UPPER($row.V)' }, stamp: { unchecked: 'set by the import clock' } } } } }).run(context);
      expect(sound.status).toBe('passed');
      expect(sound.summary).toContain('t.stamp not compared: set by the import clock');
      await expect(contents({ tables: { t: { added: { shout: { source: 'UPPER($row.nope)' } } } } }).run(context)).rejects.toThrow(
        /^check contents: tables\.t\.added\.shout\.source: \$row\.nope is not a column of the source table/,
      );
      await expect(contents({ tables: { t: { added: { v: 'a' } } } }).run(context)).rejects.toThrow(/^check contents: tables\.t\.added\.v: "v" is not target-only/);
      // A source column declared false frees its name for a value derived from the source row.
      const replaced = await contents({ tables: { t: { columns: { secret: false, v: false }, added: { v: { source: 'LOWER($row.v)' }, shout: { source: 'UPPER($row.v)' }, stamp: { unchecked: 'clock' } } } } }).run(context);
      expect(replaced.status).toBe('passed');
      expect(() => contents({ tables: { t: { added: { shout: { sql: 'x' } as never } } } })).toThrow(/tables\.t\.added\.shout\.sql is not a field of tables\.t\.added\.shout; valid fields: source, unchecked/);
    });

    it('fails on a target-only table holding rows unless declared in addedTables, and only names an empty one', async () => {
      await source.runScript("CREATE TABLE a (id INTEGER PRIMARY KEY); INSERT INTO a VALUES (1);");
      await target.runScript('CREATE TABLE a (id INTEGER PRIMARY KEY); CREATE TABLE extra (id INTEGER PRIMARY KEY); CREATE TABLE blank (id INTEGER); INSERT INTO a VALUES (1); INSERT INTO extra VALUES (7);');
      const undeclared = await contents().run(context);
      expect(undeclared.status).toBe('failed');
      expect(undeclared.examples.map((e) => e.subject)).toEqual(['table "extra"']);
      expect(undeclared.summary).toContain('target-only tables, empty: blank');
      const declared = await contents({ addedTables: { EXTRA: 'filled by the migration' } }).run(context);
      expect(declared.status).toBe('passed');
      expect(declared.summary).toContain('target-only table extra not compared: filled by the migration');
      // A source table dropped on purpose leaves its namesake on the target uncompared, whatever it holds.
      await source.runScript('CREATE TABLE gone (id INTEGER);');
      await target.runScript('CREATE TABLE gone (id INTEGER); INSERT INTO gone VALUES (5);');
      const dropped = await contents({ tables: { gone: false }, addedTables: { extra: 'filled by the migration' } }).run(context);
      expect(dropped.status).toBe('passed');
      await expect(contents({ addedTables: { a: 'x' } }).run(context)).rejects.toThrow(/^check contents: addedTables\.a is not a target-only table/);
      await expect(contents({ addedTables: { nope: 'x' } }).run(context)).rejects.toThrow(/^check contents: addedTables\.nope is not a target-only table$/);
    });

    it('fails naming a source column or table missing in the target unless it is declared dropped', async () => {
      await source.runScript("CREATE TABLE a (id INTEGER PRIMARY KEY, gone TEXT); CREATE TABLE b (id INTEGER PRIMARY KEY); INSERT INTO a VALUES (1, 'x');");
      await target.runScript('CREATE TABLE a (id INTEGER PRIMARY KEY); INSERT INTO a VALUES (1);');
      const outcome = await contents().run(context);
      expect(outcome.status).toBe('failed');
      expect(outcome.examples.map((e) => e.subject).sort()).toEqual(['column "a.gone"', 'table "b"']);
      const declared = await contents({ tables: { b: false, a: { columns: { gone: false } } } }).run(context);
      expect(declared.status).toBe('passed');
      expect(declared.summary).toMatch(/dropped on purpose: b/);
    });

    it('rejects declarations naming no source table or column, and unknown options, as bad input', async () => {
      await source.runScript('CREATE TABLE a (id INTEGER PRIMARY KEY);');
      await target.runScript('CREATE TABLE a (id INTEGER PRIMARY KEY);');
      await expect(contents({ tables: { nope: false } }).run(context)).rejects.toThrow(/tables\.nope is not a source table/);
      await expect(contents({ tables: { a: { columns: { nope: false } } } }).run(context)).rejects.toThrow(BadInputError);
      expect(() => contents({ tables: { a: { normalize: { id: 'squash' as never } } } })).toThrow(/^check contents: tables\.a\.normalize\.id: must be one of trim, rtrim, .* got "squash"$/);
      expect(() => contents({ segmentRow: 5 } as never)).toThrow(/check contents: .*segmentRow/);
    });
  });
}
