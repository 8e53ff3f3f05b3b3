/**
 * The `integrity` check on every engine: orphan foreign keys (enforced ones bypassed the way each engine
 * allows, as the Pod v3 → v4 import does with FOREIGN_KEY_CHECKS=0, and declared relations nothing
 * enforces), data-loss warnings (captured from a real statement where the engine reports them), and
 * case/accent collisions (the Sahana SQLite → MySQL failure). Per-engine differences are in the tables
 * below, not in branches.
 */
import { describe, expect, it } from 'vitest';
import type { CapturedWarning } from '../../harness/check/check.ts';
import { maskToDifferences } from '../../harness/check/integrity/case-collisions.ts';
import { redactMessage, redactStatement } from '../../harness/check/integrity/data-loss-warnings.ts';
import { integrity } from '../../harness/check/integrity/integrity-check.ts';
import type { Connection } from '../../harness/engine/engine.ts';
import { BadInputError } from '../../harness/errors.ts';
import { WarningCollector } from '../../harness/run/warning-collector.ts';
import { checkContext } from './check-context.ts';
import { ENGINES, type TestEngine } from '../support/test-databases.ts';
import { ENGINE_SQL, type EngineSql as CommonSql } from './engine-sql.ts';
import { useFreshPairs } from './fresh-pairs.ts';

interface EngineSql extends CommonSql {
  /** The name the introspector gives the video_video → main_customimagemodel foreign key. */
  readonly foreignKeyName: string;
  /** Server options: MariaDB not strict, so that a too-long value is truncated with a warning. */
  readonly serverOptions?: Readonly<Record<string, string>>;
}

const SQL: Record<TestEngine, EngineSql> = {
  mariadb: { ...ENGINE_SQL.mariadb, foreignKeyName: 'thumb_fk', serverOptions: { 'sql-mode': '' } },
  postgres: { ...ENGINE_SQL.postgres, foreignKeyName: 'thumb_fk' },
  // SQLite's foreign_key_list has no constraint names: the introspector numbers them.
  sqlite: { ...ENGINE_SQL.sqlite, foreignKeyName: 'video_video_fk_0' },
};

/** What a step that stores 'histoire, geographie, sciences' in a VARCHAR(10) left behind. */
interface TooLongStep {
  readonly db: Connection;
  /** The INSERT's result, or the error it threw. */
  readonly inserted: unknown;
  readonly warnings: readonly CapturedWarning[];
}

/** Per engine: what storing a too-long value does, and what integrity must conclude from it. */
const TOO_LONG: Record<TestEngine, { readonly behaviour: string; verify(step: TooLongStep): Promise<void> }> = {
  mariadb: {
    behaviour: 'truncated with warning 1265 (sql_mode not strict): integrity fails',
    async verify({ db, warnings }) {
      const [row] = await db.query('SELECT tags FROM video_video WHERE id = 1');
      expect(row!.tags).toBe('histoire, '); // the data really was cut
      const outcome = await integrity().run(checkContext(db, db, { warnings }));
      expect(outcome.status).toBe('failed');
      expect(outcome.summary).toContain('1 data-loss warnings (1265)');
      expect(outcome.examples[0]!.subject).toBe('warning 1265 during "import" (target)');
      expect(outcome.examples[0]!.detail).toContain("Data truncated for column 'tags' at row 1");
      expect(outcome.examples[0]!.detail).toContain("first statement: INSERT INTO video_video VALUES (1, '?')");
      const accepted = await integrity({ allowWarnings: ['1265'] }).run(checkContext(db, db, { warnings }));
      expect(accepted.status).toBe('passed');
    },
  },
  postgres: {
    behaviour: 'refused with 22001: nothing is lost silently, the step itself fails',
    async verify({ db, inserted, warnings }) {
      expect(inserted).toMatchObject({ code: '22001' });
      expect(await db.query('SELECT tags FROM video_video')).toEqual([]);
      expect((await integrity().run(checkContext(db, db, { warnings }))).status).toBe('passed');
    },
  },
  sqlite: {
    behaviour: 'kept whole: integrity passes and says that the engine reports no warnings',
    async verify({ db, warnings }) {
      const [row] = await db.query('SELECT tags FROM video_video WHERE id = 1');
      expect(row!.tags).toBe('histoire, geographie, sciences');
      const outcome = await integrity().run(checkContext(db, db, { warnings }));
      expect(outcome.status).toBe('passed');
      // A side that cannot report warnings is named, so that the pass is not read as a proof.
      expect(outcome.summary).toContain('source (sqlite) and target (sqlite): the engine reports no statement warnings');
    },
  },
};

const targetSql = (sql: EngineSql) => `
CREATE TABLE main_customimagemodel (id INTEGER PRIMARY KEY, file VARCHAR(100));
CREATE TABLE video_video (id INTEGER PRIMARY KEY, thumbnail_id INTEGER,
  CONSTRAINT thumb_fk FOREIGN KEY (thumbnail_id) REFERENCES main_customimagemodel (id));
CREATE TABLE name_i18n (id ${sql.autoId}, object_id INTEGER, name VARCHAR(20));
INSERT INTO main_customimagemodel VALUES (1, 'files/a.png');
INSERT INTO video_video VALUES (1, 1), (2, NULL);
INSERT INTO name_i18n VALUES (1, 1, 'x');
`;
const NAME_I18N = { table: 'name_i18n', column: 'object_id', references: { table: 'video_video', column: 'id' } };

const warning = (code: string, message: string, during = 'import'): CapturedWarning => ({
  engine: 'mariadb',
  code,
  level: 'warning',
  message,
  statement: "INSERT IGNORE INTO auth_user (username, email) VALUES ('jdupont', 'Foo@x.org')",
  during,
  role: 'target',
});

for (const engine of ENGINES) {
  const sql = SQL[engine];
  const TARGET = targetSql(sql);

  describe(`${engine}: integrity check`, () => {
    const fresh = useFreshPairs(engine, { serverOptions: sql.serverOptions });

    describe('orphan foreign keys', () => {
      it('passes on sound data, counting introspected and declared relations', async () => {
        const dbs = await fresh.pair('', TARGET);
        const outcome = await integrity({ relations: [NAME_I18N] }).run(checkContext(dbs.source, dbs.target));
        expect(outcome.status).toBe('passed');
        expect(outcome.metrics).toMatchObject({ relationsChecked: 2, orphanRows: 0 });
      });

      it('fails on an orphan behind an enforced foreign key loaded with checks off, and passes once it is fixed', async () => {
        const dbs = await fresh.pair('', `${sql.foreignKeysOff}\n${TARGET}\nINSERT INTO video_video VALUES (3, 42), (4, 42);`);
        const outcome = await integrity().run(checkContext(dbs.source, dbs.target));
        expect(outcome.status).toBe('failed');
        expect(outcome.summary).toBe('2 orphan rows in 1 relations');
        expect(outcome.examples).toEqual([
          { subject: 'video_video.thumbnail_id = 42', detail: `no main_customimagemodel row with id = 42 (2 child rows; ${sql.foreignKeyName})` },
        ]);
        await dbs.target.execute('DELETE FROM video_video WHERE thumbnail_id = 42');
        expect((await integrity().run(checkContext(dbs.source, dbs.target))).status).toBe('passed');
      });

      it('fails on an orphan of a declared, unenforced relation (generic object_id)', async () => {
        const dbs = await fresh.pair('', `${TARGET}\nINSERT INTO name_i18n VALUES (2, 77, 'y');`);
        const outcome = await integrity({ relations: [NAME_I18N] }).run(checkContext(dbs.source, dbs.target));
        expect(outcome.status).toBe('failed');
        expect(outcome.examples[0]).toEqual({
          subject: 'name_i18n.object_id = 77',
          detail: 'no video_video row with id = 77 (1 child row; declared relation)',
        });
      });
    });

    describe('data-loss warnings', () => {
      it(`a too-long value in a step is ${TOO_LONG[engine].behaviour}`, async () => {
        const { target: db } = await fresh.pair('', 'CREATE TABLE video_video (id INTEGER PRIMARY KEY, tags VARCHAR(10))');
        const collector = new WarningCollector();
        collector.collect('load-snapshot', { target: db });
        // The "import" step: a tag string longer than the column.
        const inserted = await db.execute("INSERT INTO video_video VALUES (1, 'histoire, geographie, sciences')").catch((e: unknown) => e);
        collector.collect('import', { target: db });
        await TOO_LONG[engine].verify({ db, inserted, warnings: collector.all() });
      });

      it('fails on a captured truncation warning, naming the code and the step, and honours allowWarnings', async () => {
        const dbs = await fresh.pair('', TARGET);
        const warnings = [warning('1265', "Data truncated for column 'tags' at row 1"), warning('1265', "Data truncated for column 'tags' at row 2")];
        const failed = await integrity().run(checkContext(dbs.source, dbs.target, { warnings }));
        expect(failed.status).toBe('failed');
        expect(failed.summary).toBe('2 data-loss warnings (1265)');
        expect(failed.examples[0]!.subject).toBe('warning 1265 during "import" (target)');
        expect(failed.examples[0]!.detail).toContain("Data truncated for column 'tags' at row 1 — value truncated to fit the column, 2 times");
        const allowed = await integrity({ allowWarnings: ['1265'] }).run(checkContext(dbs.source, dbs.target, { warnings }));
        expect(allowed.status).toBe('passed');
        expect(allowed.metrics).toMatchObject({ allowedWarnings: 2, dataLossWarnings: 0 });
      });

      it('keeps personal data out of the report: duplicate values and statement literals are elided', async () => {
        const dbs = await fresh.pair('', TARGET);
        const outcome = await integrity().run(
          checkContext(dbs.source, dbs.target, { warnings: [warning('1062', "Duplicate entry 'foo@x.org' for key 'email'")] }),
        );
        const detail = outcome.examples[0]!.detail;
        expect(detail).not.toContain('x.org');
        expect(detail).not.toContain('jdupont');
        expect(detail).toContain("Duplicate entry '…' for key 'email'");
      });

      it('ignores warnings that lose nothing, and reports warnings it could not see', async () => {
        const dbs = await fresh.pair('', TARGET);
        const outcome = await integrity().run(
          checkContext(dbs.source, dbs.target, {
            warnings: [
              warning('1287', "'@@tx_isolation' is deprecated"),
              { ...warning('warnings-not-listed', '80 warnings raised, 64 listed by SHOW WARNINGS (max_error_count)'), level: 'note' },
            ],
          }),
        );
        expect(outcome.status).toBe('passed');
        expect(outcome.summary).toContain('16 warnings were not kept by the engine layer and could not be inspected');
      });
    });

    describe('case- and accent-insensitive collisions', () => {
      const SOURCE = `
        CREATE TABLE or_organisation (id ${sql.autoId}, name VARCHAR(100));
        CREATE TABLE auth_user (id ${sql.autoId}, email VARCHAR(100));
        INSERT INTO or_organisation (name) VALUES ('Medecins du Monde France'), ('Médecins du Monde France'), ('Oxfam');
        INSERT INTO auth_user (email) VALUES ('Foo@x.org'), ('foo@x.org'), ('bar@x.org');`;

      it('fails on values equal under a _ci collation, showing only the differing characters', async () => {
        const dbs = await fresh.pair(SOURCE, TARGET);
        const check = integrity({
          uniqueCaseInsensitive: [
            { table: 'or_organisation', column: 'name' },
            { table: 'auth_user', column: 'email' },
          ],
        });
        const outcome = await check.run(checkContext(dbs.source, dbs.target));
        expect(outcome.status).toBe('failed');
        expect(outcome.metrics).toMatchObject({ caseCollisionGroups: 2, caseCollisionRows: 2 });
        const details = outcome.examples.map((e) => `${e.subject}: ${e.detail}`);
        expect(details).toContain(
          'auth_user.email (source): 2 rows with values "F********", "f********" are equal once lower-cased, accent-stripped and right-trimmed: a case-insensitive unique key keeps one',
        );
        expect(details.join('\n')).not.toContain('x.org');
        expect(details.some((d) => d.includes('"*e**') && d.includes('"*é**'))).toBe(true);
      });

      it('passes when values are distinct under the collation', async () => {
        const dbs = await fresh.pair(SOURCE, TARGET);
        const outcome = await integrity({ uniqueCaseInsensitive: [{ table: 'auth_user', column: 'id' }] }).run(checkContext(dbs.source, dbs.target));
        expect(outcome.status).toBe('passed');
      });
    });
  });
}

describe('integrity check without a database', () => {
  it('rejects a relation whose column counts differ', () => {
    expect(() =>
      integrity({ relations: [{ table: 't', column: ['a', 'b'], references: { table: 'p', column: 'id' } }] }),
    ).toThrow(BadInputError);
  });

  it('redacts statement literals and values in warning messages', () => {
    expect(redactStatement("UPDATE t SET a = 'it''s' WHERE b = \"c d\"")).toBe("UPDATE t SET a = '?' WHERE b = \"?\"");
    expect(redactMessage("Incorrect string value: '\\xF0\\x9F' for column `t`.`c` at row 1")).toBe(
      "Incorrect string value: '…' for column `t`.`c` at row 1",
    );
  });

  it('masks trailing-space differences visibly', () => {
    expect(maskToDifferences(['ab', 'ab '])).toEqual(['**∅', '**␠']);
  });
});
