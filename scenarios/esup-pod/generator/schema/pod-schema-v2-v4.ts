/**
 * Esup-Pod v2 (2.9.3), v3 (3.8.4) and v4 (4.0.x) tables that carry data worth checking
 * (research/esup-pod.md §4). Differences per version, all from the research doc:
 * - ids: int everywhere in v2; bigint for Pod apps in v3/v4, int for auth/sites/flatpages/tagging/tagulous (§2.6);
 * - `USE_PODFILE = True` (the Montpellier v1→v2 notes insist on it), so file FKs point to podfile_*;
 *   main_customfilemodel / main_customimagemodel exist but stay empty (§2.4);
 * - encoding tables: `video_*` in v2, `video_encode_transcript_*` from 3.3.0 (§4.4, §7.1), with the
 *   `encoding_resolution_threshold` column from 3.1.0 and `encodinglog.logfile` from 3.0;
 * - sites: M2M `video_channel_sites` / `video_discipline_sites` in v2, a `site_id` FK in v3+ (§7.1);
 * - tags: django-tagging tables + the denormalised `video_video.tags` varchar(255) in v2/v3, tagulous
 *   tables in v4 (§4.11); `transcript` bool in v2, varchar(2) from 3.2.0; playlists rebuilt in v3 (§4.10).
 * Only the tables the generator fills are described; the rest of Pod (recorder, quiz, dressing…) is out.
 */
import type { PodVersion } from './pod-schema-model.ts';
import { col, m2m, type ColumnSpec, type PodSchema, type TableSpec } from './pod-schema-model.ts';

export function podSchemaV2toV4(version: Exclude<PodVersion, 'v1'>): PodSchema {
  const v2 = version === 'v2';
  const v4 = version === 'v4';
  const B = !v2; // Pod-app ids (and FKs to them) are bigint from v3 on
  const I = false; // third-party ids stay int
  const enc = v2 ? 'video' : 'video_encode_transcript';
  const img = 'podfile_customimagemodel';
  const file = 'podfile_customfilemodel';
  const only = <T>(condition: boolean, ...items: T[]): T[] => (condition ? items : []);
  const tr = (name: string, length?: number): ColumnSpec[] =>
    length === undefined
      ? [col.text(`${name}_fr`, true), col.text(`${name}_en`, true)]
      : [col.str(`${name}_fr`, length, { nullable: true }), col.str(`${name}_en`, length, { nullable: true })];
  const video = (name = 'video_id'): ColumnSpec => col.fk(name, 'video_video', B);
  const user = (name: string, nullable = false): ColumnSpec => col.fk(name, 'auth_user', I, nullable);
  const site = { column: 'site_id', table: 'django_site', big: I };

  const tables: TableSpec[] = [
    { name: 'django_site', columns: [col.id(I), col.str('domain', 100, { unique: true }), col.str('name', 50)] },
    {
      name: 'django_content_type',
      columns: [col.id(I), col.str('app_label', 100), col.str('model', 100)],
      uniques: [{ columns: ['app_label', 'model'] }],
    },
    { name: 'django_migrations', columns: [col.id(I), col.str('app', 255), col.str('name', 255), col.datetime('applied')] },
    { name: 'auth_group', columns: [col.id(I), col.str('name', v2 ? 80 : 150, { unique: true })] },
    {
      name: 'auth_user',
      columns: [
        col.id(I), col.str('password', 128), col.datetime('last_login', true), col.bool('is_superuser'),
        col.str('username', 150, { unique: true }), col.str('first_name', v2 ? 30 : 150), col.str('last_name', v2 ? 30 : 150),
        col.str('email', 254), col.bool('is_staff'), col.bool('is_active'), col.datetime('date_joined'),
      ],
    },
    {
      name: 'podfile_userfolder',
      columns: [col.id(B), col.str('name', 255), user('owner_id'), col.datetime('created_at')],
      uniques: [{ columns: ['name', 'owner_id'] }],
    },
    m2m('podfile_userfolder_users', { column: 'userfolder_id', table: 'podfile_userfolder', big: B }, { column: 'user_id', table: 'auth_user', big: I }, { idBig: B }),
    ...[file, img].map(
      (name): TableSpec => ({
        name,
        columns: [
          col.id(B), col.str('name', 255), col.str('description', 255), col.fk('folder_id', 'podfile_userfolder', B),
          col.datetime('uploaded_at'), user('created_by_id'), col.str('file', 255),
        ],
      }),
    ),
    ...['main_customfilemodel', 'main_customimagemodel'].map(
      (name): TableSpec => ({ name, columns: [col.id(B), col.str('file', 255, { nullable: true })], note: 'empty: USE_PODFILE = True' }),
    ),
    {
      name: 'authentication_owner',
      columns: [
        col.id(B), user('user_id'), col.str('auth_type', 20), col.str('affiliation', 50), col.text('commentaire'),
        col.str('hashkey', 64, { unique: true }), col.fk('userpicture_id', img, B, true), col.str('establishment', 10),
        ...only(!v2, col.bool('accepts_notifications', true)),
      ],
      uniques: [{ columns: ['user_id'] }],
    },
    m2m('authentication_owner_sites', { column: 'owner_id', table: 'authentication_owner', big: B }, site, { idBig: B }),
    {
      name: 'video_type',
      columns: [
        col.id(B), col.str('title', 100, { unique: true }), ...tr('title', 100), col.str('slug', 100, { unique: true }),
        col.text('description'), ...tr('description'), col.fk('icon_id', img, B, true),
      ],
    },
    m2m('video_type_sites', { column: 'type_id', table: 'video_type', big: B }, site, { idBig: B }),
    {
      name: 'video_discipline',
      columns: [
        col.id(B), col.str('title', 100, { unique: true }), ...tr('title', 100), col.str('slug', 100, { unique: true }),
        col.text('description'), ...tr('description'), col.fk('icon_id', img, B, true), ...only(!v2, col.fk('site_id', 'django_site', I)),
      ],
    },
    ...only(v2, m2m('video_discipline_sites', { column: 'discipline_id', table: 'video_discipline', big: B }, site)),
    {
      name: 'video_channel',
      columns: [
        col.id(B), col.str('title', 100, { unique: true }), ...tr('title', 100), col.str('slug', 100, { unique: true }),
        col.text('description'), ...tr('description'), col.fk('headband_id', img, B, true), col.str('color', 10, { nullable: true }),
        col.text('style', true), col.bool('visible'), ...only(!v2, col.fk('site_id', 'django_site', I)),
      ],
      uniques: only(!v2, { name: 'channel_unique_slug_site', columns: ['slug', 'site_id'] }),
    },
    ...only(v2, m2m('video_channel_sites', { column: 'channel_id', table: 'video_channel', big: B }, site)),
    m2m('video_channel_owners', { column: 'channel_id', table: 'video_channel', big: B }, { column: 'user_id', table: 'auth_user', big: I }, { idBig: B }),
    m2m('video_channel_users', { column: 'channel_id', table: 'video_channel', big: B }, { column: 'user_id', table: 'auth_user', big: I }, { idBig: B }),
    {
      name: 'video_theme',
      columns: [
        col.id(B), col.fk('parentId_id', 'video_theme', B, true), col.str('title', 100), ...tr('title', 100), col.str('slug', 100, { index: true }),
        col.text('description'), ...tr('description'), col.fk('headband_id', img, B, true), col.fk('channel_id', 'video_channel', B),
      ],
      uniques: [{ columns: ['channel_id', 'slug'] }],
    },
    {
      name: 'video_video',
      columns: [
        col.id(B), col.str('video', 255), col.str('title', 250), ...tr('title', 250), col.str('slug', 255, { unique: true }),
        col.fk('type_id', 'video_type', B), user('owner_id'), col.text('description'), ...tr('description'),
        col.datetime('date_added'), col.date('date_evt', true), col.str('cursus', 1), col.str('main_lang', 2),
        v2 ? col.bool('transcript') : col.str('transcript', 2),
        ...only(!v4, col.str('tags', 255)),
        col.str('licence', 8, { nullable: true }), col.bool('allow_downloading'), col.bool('is_360'), col.bool('is_draft'),
        col.bool('is_restricted'), col.str('password', 50, { nullable: true }), col.bool('encoding_in_progress'),
        col.bool('is_video'), col.bool('disable_comment'), ...only(!v2, col.int('order', { positive: true, small: true, nullable: true })),
        col.fk('thumbnail_id', img, B, true), col.int('duration'), col.str('overview', 255, { nullable: true }), col.date('date_delete'),
      ],
    },
    m2m('video_video_sites', { column: 'video_id', table: 'video_video', big: B }, site, { idBig: B }),
    m2m('video_video_additional_owners', { column: 'video_id', table: 'video_video', big: B }, { column: 'user_id', table: 'auth_user', big: I }, { idBig: B }),
    m2m('video_video_channel', { column: 'video_id', table: 'video_video', big: B }, { column: 'channel_id', table: 'video_channel', big: B }, { idBig: B, omitUniqueWith: 'duplicate-rows' }),
    m2m('video_video_theme', { column: 'video_id', table: 'video_video', big: B }, { column: 'theme_id', table: 'video_theme', big: B }, { idBig: B }),
    m2m('video_video_discipline', { column: 'video_id', table: 'video_video', big: B }, { column: 'discipline_id', table: 'video_discipline', big: B }, { idBig: B }),
    { name: 'video_viewcount', columns: [col.id(B), video(), col.date('date'), col.int('count')], uniques: [{ columns: ['video_id', 'date'] }] },
    {
      name: `${enc}_videorendition`,
      columns: [
        col.id(B), col.str('resolution', 50, { unique: true }), col.str('minrate', 50), col.str('video_bitrate', 50), col.str('maxrate', 50),
        ...only(!v2, col.int('encoding_resolution_threshold', { positive: true })), col.str('audio_bitrate', 50), col.bool('encode_mp4'),
      ],
    },
    m2m(`${enc}_videorendition_sites`, { column: 'videorendition_id', table: `${enc}_videorendition`, big: B }, site, { idBig: B }),
    {
      name: `${enc}_encodingvideo`,
      columns: [
        col.id(B), col.str('name', 10), video(), col.fk('rendition_id', `${enc}_videorendition`, B), col.str('encoding_format', 22),
        col.str('source_file', 255),
      ],
    },
    ...[`${enc}_encodingaudio`, `${enc}_playlistvideo`].map(
      (name): TableSpec => ({ name, columns: [col.id(B), col.str('name', 10), video(), col.str('encoding_format', 35), col.str('source_file', 255)] }),
    ),
    {
      name: `${enc}_encodinglog`,
      columns: [col.id(B), video(), col.text('log', true), ...only(!v2, col.str('logfile', 255, { nullable: true }))],
      uniques: [{ columns: ['video_id'] }],
    },
    {
      name: `${enc}_encodingstep`,
      columns: [col.id(B), video(), col.int('num_step'), col.str('desc_step', 255, { nullable: true })],
      uniques: [{ columns: ['video_id'] }],
    },
    {
      name: 'chapter_chapter',
      columns: [col.id(B), video(), col.str('title', 100), col.str('slug', 105, { unique: true }), col.int('time_start', { positive: true })],
      uniques: [{ columns: ['title', 'time_start', 'video_id'] }],
    },
    {
      name: 'completion_contributor',
      columns: [
        col.id(B), video(), col.str('name', 200), col.str('email_address', 254), col.str('role', 200),
        col.str('weblink', 200, { nullable: true }),
      ],
    },
    { name: 'completion_document', columns: [col.id(B), video(), col.fk('document_id', file, B, true), ...only(!v2, col.bool('private'))] },
    {
      name: 'completion_track',
      columns: [
        col.id(B), video(), col.str('kind', 10), col.str('lang', 2), col.fk('src_id', file, B, true), ...only(!v2, col.bool('enrich_ready')),
      ],
    },
    {
      name: 'completion_overlay',
      columns: [
        col.id(B), video(), col.str('title', 100), col.str('slug', 105, { unique: true }), col.int('time_start', { positive: true }),
        col.int('time_end', { positive: true }), col.text('content'), col.str('position', 100, { nullable: true }), col.bool('background'),
      ],
    },
    {
      name: 'enrichment_enrichment',
      columns: [
        col.id(B), video(), col.str('title', 100), col.str('slug', 105, { unique: true }), col.bool('stop_video'),
        col.int('start', { positive: true }), col.int('end', { positive: true }), col.str('type', 10, { nullable: true }),
        col.fk('image_id', img, B, true), col.text('richtext'), col.str('weblink', 200, { nullable: true }),
        col.fk('document_id', file, B, true), col.text('embed', true),
      ],
    },
    ...(v4 ? tagulousTables(B) : taggingTables()),
    ...playlistTables(v2, B),
    {
      name: 'live_building',
      columns: [col.id(B), col.str('name', 200, { unique: true }), col.fk('headband_id', img, B, true), col.str('gmapurl', 250, { nullable: true })],
    },
    v2
      ? {
          name: 'live_broadcaster',
          columns: [
            col.id(B), col.str('name', 200, { unique: true }), col.str('slug', 200, { unique: true }), col.fk('building_id', 'live_building', B),
            col.text('description'), col.fk('poster_id', img, B, true), col.str('url', 200, { unique: true }),
            col.fk('video_on_hold_id', 'video_video', B, true), col.str('iframe_url', 200, { nullable: true }),
            col.int('iframe_height', { nullable: true }), col.str('aside_iframe_url', 200, { nullable: true }), col.bool('status'),
            col.bool('is_restricted'), col.str('password', 50, { nullable: true }), col.int('viewcount'), col.bool('enable_viewer_count'),
            col.bool('public'),
          ],
        }
      : {
          name: 'live_broadcaster',
          columns: [
            col.id(B), col.str('name', 200, { unique: true }), col.str('slug', 200, { unique: true }), col.fk('building_id', 'live_building', B),
            col.text('description'), col.fk('poster_id', img, B, true), col.str('url', 200, { unique: true }), col.bool('status'),
            col.bool('enable_add_event'), col.bool('enable_viewer_count'), col.bool('is_restricted'), col.bool('public'),
            col.str('piloting_implementation', 100, { nullable: true }), col.text('piloting_conf', true), col.str('main_lang', 2),
            col.str('transcription_file', 255, { nullable: true }),
          ],
        },
    ...only(!v2, ...meetingTables(B)),
    {
      name: 'django_flatpage',
      columns: [
        col.id(I), col.str('url', 100, { index: true }), col.str('title', 200), ...tr('title', 200), col.text('content'), ...tr('content'),
        col.bool('enable_comments'), col.str('template_name', 70), col.bool('registration_required'),
      ],
    },
    m2m('django_flatpage_sites', { column: 'flatpage_id', table: 'django_flatpage', big: I }, site),
  ];
  return { version, tables };
}

/** django-tagging 0.4.6 / 0.5.0 (v2/v3): int ids, name varchar(50) (MAX_TAG_LENGTH). */
function taggingTables(): TableSpec[] {
  return [
    { name: 'tagging_tag', columns: [col.id(false), col.str('name', 50, { unique: true })] },
    {
      name: 'tagging_taggeditem',
      columns: [
        col.id(false), col.fk('tag_id', 'tagging_tag', false), col.fk('content_type_id', 'django_content_type', false),
        col.int('object_id', { positive: true, index: true }),
      ],
      uniques: [{ columns: ['tag_id', 'content_type_id', 'object_id'], omitWith: 'duplicate-rows' }],
    },
  ];
}

/** django-tagulous 2.1.0 (v4): the auto-created tag model and its M2M through table (§4.11). */
function tagulousTables(big: boolean): TableSpec[] {
  return [
    {
      name: 'video_tagulous_video_tags',
      columns: [
        // TagModel declares slug a SlugField(unique=False), so indexed, and unique through unique_together (slug,).
        col.id(false), col.str('name', 80, { unique: true }), col.str('slug', 50, { index: true }),
        col.int('count', { positive: true }), col.bool('protected'),
      ],
      uniques: [{ columns: ['slug'] }],
    },
    m2m('video_video_tags', { column: 'video_id', table: 'video_video', big }, { column: 'tagulous_video_tags_id', table: 'video_tagulous_video_tags', big: false }),
  ];
}

function playlistTables(v2: boolean, B: boolean): TableSpec[] {
  if (v2) {
    return [
      {
        name: 'playlist_playlist',
        columns: [
          col.id(B), col.str('title', 100, { unique: true }), col.str('slug', 100, { unique: true }), col.fk('owner_id', 'auth_user', false),
          col.text('description'), col.bool('visible'),
        ],
      },
      {
        name: 'playlist_playlistelement',
        columns: [col.id(B), col.fk('playlist_id', 'playlist_playlist', B), col.fk('video_id', 'video_video', B), col.int('position', { positive: true })],
        uniques: [{ columns: ['playlist_id', 'video_id'] }],
      },
    ];
  }
  return [
    {
      name: 'playlist_playlist',
      columns: [
        col.id(B), col.str('name', 200), col.text('description'), col.str('password', 50, { nullable: true }), col.str('visibility', 9),
        col.bool('autoplay'), col.bool('promoted'), col.bool('editable'), col.str('slug', 210, { unique: true }),
        col.fk('owner_id', 'auth_user', false), col.datetime('date_created'), col.datetime('date_updated'), col.fk('site_id', 'django_site', false),
      ],
    },
    m2m('playlist_playlist_additional_owners', { column: 'playlist_id', table: 'playlist_playlist', big: B }, { column: 'user_id', table: 'auth_user', big: false }, { idBig: B }),
    {
      name: 'playlist_playlistcontent',
      columns: [
        col.id(B), col.fk('playlist_id', 'playlist_playlist', B), col.fk('video_id', 'video_video', B), col.datetime('date_added'),
        col.int('rank', { positive: true }),
      ],
      uniques: [{ name: 'unique_playlist_video', columns: ['playlist_id', 'video_id'] }],
    },
  ];
}

/**
 * v3/v4 tables behind issue #1448 (research §8.8): `video_videotodelete.date_deletion` UNIQUE and the
 * `meeting` CHECK constraints. Meeting columns are reduced to the scheduling ones (BBB settings left out).
 * The CHECK expressions are an inference from the constraint names; verify against generated migrations.
 */
function meetingTables(B: boolean): TableSpec[] {
  return [
    {
      name: 'video_videotodelete',
      columns: [col.id(B), col.date('date_deletion')],
      uniques: [{ columns: ['date_deletion'], omitWith: 'unenforced-constraints' }],
    },
    m2m('video_videotodelete_video', { column: 'videotodelete_id', table: 'video_videotodelete', big: B }, { column: 'video_id', table: 'video_video', big: B }, { idBig: B }),
    {
      name: 'meeting',
      columns: [
        col.id(B), col.str('name', 250), col.str('meeting_id', 255, { index: true }), col.fk('owner_id', 'auth_user', false),
        col.str('attendee_password', 50), col.str('moderator_password', 50), col.datetime('start_at'), col.duration('expected_duration'),
        col.str('recurrence', 10, { nullable: true }), col.int('frequency', { positive: true, small: true }),
        col.date('recurring_until', true), col.int('nb_occurrences', { positive: true, small: true, nullable: true }),
        col.str('weekdays', 7, { nullable: true }), col.str('monthly_type', 10), col.bool('is_restricted'), col.bool('is_running'),
        col.fk('site_id', 'django_site', false), col.int('max_participants', { positive: true }), col.text('welcome_text'),
        col.str('logout_url', 200, { nullable: true }), col.bool('record'), col.bool('is_personal'), col.datetime('created_at'),
        col.datetime('updated_at'), col.bool('is_webinar'), col.bool('enable_chat'),
      ],
      uniques: [{ name: 'meeting_unique_slug_site', columns: ['meeting_id', 'site_id'] }],
      checks: [
        {
          name: 'recurring_until_greater_than_start',
          mariadb: '`recurring_until` IS NULL OR `recurring_until` >= CAST(`start_at` AS DATE)',
          postgres: 'recurring_until IS NULL OR recurring_until >= CAST(start_at AS DATE)',
          omitWith: 'unenforced-constraints',
        },
        { name: 'frequency_gte_1', mariadb: '`frequency` >= 1', postgres: 'frequency >= 1', omitWith: 'unenforced-constraints' },
        {
          name: 'recurring_until_and_nb_occurrences_mutually_null_or_not',
          mariadb: '(`recurring_until` IS NULL AND `nb_occurrences` IS NULL) OR (`recurring_until` IS NOT NULL AND `nb_occurrences` IS NOT NULL)',
          postgres: '(recurring_until IS NULL AND nb_occurrences IS NULL) OR (recurring_until IS NOT NULL AND nb_occurrences IS NOT NULL)',
          omitWith: 'unenforced-constraints',
        },
      ],
    },
    m2m('meeting_additional_owners', { column: 'meeting_id', table: 'meeting', big: B }, { column: 'user_id', table: 'auth_user', big: false }, { idBig: B }),
  ];
}
