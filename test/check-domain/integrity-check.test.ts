/**
 * The `integrity` check on real SQLite databases: orphan foreign keys (enforced ones bypassed with
 * foreign_keys=OFF, as the Pod v3 → v4 import does with FOREIGN_KEY_CHECKS=0, and declared relations
 * nothing enforces), data-loss warnings, and case/accent collisions (the Sahana SQLite → MySQL failure).
 * The MariaDB warning-capture path is in integrity-mariadb.test.ts.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { CapturedWarning } from '../../harness/check/check.ts';
import { maskToDifferences } from '../../harness/check/integrity/case-collisions.ts';
import { redactMessage, redactStatement } from '../../harness/check/integrity/data-loss-warnings.ts';
import { integrity } from '../../harness/check/integrity/integrity-check.ts';
import { BadInputError } from '../../harness/errors.ts';
import { checkContext, sqlitePair, type SqlitePair } from './support/check-context.ts';

const TARGET = `
CREATE TABLE main_customimagemodel (id INTEGER PRIMARY KEY, file TEXT);
CREATE TABLE video_video (id INTEGER PRIMARY KEY, thumbnail_id INTEGER REFERENCES main_customimagemodel (id));
CREATE TABLE name_i18n (id INTEGER PRIMARY KEY, object_id INTEGER, name TEXT);
INSERT INTO main_customimagemodel VALUES (1, 'files/a.png');
INSERT INTO video_video VALUES (1, 1), (2, NULL);
INSERT INTO name_i18n VALUES (1, 1, 'x');
`;
const NAME_I18N = { table: 'name_i18n', column: 'object_id', references: { table: 'video_video', column: 'id' } };

let dbs: SqlitePair | undefined;
afterEach(async () => {
  await dbs?.close();
  dbs = undefined;
});

const warning = (code: string, message: string, during = 'import'): CapturedWarning => ({
  engine: 'mariadb',
  code,
  level: 'warning',
  message,
  statement: "INSERT IGNORE INTO auth_user (username, email) VALUES ('jdupont', 'Foo@x.org')",
  during,
  role: 'target',
});

describe('integrity check: orphan foreign keys', () => {
  it('passes on sound data, counting introspected and declared relations', async () => {
    dbs = await sqlitePair('', TARGET);
    const outcome = await integrity({ relations: [NAME_I18N] }).run(checkContext(dbs.source, dbs.target));
    expect(outcome.status).toBe('passed');
    expect(outcome.metrics).toMatchObject({ relationsChecked: 2, orphanRows: 0 });
  });

  it('fails on an orphan behind an enforced foreign key loaded with checks off', async () => {
    dbs = await sqlitePair('', `PRAGMA foreign_keys = OFF;\n${TARGET}\nINSERT INTO video_video VALUES (3, 42), (4, 42);`);
    const outcome = await integrity().run(checkContext(dbs.source, dbs.target));
    expect(outcome.status).toBe('failed');
    expect(outcome.summary).toBe('2 orphan rows in 1 relations');
    expect(outcome.examples).toEqual([
      { subject: 'video_video.thumbnail_id = 42', detail: 'no main_customimagemodel row with id = 42 (2 child rows; video_video_fk_0)' },
    ]);
  });

  it('fails on an orphan of a declared, unenforced relation (generic object_id)', async () => {
    dbs = await sqlitePair('', `${TARGET}\nINSERT INTO name_i18n VALUES (2, 77, 'y');`);
    const outcome = await integrity({ relations: [NAME_I18N] }).run(checkContext(dbs.source, dbs.target));
    expect(outcome.status).toBe('failed');
    expect(outcome.examples[0]).toEqual({
      subject: 'name_i18n.object_id = 77',
      detail: 'no video_video row with id = 77 (1 child row; declared relation)',
    });
  });

  it('rejects a relation whose column counts differ', () => {
    expect(() =>
      integrity({ relations: [{ table: 't', column: ['a', 'b'], references: { table: 'p', column: 'id' } }] }),
    ).toThrow(BadInputError);
  });
});

describe('integrity check: data-loss warnings', () => {
  it('fails on a captured truncation warning, naming the code and the step, and honours allowWarnings', async () => {
    dbs = await sqlitePair('', TARGET);
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
    dbs = await sqlitePair('', TARGET);
    const outcome = await integrity().run(
      checkContext(dbs.source, dbs.target, { warnings: [warning('1062', "Duplicate entry 'foo@x.org' for key 'email'")] }),
    );
    const detail = outcome.examples[0]!.detail;
    expect(detail).not.toContain('x.org');
    expect(detail).not.toContain('jdupont');
    expect(detail).toContain("Duplicate entry '…' for key 'email'");
    expect(redactStatement("UPDATE t SET a = 'it''s' WHERE b = \"c d\"")).toBe("UPDATE t SET a = '?' WHERE b = \"?\"");
    expect(redactMessage("Incorrect string value: '\\xF0\\x9F' for column `t`.`c` at row 1")).toBe(
      "Incorrect string value: '…' for column `t`.`c` at row 1",
    );
  });

  it('ignores warnings that lose nothing, and reports warnings it could not see', async () => {
    dbs = await sqlitePair('', TARGET);
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

describe('integrity check: case- and accent-insensitive collisions', () => {
  const SOURCE = `
    CREATE TABLE or_organisation (id INTEGER PRIMARY KEY, name TEXT);
    CREATE TABLE auth_user (id INTEGER PRIMARY KEY, email TEXT);
    INSERT INTO or_organisation (name) VALUES ('Medecins du Monde France'), ('Médecins du Monde France'), ('Oxfam');
    INSERT INTO auth_user (email) VALUES ('Foo@x.org'), ('foo@x.org'), ('bar@x.org');`;

  it('fails on values equal under a _ci collation, showing only the differing characters', async () => {
    dbs = await sqlitePair(SOURCE, TARGET);
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
    dbs = await sqlitePair(SOURCE, TARGET);
    const outcome = await integrity({ uniqueCaseInsensitive: [{ table: 'auth_user', column: 'id' }] }).run(checkContext(dbs.source, dbs.target));
    expect(outcome.status).toBe('passed');
  });

  it('masks trailing-space differences visibly', () => {
    expect(maskToDifferences(['ab', 'ab '])).toEqual(['**∅', '**␠']);
  });
});
