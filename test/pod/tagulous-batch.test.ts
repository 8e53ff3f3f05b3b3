/**
 * The tagulous conversion of pod-v3-to-v4 converts videos in batches (one transaction per batch, tried
 * whole, replayed with a savepoint per video when one of its statements fails) and keeps upstream's
 * per-video outcome: a video whose save fails loses its tags and its new slug alone, the tags created for
 * it vanish with it (a later video naming them creates them again), the other videos of its batch
 * commit, and a video missing from v4 is reported, not fatal.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Connection } from '../../harness/engine/engine.ts';
import { TagulousConversion } from '../../scenarios/pod-v3-to-v4/tagulous-conversion.ts';
import { VIDEO_TAG_TABLE } from '../../scenarios/pod-v3-to-v4/exported-tables.ts';
import { enginesAmong, startTestDatabase, type TestDatabase } from '../support/test-databases.ts';

const DDL = {
  mariadb: [
    'CREATE TABLE video_video (id bigint PRIMARY KEY, title varchar(250) NOT NULL, slug varchar(255) NOT NULL UNIQUE) ENGINE=InnoDB',
    'CREATE TABLE video_tagulous_video_tags (id int AUTO_INCREMENT PRIMARY KEY, name varchar(80) NOT NULL UNIQUE, slug varchar(50) NOT NULL UNIQUE, count int NOT NULL, protected tinyint(1) NOT NULL) ENGINE=InnoDB',
    'CREATE TABLE video_video_tags (id int AUTO_INCREMENT PRIMARY KEY, video_id bigint NOT NULL REFERENCES video_video (id), ' +
      'tagulous_video_tags_id int NOT NULL, UNIQUE (video_id, tagulous_video_tags_id), ' +
      'FOREIGN KEY (tagulous_video_tags_id) REFERENCES video_tagulous_video_tags (id)) ENGINE=InnoDB',
  ],
  postgres: [
    'CREATE TABLE video_video (id bigint PRIMARY KEY, title varchar(250) NOT NULL, slug varchar(255) NOT NULL UNIQUE)',
    'CREATE TABLE video_tagulous_video_tags (id serial PRIMARY KEY, name varchar(80) NOT NULL UNIQUE, slug varchar(50) NOT NULL UNIQUE, count integer NOT NULL, protected boolean NOT NULL)',
    'CREATE TABLE video_video_tags (id serial PRIMARY KEY, video_id bigint NOT NULL REFERENCES video_video (id) DEFERRABLE INITIALLY DEFERRED, ' +
      'tagulous_video_tags_id integer NOT NULL REFERENCES video_tagulous_video_tags (id) DEFERRABLE INITIALLY DEFERRED, UNIQUE (video_id, tagulous_video_tags_id))',
  ],
} as const;

describe.each(enginesAmong(['mariadb', 'postgres']) as ('mariadb' | 'postgres')[])('tagulous conversion in batches on %s', (engine) => {
  let database: TestDatabase;
  let db: Connection;

  beforeAll(async () => {
    database = await startTestDatabase(engine);
    db = await database.connect();
    for (const statement of DDL[engine]) await db.execute(statement);
    // Video 5 is titled "Video Cinq": its v4 slug "0005-video-cinq" is already taken by video 9, so saving it fails.
    for (let id = 1; id <= 7; id++) await db.execute(`INSERT INTO video_video (id, title, slug) VALUES (${id}, 'Video ${id === 5 ? 'Cinq' : id}', 'old-${id}')`);
    await db.execute(`INSERT INTO video_video (id, title, slug) VALUES (9, 'Neuf', '0005-video-cinq')`);
  }, 180_000);

  afterAll(async () => {
    await db?.close();
    await database?.stop();
  });

  it('rolls back the failing video alone and keeps the rest of its batch', async () => {
    const conversion = new TagulousConversion(db, VIDEO_TAG_TABLE, 3);
    await conversion.deleteOld();
    const rows = [
      ...[1, 2, 3, 4].map((id) => ({ video_id: id, tag_name: 'shared, histoire' })),
      { video_id: 5, tag_name: 'shared, only-five' },
      { video_id: 99, tag_name: 'shared' },
      { video_id: 6, tag_name: 'shared, only-five' },
      { video_id: 7, tag_name: 'shared' },
    ];
    for (const row of rows) await conversion.convert(row);
    await conversion.finish();

    expect(conversion.objects).toBe(6);
    expect(conversion.problems).toHaveLength(2);
    expect(conversion.problems[0]).toMatch(/^video_video 5: tags "shared, only-five" not saved: /);
    expect(conversion.problems[1]).toBe('video_video 99: This video had to be deleted in Pod v3, but the keywords were kept');

    const tagged = await db.query(
      'SELECT v.video_id AS video, t.name AS name FROM video_video_tags v JOIN video_tagulous_video_tags t ON t.id = v.tagulous_video_tags_id ORDER BY v.video_id, t.name',
    );
    const byVideo = new Map<number, string[]>();
    for (const row of tagged) byVideo.set(Number(row.video), [...(byVideo.get(Number(row.video)) ?? []), String(row.name)]);
    expect(Object.fromEntries(byVideo)).toEqual({
      1: ['histoire', 'shared'], 2: ['histoire', 'shared'], 3: ['histoire', 'shared'], 4: ['histoire', 'shared'],
      6: ['only-five', 'shared'], 7: ['shared'],
    });

    // "only-five", created for video 5 and rolled back with it, is created again for video 6 with its
    // plain slug: tagulous looks for a free slug in the table, where the first one never landed.
    const counts = await db.query('SELECT name, slug, count FROM video_tagulous_video_tags ORDER BY name');
    expect(counts.map((row) => [row.name, row.slug, Number(row.count)])).toEqual([['histoire', 'histoire', 4], ['only-five', 'only-five', 1], ['shared', 'shared', 6]]);

    const slugs = await db.query('SELECT id, slug FROM video_video ORDER BY id');
    expect(slugs.map((row) => String(row.slug))).toEqual(['0001-video-1', '0002-video-2', '0003-video-3', '0004-video-4', 'old-5', '0006-video-6', '0007-video-7', '0005-video-cinq']);
  });
});
