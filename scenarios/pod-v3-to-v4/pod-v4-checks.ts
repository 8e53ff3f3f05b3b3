/**
 * The checks of the v3 → v4 rehearsal (research notes §10), for one engine on both sides.
 */
import { POD_MEDIA_LAYOUTS } from '../esup-pod/generator/pod-tables.ts';
import { POD_V2_V3_TAGS, POD_V4_TAGS } from '../esup-pod/tag-presets.ts';
import { contents, integrity, mediaReferences, query, rowCounts, tags, type Check } from 'rehearse';
import { V3_TABLES_NOT_EXPORTED } from './exported-tables.ts';

export type PodEngine = 'mariadb' | 'postgres';

/** Datetimes to the second: the export drops microseconds (research notes §8.4, §9 #18). */
function seconds(engine: PodEngine, column: string): string {
  return engine === 'postgres'
    ? `to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI:SS') AS ${column}`
    : `DATE_FORMAT(${column}, '%Y-%m-%d %H:%i:%s') AS ${column}`;
}

/**
 * A bigint key as a JavaScript number. The drivers hand BIGINT over as text (lossless), and the checks'
 * merge compares two text keys as text, so "10" would come after "9" although the database ordered them
 * numerically. Pod ids stay far below 2^53, where a double is exact.
 */
function key(engine: PodEngine, column: string, alias = column.replace(/^\w+\./, '')): string {
  return `CAST(${column} AS ${engine === 'postgres' ? 'DOUBLE PRECISION' : 'DOUBLE'}) AS ${alias}`;
}

/** Binary ordering of text keys, which the ordered query check requires. */
function binary(engine: PodEngine, column: string): string {
  return engine === 'postgres' ? `${column} COLLATE "C"` : `${column} COLLATE utf8mb4_bin`;
}

const videoTagsSource = (engine: PodEngine) => `SELECT ${key(engine, 'i.object_id', 'entity_id')}, t.name AS tag FROM tagging_taggeditem i
  JOIN tagging_tag t ON t.id = i.tag_id
  JOIN django_content_type c ON c.id = i.content_type_id
  JOIN video_video v ON v.id = i.object_id
  WHERE c.model = 'video' ORDER BY i.object_id`;
const videoTagsTarget = (engine: PodEngine) => `SELECT ${key(engine, 'l.video_id', 'entity_id')}, t.name AS tag FROM video_video_tags l
  JOIN video_tagulous_video_tags t ON t.id = l.tagulous_video_tags_id ORDER BY l.video_id`;

export function podV4Checks(engine: PodEngine): Check[] {
  const layout = POD_MEDIA_LAYOUTS.v4;
  const fileTables = new Set(layout.fileForeignKeys.map((fk) => fk.pathTable));
  return [
    rowCounts({
      // Not exported, on purpose: the tagging tables are converted into the tagulous ones (checked by
      // `tags`); django_migrations belongs to each installation.
      tables: { tagging_tag: false, tagging_taggeditem: false },
      // Other tables the export leaves out, when the v3 database has them.
      ignore: V3_TABLES_NOT_EXPORTED.filter((t) => !t.startsWith('tagging_')),
    }),
    tags({
      id: 'tags',
      entityLabel: 'video',
      source: videoTagsSource(engine),
      target: videoTagsTarget(engine),
      expect: POD_V4_TAGS,
    }),
    // The denormalised v3 column as users typed it, parsed by django-tagging: it is cut at 255 characters
    // and keeps names longer than MAX_TAG_LENGTH, so differences here are a warning only.
    tags({
      id: 'tags-raw-column',
      severity: 'warning',
      entityLabel: 'video',
      source: { sql: `SELECT ${key(engine, 'id', 'entity_id')}, tags AS tag_string FROM video_video WHERE tags <> '' ORDER BY id`, parse: POD_V2_V3_TAGS },
      target: videoTagsTarget(engine),
      expect: POD_V4_TAGS,
    }),
    query(
      {
        source: `SELECT t.name, COUNT(*) AS count FROM tagging_taggeditem i JOIN tagging_tag t ON t.id = i.tag_id
          JOIN django_content_type c ON c.id = i.content_type_id JOIN video_video v ON v.id = i.object_id
          WHERE c.model = 'video' GROUP BY t.name ORDER BY ${binary(engine, 't.name')}`,
        target: `SELECT name, count FROM video_tagulous_video_tags ORDER BY ${binary(engine, 'name')}`,
      },
      { id: 'tag-counts', description: 'tagulous count of each tag equals the number of videos using it in v3' },
    ),
    mediaReferences({
      // File tables are read by the check through fileForeignKeys already (listing them here too would
      // count each of their files twice); their paths per id are compared by the `files` query below.
      references: layout.pathColumns.filter((c) => !fileTables.has(c.table)).map((c) => ({
        name: `${c.table}.${c.column}`,
        source: { table: c.table, column: c.column, key: 'id' },
        target: { table: c.table, column: c.column, key: 'id' },
      })),
      fileForeignKeys: layout.fileForeignKeys.map((fk) => ({ table: fk.table, column: fk.column, fileTable: fk.references, fileKey: fk.pathKey, pathColumn: fk.pathColumn })),
      targetFiles: 'target-manifest',
    }),
    integrity({
      relations: [{ table: 'video_video_tags', column: 'video_id', references: { table: 'video_video', column: 'id' } }],
    }),
    query(
      `SELECT ${key(engine, 'id')}, title, owner_id, slug, type_id, video, is_draft, ${seconds(engine, 'date_added')} FROM video_video ORDER BY id`,
      { id: 'videos', description: 'videos: title, owner, slug, type, file, draft flag, date added (to the second)' },
    ),
    query(
      `SELECT 'file' AS kind, ${key(engine, 'id')}, file FROM podfile_customfilemodel
       UNION ALL SELECT 'image' AS kind, ${key(engine, 'id')}, file FROM podfile_customimagemodel ORDER BY kind, id`,
      // File names may name people: compared, shown only as digests.
      { id: 'files', key: ['kind', 'id'], maskColumns: ['file'], description: 'podfile files and images: same path per id' },
    ),
    query(`SELECT ${key(engine, 'id')}, title, slug, visible, site_id, headband_id FROM video_channel ORDER BY id`, { id: 'channels' }),
    query(`SELECT ${key(engine, 'id')}, user_id, hashkey, userpicture_id FROM authentication_owner ORDER BY id`, {
      id: 'owners',
      // The hashkey derives from SECRET_KEY and names media folders: compared, shown only as a digest.
      maskColumns: ['hashkey'],
    }),
    query(`SELECT id, username, email, is_active, is_staff, ${seconds(engine, 'date_joined')} FROM auth_user ORDER BY id`, {
      id: 'users',
      maskColumns: ['username', 'email'],
    }),
    // Every other value of every table: the tagging tables and the raw tags column are converted into
    // the tagulous tables (checked by `tags`); the export writes datetimes to the second.
    contents({
      tables: { tagging_tag: false, tagging_taggeditem: false, video_video: { columns: { tags: false } } },
      addedTables: Object.fromEntries(['video_tagulous_video_tags', 'video_video_tags'].map((t) => [t, 'the tags converted to tagulous: the tags check compares them per video'])),
      ignore: V3_TABLES_NOT_EXPORTED.filter((t) => !t.startsWith('tagging_')),
      normalizeClasses: { timestamp: 'seconds' },
    }),
  ];
}
