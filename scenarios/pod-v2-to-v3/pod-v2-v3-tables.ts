/**
 * The table-level decisions of the Pod v2 → v3 procedure (seed 001, research §7), in one place so the
 * steps and the checks cannot disagree: which tables the v2 export leaves out, which v2 tables are loaded
 * under a v3 name, and which v2 tables have no v3 counterpart.
 */

/**
 * Left out of the phpMyAdmin export on purpose: "SAUF django_migrations, SAUF live_broadcaster" (seed 001,
 * procedure 2). The fresh v3 keeps its own migration history; broadcasters are re-created by hand in the
 * v3 administration because live access moved to events.
 */
export const EXCLUDED_FROM_EXPORT = ['django_migrations', 'live_broadcaster'] as const;

/**
 * The encoding models moved to the `video_encode_transcript` app in Pod 3.3.0 (research §7.1, procedure 1's
 * rename list). The v2 rows are loaded under the v3 names. Procedure 1's list omits `video_encodinglog` and
 * `video_videorendition_sites` (research §7.3); both exist in the v3 app, so they are renamed too rather
 * than lost.
 */
export const ENCODING_RENAMES: Readonly<Record<string, string>> = {
  video_encodingvideo: 'video_encode_transcript_encodingvideo',
  video_encodingaudio: 'video_encode_transcript_encodingaudio',
  video_encodingstep: 'video_encode_transcript_encodingstep',
  video_encodinglog: 'video_encode_transcript_encodinglog',
  video_playlistvideo: 'video_encode_transcript_playlistvideo',
  video_videorendition: 'video_encode_transcript_videorendition',
  video_videorendition_sites: 'video_encode_transcript_videorendition_sites',
};

/** The v3 renditions table and its threshold column, added in Pod 3.1.0 (research §7.1). */
export const RENDITION_TABLE = 'video_encode_transcript_videorendition';
export const THRESHOLD_COLUMN = 'encoding_resolution_threshold';

/**
 * v2 tables with no place in v3: the channel and discipline site M2M became a `site_id` column in 3.0.0
 * (research §7.1; the INSERT leaves it at 0 and the seed's UPDATE sets 1), and v2 playlist elements have
 * no v3 table (playlists were rebuilt, §4.10). The load skips their statements and says so.
 */
export const NO_V3_TABLE = ['video_channel_sites', 'video_discipline_sites', 'playlist_playlistelement'] as const;

/** The v3 name a v2 table is loaded under. */
export function v3TableName(v2Table: string): string {
  return ENCODING_RENAMES[v2Table] ?? v2Table;
}

/**
 * Rows whose site the seed resets: "update video_channel set site_id=1 where site_id=0; update
 * video_discipline set site_id=1 where site_id=0" (seed 001, "champs pour lesquels le site est par défaut
 * à 0"). Only these two tables: the seed does not touch the M2M site tables.
 */
export const SITE_DEFAULTED_TABLES = ['video_channel', 'video_discipline'] as const;

/** Every v3 column that points at django_site, for the site-reference check (research §4.2, §7.1). */
export const V3_SITE_COLUMNS: readonly { readonly table: string; readonly key: string }[] = [
  { table: 'video_channel', key: 'id' },
  { table: 'video_discipline', key: 'id' },
  { table: 'video_video_sites', key: 'video_id' },
  { table: 'video_type_sites', key: 'type_id' },
  { table: 'authentication_owner_sites', key: 'owner_id' },
  { table: 'video_encode_transcript_videorendition_sites', key: 'videorendition_id' },
  { table: 'django_flatpage_sites', key: 'flatpage_id' },
];
