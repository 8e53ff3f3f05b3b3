/**
 * The checks of the Pod v2 → v3 rehearsal (research §10 applied to seed 001). Kept apart from
 * scenario.ts so variants (test fixtures) can reuse them with other steps.
 */
import { contents, integrity, mediaReferences, query, rowCounts, tags, type Check, type ContentsTableOptions, type TableMapping } from 'rehearse';
import { POD_MEDIA_LAYOUTS } from '../esup-pod/generator/pod-tables.ts';
import { POD_V2_V3_TAGS } from '../esup-pod/tag-presets.ts';
import { ENCODING_RENAMES, EXCLUDED_FROM_EXPORT, NO_V3_TABLE, THRESHOLD_COLUMN, v3TableName } from './pod-v2-v3-tables.ts';
import { renditionThresholds } from './rendition-thresholds-check.ts';
import { siteReferences } from './site-references-check.ts';

/** Source tables and what the target must hold for them; every other table must match its own count. */
const TABLE_MAPPING: Record<string, TableMapping> = {
  ...Object.fromEntries(EXCLUDED_FROM_EXPORT.map((t) => [t, false])),
  ...ENCODING_RENAMES,
  ...Object.fromEntries(NO_V3_TABLE.map((t) => [t, false])),
  // v2 playlists cannot load into v3's rebuilt playlist table (no title/visible columns): the load skips
  // them, the warning check `playlists` shows what is left to re-create by hand.
  playlist_playlist: { expected: 0 },
};

/** The columns v3 adds to tables v2 has, and what each holds after the load and the seed's UPDATEs. */
const SITE_SET_BY_SEED = { unchecked: "0 after the load, 1 after the seed's UPDATE: the site-references check verifies it" };
const V3_ADDED_COLUMNS: Readonly<Record<string, ContentsTableOptions>> = {
  authentication_owner: { added: { accepts_notifications: null } },
  video_channel: { added: { site_id: SITE_SET_BY_SEED } },
  video_discipline: { added: { site_id: SITE_SET_BY_SEED } },
  video_video: { added: { order: null } },
  completion_document: { added: { private: false } },
  completion_track: { added: { enrich_ready: false } },
  video_encodinglog: { table: ENCODING_RENAMES.video_encodinglog, added: { logfile: null } },
  // 0 from the seed's column default, or INSERT IGNORE's implicit 0 with warning 1364 without it (the
  // rendition-thresholds check names those renditions).
  video_videorendition: { table: ENCODING_RENAMES.video_videorendition, added: { [THRESHOLD_COLUMN]: 0 } },
};

const TAGGED_VIDEOS = `SELECT i.object_id, t.name FROM tagging_taggeditem i JOIN tagging_tag t ON t.id = i.tag_id
  JOIN django_content_type c ON c.id = i.content_type_id WHERE c.app_label = 'video' AND c.model = 'video' ORDER BY i.object_id`;

/**
 * v3 ids are BIGINT, which the MariaDB driver returns as strings, and the query check orders two strings
 * as text ("10" before "9"), so an ORDER BY id on v3 looks unordered. Zero-padded keys sort the same as
 * text and as numbers on both sides.
 */
const key = (column: string, alias = column.replace(/^\w+\./, '')) => `LPAD(${column}, 12, '0') AS ${alias}`;

const V2_MEDIA = POD_MEDIA_LAYOUTS.v2;
const V3_MEDIA = POD_MEDIA_LAYOUTS.v3;
const dropped = new Set<string>(EXCLUDED_FROM_EXPORT);

export function podV2ToV3Checks(): Check[] {
  return [
    rowCounts({ tables: TABLE_MAPPING }),
    integrity(),
    renditionThresholds(),
    siteReferences(),
    mediaReferences({
      // MEDIA_ROOT unchanged: every path identical, every file present in the catalogue the step wrote.
      references: V2_MEDIA.pathColumns.map((c) => ({
        name: `${c.table}.${c.column}`,
        source: { table: c.table, column: c.column, key: 'id' },
        target: { table: v3TableName(c.table), column: c.column, key: 'id' },
      })),
      fileForeignKeys: V3_MEDIA.fileForeignKeys
        .filter((fk) => !dropped.has(fk.table))
        .map((fk) => ({ table: fk.table, column: fk.column, fileTable: fk.pathTable, fileKey: fk.pathKey, pathColumn: fk.pathColumn })),
      targetFiles: 'target-manifest',
    }),
    // django-tagging in both versions (0.4.6 → 0.5.0, research §7.1): tag sets must be unchanged.
    tags({ entityLabel: 'video', source: TAGGED_VIDEOS, target: TAGGED_VIDEOS, expect: POD_V2_V3_TAGS }),
    query(`SELECT ${key('id')}, title, slug, owner_id, type_id, video, date_added, main_lang, tags, is_draft, password, duration, thumbnail_id FROM video_video ORDER BY id`, {
      id: 'videos',
      maskColumns: ['password'],
    }),
    query(`SELECT ${key('id')}, title, slug, description, headband_id, color, visible FROM video_channel ORDER BY id`, { id: 'channels' }),
    query(
      `SELECT ${key('o.id')}, o.user_id, u.username, u.email, o.hashkey, o.auth_type, o.affiliation, o.establishment
       FROM authentication_owner o JOIN auth_user u ON u.id = o.user_id ORDER BY o.id`,
      { id: 'owners', maskColumns: ['username', 'email', 'hashkey'] },
    ),
    // Research §7.2: v3's fix_transcript hook turns the v2 boolean into the video's language ('' for 0),
    // but it runs on `migrate`, which this procedure runs on the empty v3 only.
    query(
      {
        source: `SELECT ${key('id')}, CASE WHEN transcript = 1 THEN main_lang ELSE '' END AS transcript FROM video_video ORDER BY id`,
        target: `SELECT ${key('id')}, transcript FROM video_video ORDER BY id`,
      },
      { id: 'transcript-languages', severity: 'warning', description: 'video_video.transcript holds a language code (v3) rather than the v2 boolean' },
    ),
    query('SELECT COUNT(*) AS playlists FROM playlist_playlist', {
      id: 'playlists',
      severity: 'warning',
      orderInsensitive: true,
      description: 'v2 playlists reach v3 (this procedure skips them: re-create them by hand)',
    }),
    // Every value of every other table: tables left out of the dump or without a v3 counterpart are
    // dropped on purpose, the encoding tables renamed; v2 playlists are not loaded (the `playlists` check
    // lists them). Columns v3 adds hold what the load gives them: INSERT IGNORE leaves a NOT NULL column
    // without default at its implicit zero, a nullable one NULL.
    contents({
      tables: {
        ...Object.fromEntries([...EXCLUDED_FROM_EXPORT, ...NO_V3_TABLE, 'playlist_playlist'].map((t) => [t, false as const])),
        ...ENCODING_RENAMES,
        ...V3_ADDED_COLUMNS,
      },
    }),
  ];
}
