/**
 * The domain checks against a real MariaDB 10.11 in non-strict sql_mode: the warning-capture path
 * (MariaDbConnection → WarningCollector → integrity), InnoDB foreign keys bypassed with
 * FOREIGN_KEY_CHECKS=0, a real GROUP_CONCAT cut by group_concat_max_len, and file foreign keys.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { integrity } from '../../harness/check/integrity/integrity-check.ts';
import { mediaReferences } from '../../harness/check/media-references/media-references-check.ts';
import { tags } from '../../harness/check/tags/tags-check.ts';
import type { Connection } from '../../harness/engine/engine.ts';
import { WarningCollector } from '../../harness/run/warning-collector.ts';
import { startTestDatabase, type TestDatabase } from '../support/test-databases.ts';
import { checkContext } from './support/check-context.ts';

let database: TestDatabase;
let db: Connection;

beforeAll(async () => {
  // Non-strict: a too-long value is truncated with warning 1265 instead of failing (research C3).
  database = await startTestDatabase('mariadb', { serverOptions: { 'sql-mode': '' } });
  db = await database.connect();
});

afterAll(async () => {
  await db?.close();
  await database?.stop();
});

describe('domain checks on MariaDB', () => {
  it('integrity fails on a truncation warning raised by a step, naming code 1265 and the step', async () => {
    const collector = new WarningCollector();
    await db.execute('CREATE TABLE video_video (id INT PRIMARY KEY, tags VARCHAR(10)) ENGINE=InnoDB');
    collector.collect('load-snapshot', { target: db });
    // The "import" step: a tag string longer than the column, accepted because sql_mode is not strict.
    await db.execute("INSERT INTO video_video VALUES (1, 'histoire, geographie, sciences')");
    collector.collect('import', { target: db });

    const [row] = await db.query('SELECT tags FROM video_video WHERE id = 1');
    expect(row!.tags).toBe('histoire, '); // the data really was cut

    const outcome = await integrity().run(checkContext(db, db, { warnings: collector.all() }));
    expect(outcome.status).toBe('failed');
    expect(outcome.summary).toContain('1 data-loss warnings (1265)');
    expect(outcome.examples[0]!.subject).toBe('warning 1265 during "import" (target)');
    expect(outcome.examples[0]!.detail).toContain("Data truncated for column 'tags' at row 1");
    expect(outcome.examples[0]!.detail).toContain("first statement: INSERT INTO video_video VALUES (1, '?')");

    const accepted = await integrity({ allowWarnings: ['1265'] }).run(checkContext(db, db, { warnings: collector.all() }));
    expect(accepted.status).toBe('passed');
  });

  it('integrity finds InnoDB orphans loaded with FOREIGN_KEY_CHECKS=0 and passes once they are fixed', async () => {
    await db.execute('CREATE TABLE main_customimagemodel (id INT PRIMARY KEY, file VARCHAR(100)) ENGINE=InnoDB');
    await db.execute(`CREATE TABLE video_thumb (id INT PRIMARY KEY, thumbnail_id INT NULL,
      CONSTRAINT thumb_fk FOREIGN KEY (thumbnail_id) REFERENCES main_customimagemodel (id)) ENGINE=InnoDB`);
    await db.execute('SET FOREIGN_KEY_CHECKS = 0');
    await db.execute("INSERT INTO main_customimagemodel VALUES (1, 'files/a.png')");
    await db.execute('INSERT INTO video_thumb VALUES (1, 1), (2, 9), (3, NULL)');
    await db.execute('SET FOREIGN_KEY_CHECKS = 1');

    const failed = await integrity().run(checkContext(db, db));
    expect(failed.status).toBe('failed');
    expect(failed.examples).toContainEqual({
      subject: 'video_thumb.thumbnail_id = 9',
      detail: 'no main_customimagemodel row with id = 9 (1 child row; thumb_fk)',
    });

    const media = await mediaReferences({
      references: [],
      fileForeignKeys: [{ table: 'video_thumb', column: 'thumbnail_id', fileTable: 'main_customimagemodel', pathColumn: 'file' }],
      targetFiles: 'source-manifest',
    }).run(checkContext(db, db, { sourceMedia: [{ path: 'files/a.png', size: 1, sha256: '' }] }));
    expect(media.status).toBe('failed');
    expect(media.metrics).toMatchObject({ brokenFileForeignKeys: 1, missingFiles: 0 });

    await db.execute('DELETE FROM video_thumb WHERE id = 2');
    expect((await integrity().run(checkContext(db, db))).status).toBe('passed');
  });

  it('tags fails when the v3 export GROUP_CONCAT is cut by group_concat_max_len, and passes when it is not', async () => {
    await db.runScript(`
      CREATE TABLE tagging_tag (id INT PRIMARY KEY, name VARCHAR(50) NOT NULL UNIQUE);
      CREATE TABLE tagging_taggeditem (id INT AUTO_INCREMENT PRIMARY KEY, tag_id INT, content_type_id INT, object_id INT);
      INSERT INTO tagging_tag VALUES (1, 'analyse'), (2, 'biologie'), (3, 'chimie organique'), (4, 'zoologie');
      INSERT INTO tagging_taggeditem (tag_id, content_type_id, object_id) VALUES (1, 7, 5), (2, 7, 5), (3, 7, 5), (4, 7, 5), (3, 7, 6);
    `);
    const check = tags({
      entityLabel: 'video',
      source: `SELECT i.object_id, t.name FROM tagging_taggeditem i JOIN tagging_tag t ON t.id = i.tag_id ORDER BY i.object_id`,
      // export_data_from_v3_to_v4's aggregate (MySQL branch: default "," separator), parsed by tagulous on import.
      target: {
        sql: `SELECT i.object_id AS video_id, GROUP_CONCAT(t.name ORDER BY t.name) AS tag_name
              FROM tagging_taggeditem i JOIN tagging_tag t ON t.id = i.tag_id GROUP BY i.object_id ORDER BY i.object_id`,
        parse: 'tagulous',
      },
      expect: 'tagulous',
    });
    // One statement per session setting: MariaDbConnection keeps a single session.
    await db.execute('SET SESSION group_concat_max_len = 30');
    const cut = await check.run(checkContext(db, db));
    expect(cut.status).toBe('failed');
    expect(cut.examples[0]).toEqual({ subject: 'video 5', detail: 'tag "chimie organique" truncated to "chimie organi"; tag "zoologie" lost' });
    // Video 6 has a single multi-word tag and no comma: tagulous splits it into words.
    expect(cut.examples[1]).toEqual({ subject: 'video 6', detail: 'tag "chimie organique" lost, "chimie" and "organique" added' });

    await db.execute('SET SESSION group_concat_max_len = 1048576');
    await db.execute("DELETE FROM tagging_taggeditem WHERE object_id = 6");
    const sound = await check.run(checkContext(db, db));
    expect(sound.status).toBe('passed');
  });
});
