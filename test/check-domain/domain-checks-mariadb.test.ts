/**
 * The domain checks against a real MariaDB 10.11 in non-strict sql_mode: the warning-capture path
 * (MariaDbConnection → WarningCollector → integrity), InnoDB foreign keys bypassed with
 * FOREIGN_KEY_CHECKS=0, and file foreign keys.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { integrity } from '../../harness/check/integrity/integrity-check.ts';
import { mediaReferences } from '../../harness/check/media-references/media-references-check.ts';
import type { Connection } from '../../harness/engine/engine.ts';
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
});
