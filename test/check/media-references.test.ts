/**
 * The `mediaReferences` check on every engine, on databases shaped like Pod v1 (`pods_pod.video`, paths
 * under the user name) and Pod v2 (`video_video.video` under the owner's hashkey, thumbnails in
 * `main_customimagemodel`).
 */
import { createHash } from 'node:crypto';
import { readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { describe, expect, it } from 'vitest';
import { mediaReferences, type MediaReferencesOptions } from '../../harness/check/media-references/media-references-check.ts';
import { BadInputError } from '../../harness/errors.ts';
import type { MediaManifestEntry } from '../../harness/snapshot/snapshot-format.ts';
import { checkContext } from './check-context.ts';
import { ENGINE_SQL } from './engine-sql.ts';
import { ENGINES } from '../support/test-databases.ts';
import { useFreshPairs } from './fresh-pairs.ts';

const SECRET_KEY = 'test-secret';
const hashkey = (username: string) => createHash('sha256').update(SECRET_KEY + username).digest('hex');
const sha = (text: string) => createHash('sha256').update(text).digest('hex');

const V1 = `
CREATE TABLE auth_user (id INTEGER PRIMARY KEY, username TEXT);
CREATE TABLE pods_pod (id INTEGER PRIMARY KEY, owner_id INTEGER, video VARCHAR(255));
INSERT INTO auth_user VALUES (1, 'jdupont'), (2, 'amartin');
INSERT INTO pods_pod VALUES (1, 1, 'videos/jdupont/aa11/cours-1.mp4'), (2, 2, 'videos/amartin/bb22/td.mp4'), (3, 1, '');
`;
const v2 = (rows: string) => `
CREATE TABLE main_customimagemodel (id INTEGER PRIMARY KEY, file VARCHAR(100));
CREATE TABLE video_video (id INTEGER PRIMARY KEY, video VARCHAR(255), thumbnail_id INTEGER);
INSERT INTO main_customimagemodel VALUES (10, 'files/vignette-1.png');
${rows}`;
const SOUND_V2 = `INSERT INTO video_video VALUES
  (1, 'videos/${hashkey('jdupont')}/cours-1.mp4', 10), (2, 'videos/${hashkey('amartin')}/td.mp4', NULL), (3, '', NULL);`;

const SOURCE_MEDIA: MediaManifestEntry[] = [
  { path: 'videos/jdupont/aa11/cours-1.mp4', size: 5, sha256: sha('cours') },
  { path: 'videos/amartin/bb22/td.mp4', size: 2, sha256: sha('td') },
];
const TARGET_MEDIA: MediaManifestEntry[] = [
  { path: `videos/${hashkey('jdupont')}/cours-1.mp4`, size: 5, sha256: sha('cours') },
  { path: `videos/${hashkey('amartin')}/td.mp4`, size: 2, sha256: sha('td') },
  { path: 'files/vignette-1.png', size: 3, sha256: sha('png') },
];

const spillDirs = () => readdirSync(tmpdir()).filter((d) => d.startsWith('rehearse-mediaReferences-'));

const OPTIONS: MediaReferencesOptions = {
  references: [
    {
      name: 'video source file',
      source: { sql: 'SELECT p.id AS ref_id, p.video AS path, u.username FROM pods_pod p JOIN auth_user u ON u.id = p.owner_id' },
      target: { table: 'video_video', column: 'video', key: 'id' },
      // v1 videos/<username>/<hash>/<file> → v2 videos/<hashkey>/<file> (download_video_source_file).
      rewrite: (path, row) => `videos/${hashkey(String(row.username))}/${path.split('/').pop()}`,
    },
  ],
  fileForeignKeys: [{ table: 'video_video', column: 'thumbnail_id', fileTable: 'main_customimagemodel', pathColumn: 'file' }],
};

for (const engine of ENGINES) {
  describe(`${engine}: mediaReferences check`, () => {
    const fresh = useFreshPairs(engine);

    async function run(targetRows: string, options: Partial<MediaReferencesOptions> = {}, media = { source: SOURCE_MEDIA, target: TARGET_MEDIA as MediaManifestEntry[] | undefined }) {
      const dbs = await fresh.pair(V1, v2(targetRows));
      const check = mediaReferences({ ...OPTIONS, ...options });
      return check.run(checkContext(dbs.source, dbs.target, { sourceMedia: media.source, targetMedia: media.target }));
    }

    it('passes when every rewritten path is referenced and catalogued, and counts orphan files as a warning', async () => {
      const before = spillDirs().length;
      const outcome = await run(SOUND_V2, {}, {
        source: SOURCE_MEDIA,
        target: [...TARGET_MEDIA, { path: 'tempfile/left-over.vtt', size: 1, sha256: sha('x') }],
      });
      expect(outcome.status).toBe('passed');
      expect(outcome.summary).toBe('3 media references resolve in the target media catalogue; 1 orphan files (warning)');
      expect(outcome.metrics).toMatchObject({ referencesSource: 2, referencesTarget: 3, orphanFiles: 1, lost: 0, missingFiles: 0 });
      expect(spillDirs().length).toBe(before); // the temporary SQLite database is removed
    });

    it('fails with failOnOrphans when a catalogued file is referenced by no row', async () => {
      const outcome = await run(SOUND_V2, { failOnOrphans: true }, {
        source: SOURCE_MEDIA,
        target: [...TARGET_MEDIA, { path: 'tempfile/left-over.vtt', size: 1, sha256: sha('x') }],
      });
      expect(outcome.status).toBe('failed');
      expect(outcome.examples).toEqual([{ subject: 'orphan file (warning)', detail: '"tempfile/left-over.vtt" (1 bytes) is referenced by no target row' }]);
    });

    it('fails when a referenced file is missing from the target catalogue', async () => {
      const outcome = await run(SOUND_V2, {}, { source: SOURCE_MEDIA, target: TARGET_MEDIA.slice(1) });
      expect(outcome.status).toBe('failed');
      expect(outcome.summary).toBe('1 referenced files missing');
      expect(outcome.metrics).toMatchObject({ missingFiles: 1, lost: 0, changed: 0 });
      const detail = outcome.examples[0]!.detail;
      expect(outcome.examples[0]!.subject).toBe('video source file, id 1');
      // The hashkey directory is shown as a digest, never in clear.
      expect(detail).toMatch(/^file "videos\/<#[0-9a-f]{6}>\/cours-1\.mp4" is not in the target media catalogue$/);
    });

    it('fails when paths were not rewritten (download_video_source_file not run): changed and missing', async () => {
      const outcome = await run(`INSERT INTO video_video VALUES
        (1, 'videos/jdupont/aa11/cours-1.mp4', 10), (2, 'videos/${hashkey('amartin')}/td.mp4', NULL);`);
      expect(outcome.status).toBe('failed');
      expect(outcome.metrics).toMatchObject({ changed: 1, missingFiles: 1, lost: 0 });
      expect(outcome.examples[0]!.detail).toMatch(/^path changed: expected "videos\/<#\w+>\/cours-1\.mp4", target has "videos\/<#\w+>\/<#\w+>\/cours-1\.mp4"$/);
    });

    it('shows paths in clear with revealPaths, and reports a lost reference', async () => {
      const outcome = await run(`INSERT INTO video_video VALUES (1, NULL, 10), (2, 'videos/${hashkey('amartin')}/td.mp4', NULL);`, { revealPaths: true });
      expect(outcome.status).toBe('failed');
      expect(outcome.examples).toContainEqual({
        subject: 'video source file, id 1',
        detail: `reference lost: the target should refer to "videos/${hashkey('jdupont')}/cours-1.mp4" but has no such row`,
      });
    });

    it('fails on a thumbnail foreign key into a missing main_customimagemodel row', async () => {
      const outcome = await run(SOUND_V2 + `UPDATE video_video SET thumbnail_id = 99 WHERE id = 2;`);
      expect(outcome.status).toBe('failed');
      expect(outcome.examples).toContainEqual({
        subject: 'video_video.thumbnail_id = 99',
        detail: 'no main_customimagemodel row with id 99 (1 row refers to it)',
      });
      expect(outcome.metrics).toMatchObject({ brokenFileForeignKeys: 1 });
    });

    it('fails when a file changed content between the source and target catalogues', async () => {
      const target = TARGET_MEDIA.map((f, i) => (i === 1 ? { ...f, sha256: sha('re-encoded') } : f));
      const outcome = await run(SOUND_V2, {}, { source: SOURCE_MEDIA, target });
      expect(outcome.status).toBe('failed');
      expect(outcome.metrics).toMatchObject({ contentMismatch: 1 });
      expect(outcome.examples[0]!.detail).toContain(`source sha256 ${sha('td').slice(0, 12)}…`);
    });

    it('counts a path listed twice in a catalogue once, and finds a change hidden behind a duplicate entry', async () => {
      const doubled = [...TARGET_MEDIA, TARGET_MEDIA[2]!, { path: 'tempfile/left-over.vtt', size: 1, sha256: sha('x') }, { path: 'tempfile/left-over.vtt', size: 1, sha256: sha('x') }];
      const sound = await run(SOUND_V2, {}, { source: [...SOURCE_MEDIA, SOURCE_MEDIA[0]!], target: doubled });
      expect(sound.status).toBe('passed');
      expect(sound.metrics).toMatchObject({ catalogueFiles: 4, orphanFiles: 1, contentMismatch: 0, missingFiles: 0 });

      // The source lists td.mp4 twice: with the target's content first, then with other content.
      const source = [...SOURCE_MEDIA, { ...SOURCE_MEDIA[1]!, sha256: sha('td, before re-encoding') }];
      const changed = await run(SOUND_V2, {}, { source, target: doubled });
      expect(changed.status).toBe('failed');
      expect(changed.metrics).toMatchObject({ contentMismatch: 1 });
      expect(changed.examples[0]!.detail).toContain(`target sha256 ${sha('td').slice(0, 12)}…`);

      // The same, the other way round: the target lists td.mp4 a second time with other content.
      const target = [...doubled, { ...TARGET_MEDIA[1]!, sha256: sha('re-encoded') }];
      const changedTarget = await run(SOUND_V2, {}, { source: SOURCE_MEDIA, target });
      expect(changedTarget.metrics).toMatchObject({ contentMismatch: 1 });
    });

    it("checks against the snapshot manifest with targetFiles: 'source-manifest'", async () => {
      const check = mediaReferences({
        references: [{ name: 'video source file', source: { table: 'pods_pod', column: 'video', key: 'id' }, target: { table: 'pods_pod', column: 'video', key: 'id' } }],
        targetFiles: 'source-manifest',
      });
      const dbs = await fresh.pair(V1, V1);
      const passed = await check.run(checkContext(dbs.source, dbs.target, { sourceMedia: SOURCE_MEDIA }));
      expect(passed.status).toBe('passed');
      const failed = await check.run(checkContext(dbs.source, dbs.target, { sourceMedia: SOURCE_MEDIA.slice(0, 1) }));
      expect(failed.metrics).toMatchObject({ missingFiles: 1 });
    });

    it('cannot run without a target catalogue and says how to fix it', async () => {
      await expect(run(SOUND_V2, {}, { source: SOURCE_MEDIA, target: undefined })).rejects.toThrow(BadInputError);
      await expect(run(SOUND_V2, {}, { source: SOURCE_MEDIA, target: undefined })).rejects.toThrow(/targetFiles: 'source-manifest'/);
    });

    it('fails on a thumbnail behind an enforced foreign key loaded with checks off, against the source manifest', async () => {
      const { target: db } = await fresh.pair('', `${ENGINE_SQL[engine].foreignKeysOff}
        CREATE TABLE main_customimagemodel (id INTEGER PRIMARY KEY, file VARCHAR(100));
        CREATE TABLE video_thumb (id INTEGER PRIMARY KEY, thumbnail_id INTEGER NULL,
          CONSTRAINT thumb_fk FOREIGN KEY (thumbnail_id) REFERENCES main_customimagemodel (id));
        INSERT INTO main_customimagemodel VALUES (1, 'files/a.png');
        INSERT INTO video_thumb VALUES (1, 1), (2, 9), (3, NULL);`);
      const media = await mediaReferences({
        references: [],
        fileForeignKeys: [{ table: 'video_thumb', column: 'thumbnail_id', fileTable: 'main_customimagemodel', pathColumn: 'file' }],
        targetFiles: 'source-manifest',
      }).run(checkContext(db, db, { sourceMedia: [{ path: 'files/a.png', size: 1, sha256: '' }] }));
      expect(media.status).toBe('failed');
      expect(media.metrics).toMatchObject({ brokenFileForeignKeys: 1, missingFiles: 0 });
    });
  });
}

describe('mediaReferences options', () => {
  it('validates options when the scenario is loaded', () => {
    expect(() => mediaReferences({ references: [{ name: 'a', target: { table: 't' } as never }] })).toThrow(/check mediaReferences/);
    expect(() =>
      mediaReferences({ references: [{ name: 'a', target: { sql: 'x' } }, { name: 'a', target: { sql: 'y' } }] }),
    ).toThrow(/names must be unique/);
  });
});
