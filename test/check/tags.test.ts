/**
 * The `tags` check on every engine, on tables shaped like Pod's: a v3 source (tagging_tag /
 * tagging_taggeditem) against a v4 target (tagulous tables), and a v1 → v2 hop (taggit rows → a
 * django-tagging tag string). Per-engine differences are in the tables below, not in branches.
 */
import { describe, expect, it } from 'vitest';
import { tags } from '../../harness/check/tags/tags-check.ts';
import { BadInputError } from '../../harness/errors.ts';
import { djangoTagging } from '../../harness/tagging/django-tagging.ts';
import { checkContext } from './check-context.ts';
import { enginesAmong, ENGINES, type TestEngine } from '../support/test-databases.ts';
import { ENGINE_SQL, type EngineSql as CommonSql } from './engine-sql.ts';
import { databaseFile, useFreshPairs } from './fresh-pairs.ts';

interface EngineSql extends Pick<CommonSql, 'autoId'> {
  /** A tag name column whose UNIQUE key tells 'vidéo', 'video' and 'Video' apart, as Pod's does. */
  readonly tagName: (length: number) => string;
  /** The v3 export's comma-joined tag list of an object, in tag id order, cut at 40 characters. */
  readonly cutTagList: string;
}

const SQL: Record<TestEngine, EngineSql> = {
  mariadb: {
    autoId: ENGINE_SQL.mariadb.autoId,
    tagName: (length) => `VARCHAR(${length}) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin`,
    cutTagList: "SUBSTR(GROUP_CONCAT(t.name ORDER BY i.tag_id SEPARATOR ','), 1, 40)",
  },
  postgres: {
    autoId: ENGINE_SQL.postgres.autoId,
    tagName: (length) => `VARCHAR(${length})`,
    cutTagList: "substr(string_agg(t.name, ',' ORDER BY i.tag_id), 1, 40)",
  },
  sqlite: {
    autoId: ENGINE_SQL.sqlite.autoId,
    tagName: (length) => `VARCHAR(${length})`,
    // SQLite's group_concat takes no ORDER BY before 3.44: the rows are ordered by a subquery instead.
    cutTagList: "substr(group_concat(t.name, ','), 1, 40)",
  },
};

const V3_TAGS = `SELECT i.object_id AS entity_id, t.name AS tag FROM tagging_taggeditem i
  JOIN tagging_tag t ON t.id = i.tag_id WHERE i.content_type_id = 7 ORDER BY i.object_id`;
const V4_TAGS = `SELECT l.video_id, t.name FROM video_video_tags l
  JOIN video_tagulous_video_tags t ON t.id = l.tagulous_video_tags_id ORDER BY l.video_id`;

function v3Schema(sql: EngineSql): string {
  return `
    CREATE TABLE tagging_tag (id INTEGER PRIMARY KEY, name ${sql.tagName(50)} NOT NULL UNIQUE);
    CREATE TABLE tagging_taggeditem (id ${sql.autoId}, tag_id INTEGER NOT NULL, content_type_id INTEGER NOT NULL, object_id INTEGER NOT NULL);`;
}
function v4Schema(sql: EngineSql): string {
  return `
    CREATE TABLE video_tagulous_video_tags (id INTEGER PRIMARY KEY, name ${sql.tagName(80)} NOT NULL UNIQUE);
    CREATE TABLE video_video_tags (id ${sql.autoId}, video_id INTEGER NOT NULL, tagulous_video_tags_id INTEGER NOT NULL);`;
}

/** SQL inserting `video → tag names` into the v3 tables. */
function v3Rows(data: Record<number, string[]>): string {
  const names = [...new Set(Object.values(data).flat())];
  const sql = names.map((n, i) => `INSERT INTO tagging_tag VALUES (${i + 1}, '${n.replaceAll("'", "''")}');`);
  for (const [video, list] of Object.entries(data)) {
    for (const n of list) sql.push(`INSERT INTO tagging_taggeditem (tag_id, content_type_id, object_id) VALUES (${names.indexOf(n) + 1}, 7, ${video});`);
  }
  return sql.join('\n');
}
function v4Rows(data: Record<number, string[]>): string {
  const names = [...new Set(Object.values(data).flat())];
  const sql = names.map((n, i) => `INSERT INTO video_tagulous_video_tags VALUES (${i + 1}, '${n.replaceAll("'", "''")}');`);
  for (const [video, list] of Object.entries(data)) {
    for (const n of list) sql.push(`INSERT INTO video_video_tags (video_id, tagulous_video_tags_id) VALUES (${video}, ${names.indexOf(n) + 1});`);
  }
  return sql.join('\n');
}

const SOURCE = {
  3: ['python', 'apprentissage automatique'],
  17: ['apprentissage automatique'],
  20: ['histoire', 'geographie'],
};

for (const engine of ENGINES) {
  const sql = SQL[engine];

  describe(`${engine}: tags check (v3 django-tagging → v4 tagulous)`, () => {
    const fresh = useFreshPairs(engine);

    async function runTags(source: Record<number, string[]>, target: Record<number, string[]>, extra: Partial<Parameters<typeof tags>[0]> = {}) {
      const dbs = await fresh.pair(v3Schema(sql) + v3Rows(source), v4Schema(sql) + v4Rows(target));
      const check = tags({ source: V3_TAGS, target: V4_TAGS, expect: 'tagulous', entityLabel: 'video', ...extra });
      return check.run(checkContext(dbs.source, dbs.target));
    }

    it('passes when every video keeps its tags', async () => {
      const outcome = await runTags(SOURCE, SOURCE);
      expect(outcome.status).toBe('passed');
      expect(outcome.summary).toBe('tags of 3 videos match under tagulous rules');
      expect(outcome.metrics).toMatchObject({ entitiesSource: 3, tagsExpected: 5, lost: 0, added: 0 });
    });

    it('fails when a lone multi-word tag is split into words', async () => {
      const outcome = await runTags(SOURCE, { ...SOURCE, 17: ['apprentissage', 'automatique'] });
      expect(outcome.status).toBe('failed');
      expect(outcome.examples).toEqual([
        { subject: 'video 17', detail: 'tag "apprentissage automatique" lost, "apprentissage" and "automatique" added' },
      ]);
      expect(outcome.metrics).toMatchObject({ lost: 1, added: 2, truncated: 0, merged: 0, entitiesWithFindings: 1 });
    });

    it('fails when a GROUP_CONCAT-cut list loses its last tags and leaves a cut fragment', async () => {
      const long = { 5: ['analyse', 'biologie', 'chimie organique', 'developpement durable', 'zoologie'] };
      const dbs = await fresh.pair(v3Schema(sql) + v3Rows(long), '');
      // The v3 export's aggregate, cut at 40 characters as group_concat_max_len would, parsed by tagulous.
      const exported = `SELECT i.object_id, ${sql.cutTagList} AS tag_string
        FROM (SELECT * FROM tagging_taggeditem ORDER BY tag_id) i JOIN tagging_tag t ON t.id = i.tag_id
        GROUP BY i.object_id ORDER BY i.object_id`;
      const check = tags({
        source: V3_TAGS,
        target: { sql: exported, parse: 'tagulous' },
        expect: 'tagulous',
        entityLabel: 'video',
      });
      const outcome = await check.run(checkContext(dbs.source, dbs.source));
      expect(outcome.status).toBe('failed');
      expect(outcome.metrics).toMatchObject({ lost: 1, truncated: 1, added: 0 });
      expect(outcome.examples[0]!.detail).toBe('tag "developpement durable" truncated to "develo"; tag "zoologie" lost');
    });

    it('reports tags merged by an accent-insensitive collation, unless merged is allowed', async () => {
      const source = { 8: ['vidéo', 'video'] };
      const failed = await runTags(source, { 8: ['video'] });
      expect(failed.status).toBe('failed');
      expect(failed.examples[0]!.detail).toBe('tags "vidéo" and "video" merged into "video"');
      expect(failed.metrics).toMatchObject({ merged: 1, lost: 0, added: 0 });
      const allowed = await runTags(source, { 8: ['video'] }, { allow: ['merged'] });
      expect(allowed.status).toBe('passed');
      expect(allowed.summary).toContain('1 merged (allowed)');
    });

    it('does not fail on case variants tagulous itself keeps as one tag (case_sensitive=False)', async () => {
      const outcome = await runTags({ 4: ['Python', 'python'] }, { 4: ['PYTHON'] });
      expect(outcome.status).toBe('passed');
      expect(outcome.metrics).toMatchObject({ mergedByLibrary: 1, merged: 0 });
    });

    it('counts every tag of a video missing from the target as lost, and tags of unknown videos as added', async () => {
      const outcome = await runTags({ 1: ['a'], 2: ['b', 'c'] }, { 1: ['a'], 9: ['x'] });
      expect(outcome.status).toBe('failed');
      expect(outcome.metrics).toMatchObject({ lost: 2, added: 1, entitiesSource: 2, entitiesTarget: 2 });
      expect(outcome.examples.map((e) => e.subject)).toEqual(['video 2', 'video 9']);
    });

    it('refuses a query that is not ordered by entity id', async () => {
      const dbs = await fresh.pair(v3Schema(sql) + v3Rows({ 2: ['a'], 1: ['b'] }), v4Schema(sql));
      const check = tags({
        source: 'SELECT object_id, tag_id FROM tagging_taggeditem ORDER BY object_id DESC',
        target: V4_TAGS,
        expect: 'tagulous',
      });
      await expect(check.run(checkContext(dbs.source, dbs.target))).rejects.toThrow(BadInputError);
      await expect(check.run(checkContext(dbs.source, dbs.target))).rejects.toThrow(/ordered by entity id: 1 came after 2/);
    });
  });

  describe(`${engine}: tags check (v1 taggit → v2 django-tagging, tags varchar(50))`, () => {
    const fresh = useFreshPairs(engine);
    const V1_TAGS = `SELECT i.object_id, t.name FROM taggit_taggeditem i JOIN taggit_tag t ON t.id = i.tag_id ORDER BY 1`;
    const V2_STRING = `SELECT id, tags FROM video_video ORDER BY id`;
    // Pod v2's configuration: FORCE_LOWERCASE_TAGS = True, and Video.save() strips accents from the string.
    const POD_V2_TAGGING = djangoTagging({ forceLowercase: true, stripAccents: true });

    it('passes with a sound tag string, even though django-tagging lower-cases and strips accents', async () => {
      const dbs = await fresh.pair(
        `CREATE TABLE taggit_tag (id INTEGER PRIMARY KEY, name ${sql.tagName(100)});
         CREATE TABLE taggit_taggeditem (id ${sql.autoId}, tag_id INTEGER, object_id INTEGER);
         INSERT INTO taggit_tag VALUES (1, 'Éducation'), (2, 'machine learning');
         INSERT INTO taggit_taggeditem (tag_id, object_id) VALUES (1, 11), (2, 11);`,
        `CREATE TABLE video_video (id INTEGER PRIMARY KEY, tags ${sql.tagName(255)});
         INSERT INTO video_video VALUES (11, 'education, machine learning');`,
      );
      const check = tags({ source: V1_TAGS, target: { sql: V2_STRING, parse: POD_V2_TAGGING }, expect: POD_V2_TAGGING });
      const outcome = await check.run(checkContext(dbs.source, dbs.target));
      expect(outcome.status).toBe('passed');
    });
  });
}

describe('tags check options', () => {
  it('rejects unknown options when the scenario is loaded', () => {
    expect(() => tags({ source: 'x', target: 'y', expect: 'taggit' as never })).toThrow(/check tags: expect/);
    expect(() => tags({ source: 'x', target: 'y', expect: 'tagulous', allow: ['dropped' as never] })).toThrow(BadInputError);
  });
});

// The v1 → v2 "migration" below reads the source file from the target (ATTACH), which only a file engine allows.
for (const engine of enginesAmong(['sqlite'])) {
  describe(`${engine}: tags check on a tag list cut by the column width`, () => {
    const fresh = useFreshPairs(engine);
    const POD_V2_TAGGING = djangoTagging({ forceLowercase: true, stripAccents: true });

    it('fails when a tag is cut at 50 characters, naming the limit', async () => {
      const dbs = await fresh.pair(
        `CREATE TABLE taggit_tag (id INTEGER PRIMARY KEY, name VARCHAR(100));
         CREATE TABLE taggit_taggeditem (id INTEGER PRIMARY KEY, tag_id INTEGER, object_id INTEGER);
         INSERT INTO taggit_tag VALUES (1, 'introduction a la programmation fonctionnelle en haskell'), (2, 'python');
         INSERT INTO taggit_taggeditem (tag_id, object_id) VALUES (1, 11), (2, 11), (2, 12);`,
        `CREATE TABLE video_video (id INTEGER PRIMARY KEY, tags VARCHAR(255));`,
      );
      // The "migration": the joined list, each name cut to the tagging_tag.name width.
      await dbs.target.execute(`ATTACH DATABASE '${databaseFile(dbs.sourceUrl)}' AS v1`);
      await dbs.target.execute(`INSERT INTO video_video (id, tags)
        SELECT i.object_id, group_concat(substr(t.name, 1, 50), ', ') FROM v1.taggit_taggeditem i
        JOIN v1.taggit_tag t ON t.id = i.tag_id GROUP BY i.object_id`);
      const check = tags({
        source: `SELECT i.object_id, t.name FROM taggit_taggeditem i JOIN taggit_tag t ON t.id = i.tag_id ORDER BY 1`,
        target: { sql: `SELECT id, tags FROM video_video ORDER BY id`, parse: POD_V2_TAGGING },
        expect: POD_V2_TAGGING,
        entityLabel: 'video',
      });
      const outcome = await check.run(checkContext(dbs.source, dbs.target));
      expect(outcome.status).toBe('failed');
      expect(outcome.metrics).toMatchObject({ truncated: 1, overLength: 1, lost: 0, added: 0 });
      expect(outcome.examples[0]).toEqual({
        subject: 'video 11',
        detail:
          'tag "introduction a la programmation fonctionnelle en haskell" truncated to "introduction a la programmation fonctionnelle en h" (longer than django-tagging\'s 50-character limit)',
      });
    });
  });
}

for (const engine of enginesAmong(['mariadb'])) {
  describe(`${engine}: tags check on the v3 export's real GROUP_CONCAT`, () => {
    const fresh = useFreshPairs(engine);

    it('tags fails when the v3 export GROUP_CONCAT is cut by group_concat_max_len, and passes when it is not', async () => {
      const { source: db } = await fresh.pair(
        `CREATE TABLE tagging_tag (id INT PRIMARY KEY, name VARCHAR(50) NOT NULL UNIQUE);
         CREATE TABLE tagging_taggeditem (id INT AUTO_INCREMENT PRIMARY KEY, tag_id INT, content_type_id INT, object_id INT);
         INSERT INTO tagging_tag VALUES (1, 'analyse'), (2, 'biologie'), (3, 'chimie organique'), (4, 'zoologie');
         INSERT INTO tagging_taggeditem (tag_id, content_type_id, object_id) VALUES (1, 7, 5), (2, 7, 5), (3, 7, 5), (4, 7, 5), (3, 7, 6);`,
        '',
      );
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
      await db.execute('DELETE FROM tagging_taggeditem WHERE object_id = 6');
      const sound = await check.run(checkContext(db, db));
      expect(sound.status).toBe('passed');
    });
  });
}
