/**
 * The checks of the Pod v1 → v2 rehearsal (research §10 for v1 → v2): row counts through the table
 * mapping, tags per video under django-tagging's rules, media references rewritten to v2 paths and present
 * in the v2 MEDIA_ROOT, orphan rows and data-loss warnings, and the key content compared by query
 * (videos with their owners, users, owners' hashkeys, channels with their owners and members). Personal
 * data (user names, e-mail addresses) appears in reports only as digests.
 */
import { createHash } from 'node:crypto';
import { contents, integrity, mediaReferences, query, rowCounts, tags, type Check, type ContentsTableOptions, type Row } from 'rehearse';
import { POD_V2_V3_TAGS } from '../../esup-pod/tag-presets.ts';
import { basename } from '../import/django-text.ts';
import { podfilePath } from '../import/podfile.ts';
import { V1_TO_V2_ADDED_TABLES, V1_TO_V2_CONTENTS, V1_TO_V2_TABLES } from './row-count-mapping.ts';

const hashkey = (secretKey: string, row: Row) => createHash('sha256').update(secretKey + String(row.username), 'utf8').digest('hex');

/** `<video id>/<rank>`: v1 and v2 rows of a video's files pair up by their order. */
const ranked = (table: string, fileColumn: string, fileTable: string, extra = '') => `
  SELECT CONCAT(x.video_id, '/', ROW_NUMBER() OVER (PARTITION BY x.video_id ORDER BY x.id)) AS ref_id, f.file AS path
  FROM ${table} x JOIN ${fileTable} f ON f.id = x.${fileColumn}${extra}`;
const rankedV1 = (table: string, fileColumn: string, where = '') => `
  SELECT CONCAT(x.video_id, '/', ROW_NUMBER() OVER (PARTITION BY x.video_id ORDER BY x.id)) AS ref_id, f.file AS path, u.username
  FROM ${table} x JOIN filer_file f ON f.id = x.${fileColumn} JOIN pods_pod p ON p.id = x.video_id JOIN auth_user u ON u.id = p.owner_id${where}`;

function media(secretKey: string): Check {
  const toPodfile = (path: string, row: Row) => podfilePath(hashkey(secretKey, row), basename(path));
  return mediaReferences({
    references: [
      {
        name: 'video source file',
        source: { sql: 'SELECT p.id AS ref_id, p.video AS path, u.username FROM pods_pod p JOIN auth_user u ON u.id = p.owner_id' },
        target: { table: 'video_video', column: 'video', key: 'id' },
        rewrite: (path, row) => `videos/${hashkey(secretKey, row)}/${basename(path)}`,
      },
      { name: 'document', source: { sql: rankedV1('pods_docpods', 'document_id') }, target: { sql: ranked('completion_document', 'document_id', 'podfile_customfilemodel') }, rewrite: toPodfile },
      {
        name: 'subtitle track',
        // Tracks pair up by video, language and kind, so one lost track does not shift the others.
        source: {
          sql: `SELECT CONCAT(x.video_id, '/', x.lang, '/', x.kind) AS ref_id, f.file AS path, u.username FROM pods_trackpods x
                JOIN filer_file f ON f.id = x.src_id JOIN pods_pod p ON p.id = x.video_id JOIN auth_user u ON u.id = p.owner_id
                WHERE f.file LIKE '%.srt' OR f.file LIKE '%.vtt'`,
        },
        target: { sql: "SELECT CONCAT(x.video_id, '/', x.lang, '/', x.kind) AS ref_id, f.file AS path FROM completion_track x JOIN podfile_customfilemodel f ON f.id = x.src_id" },
        rewrite: (path, row) => toPodfile(path.replace(/\.srt$/, '.vtt'), row),
      },
      {
        name: 'enrichment image',
        source: { sql: rankedV1('pods_enrichpods', 'image_id', " WHERE x.type = 'image'") },
        target: { sql: ranked('enrichment_enrichment', 'image_id', 'podfile_customimagemodel') },
        rewrite: toPodfile,
      },
      {
        name: 'enrichment document',
        source: { sql: rankedV1('pods_enrichpods', 'document_id', " WHERE x.type = 'document'") },
        target: { sql: ranked('enrichment_enrichment', 'document_id', 'podfile_customfilemodel') },
        rewrite: toPodfile,
      },
    ],
    fileForeignKeys: [
      ...[['completion_document', 'document_id'], ['completion_track', 'src_id'], ['enrichment_enrichment', 'document_id']].map(([table, column]) => ({
        table: table!, column: column!, fileTable: 'podfile_customfilemodel', pathColumn: 'file',
      })),
      ...[['enrichment_enrichment', 'image_id'], ['video_video', 'thumbnail_id'], ['video_channel', 'headband_id'], ['video_theme', 'headband_id'],
        ['video_type', 'icon_id'], ['video_discipline', 'icon_id'], ['authentication_owner', 'userpicture_id']].map(([table, column]) => ({
        table: table!, column: column!, fileTable: 'podfile_customimagemodel', pathColumn: 'file',
      })),
    ],
  });
}

const MEMBERS = (prefix: string) => `
  SELECT c.slug AS channel, 'owner' AS role, m.user_id, u.username FROM ${prefix}_channel_owners m
    JOIN ${prefix}_channel c ON c.id = m.channel_id LEFT JOIN auth_user u ON u.id = m.user_id
  UNION ALL
  SELECT c.slug, 'member', m.user_id, u.username FROM ${prefix}_channel_users m
    JOIN ${prefix}_channel c ON c.id = m.channel_id LEFT JOIN auth_user u ON u.id = m.user_id`;

/** The owners' hashkey, sha256(SECRET_KEY + username), declared as SQL over the v1 profile row. */
function withHashkey(tables: typeof V1_TO_V2_CONTENTS, quotedKey: string): typeof V1_TO_V2_CONTENTS {
  const owner = tables.core_userprofile as ContentsTableOptions;
  const hashkey = { source: `SHA2(CONCAT('${quotedKey}', (SELECT u.username FROM auth_user u WHERE u.id = $row.user_id)), 256)` };
  return { ...tables, core_userprofile: { ...owner, added: { ...owner.added, hashkey } } };
}

export function v1ToV2Checks(secretKey: string): Check[] {
  const key = secretKey.replace(/'/g, "''");
  return [
    rowCounts({ tables: V1_TO_V2_TABLES }),
    rowCounts({ id: 'overlays', severity: 'warning', tables: { pods_overlaypods: 'completion_overlay' }, ignore: [/^(?!pods_overlaypods$|completion_overlay$)/] }),
    tags({
      entityLabel: 'video',
      source: `SELECT i.object_id AS entity_id, t.name AS tag FROM taggit_taggeditem i JOIN taggit_tag t ON t.id = i.tag_id
               JOIN django_content_type c ON c.id = i.content_type_id AND c.app_label = 'pods' AND c.model = 'pod'
               JOIN pods_pod p ON p.id = i.object_id ORDER BY i.object_id`,
      target: `SELECT i.object_id AS entity_id, t.name AS tag FROM tagging_taggeditem i JOIN tagging_tag t ON t.id = i.tag_id
               JOIN django_content_type c ON c.id = i.content_type_id AND c.app_label = 'video' AND c.model = 'video' ORDER BY i.object_id`,
      expect: POD_V2_V3_TAGS,
    }),
    media(secretKey),
    integrity({ relations: [{ table: 'tagging_taggeditem', column: 'object_id', references: { table: 'video_video', column: 'id' } }] }),
    query(
      {
        source: 'SELECT p.id, p.title, p.slug, u.username AS owner, p.type_id, p.duration, p.cursus, p.main_lang, p.date_evt, p.is_draft, p.is_restricted FROM pods_pod p JOIN auth_user u ON u.id = p.owner_id ORDER BY p.id',
        target: 'SELECT v.id, v.title, v.slug, u.username AS owner, v.type_id, v.duration, v.cursus, v.main_lang, v.date_evt, v.is_draft, v.is_restricted FROM video_video v JOIN auth_user u ON u.id = v.owner_id ORDER BY v.id',
      },
      { id: 'videos', maskColumns: ['owner'] },
    ),
    query('SELECT id, username, email, first_name, last_name, is_active, is_staff, is_superuser FROM auth_user ORDER BY id', {
      id: 'users',
      maskColumns: ['username', 'email', 'first_name', 'last_name'],
    }),
    query(
      {
        source: `SELECT p.user_id, p.auth_type, p.affiliation, SHA2(CONCAT('${key}', u.username), 256) AS hashkey FROM core_userprofile p JOIN auth_user u ON u.id = p.user_id ORDER BY p.user_id`,
        target: 'SELECT user_id, auth_type, affiliation, hashkey FROM authentication_owner ORDER BY user_id',
      },
      { id: 'owners' },
    ),
    query({ source: 'SELECT id, title, slug, visible FROM pods_channel ORDER BY id', target: 'SELECT id, title, slug, visible FROM video_channel ORDER BY id' }, { id: 'channels' }),
    query({ source: MEMBERS('pods'), target: MEMBERS('video') }, { id: 'channel-members', orderInsensitive: true, maskColumns: ['username'] }),
    query(
      {
        source: 'SELECT id, video_id, title, slug, time AS time_start FROM pods_chapterpods ORDER BY id',
        target: 'SELECT id, video_id, title, slug, time_start FROM chapter_chapter ORDER BY id',
      },
      { id: 'chapters' },
    ),
    query(
      {
        source: "SELECT id, video_id, name, COALESCE(email_address, '') AS email_address, COALESCE(role, '') AS role, weblink FROM pods_contributorpods ORDER BY id",
        target: 'SELECT id, video_id, name, email_address, role, weblink FROM completion_contributor ORDER BY id',
      },
      { id: 'contributors', maskColumns: ['name', 'email_address'] },
    ),
    // Django's serializer keeps milliseconds only: datetimes compared to the second.
    contents({ tables: withHashkey(V1_TO_V2_CONTENTS, key), addedTables: V1_TO_V2_ADDED_TABLES, normalizeClasses: { timestamp: 'seconds' } }),
  ];
}
