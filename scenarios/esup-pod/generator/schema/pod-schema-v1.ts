/**
 * Esup-Pod v1 (EsupPortail/pod 1.8.1, Django 1.8, django-taggit, django-filer) tables that carry data
 * worth checking across the v1→v2 hop (research/esup-pod.md §3). MySQL only: MySQL-python is the only
 * driver v1 lists. All ids are int (Django 1.8 AutoField). `core.Video` is abstract, so every video
 * column lives in `pods_pod`; images and files are django-filer FKs (columns of the filer tables are
 * minimal but follow django-filer 1.0: `filer_image` shares its primary key with `filer_file`).
 */
import { col, m2m, type PodSchema, type TableSpec } from './pod-schema-model.ts';

const I = false; // every id is int in v1
const translated = (name: string, length: number): ReturnType<typeof col.str>[] => [
  col.str(`${name}_fr`, length, { nullable: true }),
  col.str(`${name}_en`, length, { nullable: true }),
];
const translatedText = (name: string): ReturnType<typeof col.text>[] => [col.text(`${name}_fr`, true), col.text(`${name}_en`, true)];

const tables: TableSpec[] = [
  { name: 'django_site', columns: [col.id(I), col.str('domain', 100), col.str('name', 50)] },
  {
    name: 'django_content_type',
    columns: [col.id(I), col.str('app_label', 100), col.str('model', 100)],
    uniques: [{ columns: ['app_label', 'model'] }],
  },
  { name: 'django_migrations', columns: [col.id(I), col.str('app', 255), col.str('name', 255), col.datetime('applied')] },
  {
    name: 'auth_user',
    columns: [
      col.id(I), col.str('password', 128), col.datetime('last_login', true), col.bool('is_superuser'),
      col.str('username', 30, { unique: true }), col.str('first_name', 30), col.str('last_name', 30),
      col.str('email', 254), col.bool('is_staff'), col.bool('is_active'), col.datetime('date_joined'),
    ],
  },
  {
    name: 'filer_folder',
    columns: [
      col.id(I), col.fk('parent_id', 'filer_folder', I, true), col.str('name', 255), col.fk('owner_id', 'auth_user', I, true),
      col.datetime('uploaded_at'), col.datetime('created_at'), col.datetime('modified_at'),
      // django-mptt declares its four tree columns db_index=True.
      col.int('lft', { positive: true, index: true }), col.int('rght', { positive: true, index: true }),
      col.int('tree_id', { positive: true, index: true }), col.int('level', { positive: true, index: true }),
    ],
    uniques: [{ columns: ['parent_id', 'name'] }],
  },
  {
    name: 'filer_file',
    columns: [
      col.id(I), col.fk('polymorphic_ctype_id', 'django_content_type', I, true), col.fk('folder_id', 'filer_folder', I, true),
      col.str('file', 255, { nullable: true }), col.int('_file_size', { nullable: true }), col.str('sha1', 40),
      col.bool('has_all_mandatory_data'), col.str('original_filename', 255, { nullable: true }), col.str('name', 255),
      col.text('description', true), col.datetime('uploaded_at'), col.datetime('modified_at'),
      col.fk('owner_id', 'auth_user', I, true), col.bool('is_public'),
    ],
  },
  {
    name: 'filer_image',
    primaryKey: ['file_ptr_id'],
    columns: [
      { ...col.fk('file_ptr_id', 'filer_file', I) }, col.int('_height', { nullable: true }), col.int('_width', { nullable: true }),
      col.datetime('date_taken', true), col.str('default_alt_text', 255, { nullable: true }),
      col.str('default_caption', 255, { nullable: true }), col.str('author', 255, { nullable: true }),
      col.bool('must_always_publish_author_credit'), col.bool('must_always_publish_copyright'),
      col.str('subject_location', 64, { nullable: true }),
    ],
  },
  {
    name: 'core_userprofile',
    columns: [
      col.id(I), col.fk('user_id', 'auth_user', I), col.fk('image_id', 'filer_image', I, true), col.text('description'),
      col.str('url', 200), col.str('auth_type', 20), col.str('affiliation', 50), col.text('commentaire'),
    ],
    uniques: [{ columns: ['user_id'] }],
  },
  {
    name: 'core_encodingtype',
    columns: [
      col.id(I), col.str('name', 250), col.int('bitrate_audio', { positive: true }), col.int('bitrate_video', { positive: true }),
      col.int('output_height'), col.str('mediatype', 5), col.bool('support_hls'),
    ],
  },
  ...(['pods_type', 'pods_discipline'] as const).map(
    (name): TableSpec => ({
      name,
      columns: [
        col.id(I), col.str('title', 100, { unique: true }), ...translated('title', 100), col.str('slug', 100, { unique: true }),
        col.text('description'), ...translatedText('description'), col.fk('headband_id', 'filer_image', I, true),
      ],
    }),
  ),
  {
    name: 'pods_channel',
    columns: [
      col.id(I), col.str('title', 100, { unique: true }), ...translated('title', 100), col.str('slug', 100, { unique: true }),
      col.text('description'), ...translatedText('description'), col.fk('headband_id', 'filer_image', I, true),
      col.str('color', 10, { nullable: true }), col.text('style', true), col.bool('visible'),
    ],
  },
  m2m('pods_channel_owners', { column: 'channel_id', table: 'pods_channel', big: I }, { column: 'user_id', table: 'auth_user', big: I }),
  m2m('pods_channel_users', { column: 'channel_id', table: 'pods_channel', big: I }, { column: 'user_id', table: 'auth_user', big: I }),
  {
    name: 'pods_theme',
    columns: [
      col.id(I), col.str('title', 100, { unique: true }), ...translated('title', 100), col.str('slug', 100, { unique: true }),
      col.text('description'), ...translatedText('description'), col.fk('headband_id', 'filer_image', I, true),
      col.fk('channel_id', 'pods_channel', I),
    ],
  },
  {
    name: 'pods_pod',
    columns: [
      col.id(I), col.str('video', 255), col.bool('allow_downloading'), col.bool('is_360'), col.str('title', 250),
      ...translated('title', 250), col.str('slug', 255, { unique: true }), col.fk('owner_id', 'auth_user', I),
      col.date('date_added'), col.date('date_evt', true), col.str('cursus', 1), col.str('main_lang', 2), col.text('description'),
      ...translatedText('description'), col.int('view_count', { positive: true }), col.bool('encoding_in_progress'),
      col.str('encoding_status', 250, { nullable: true }), col.fk('thumbnail_id', 'filer_image', I, true), col.bool('to_encode'),
      col.str('overview', 255, { nullable: true }), col.int('duration'), col.text('infoVideo', true),
      col.fk('type_id', 'pods_type', I), col.bool('is_draft'), col.bool('is_restricted'), col.str('password', 50, { nullable: true }),
    ],
  },
  m2m('pods_pod_channel', { column: 'pod_id', table: 'pods_pod', big: I }, { column: 'channel_id', table: 'pods_channel', big: I }),
  m2m('pods_pod_theme', { column: 'pod_id', table: 'pods_pod', big: I }, { column: 'theme_id', table: 'pods_theme', big: I }),
  m2m('pods_pod_discipline', { column: 'pod_id', table: 'pods_pod', big: I }, { column: 'discipline_id', table: 'pods_discipline', big: I }),
  {
    name: 'pods_encodingpods',
    columns: [
      col.id(I), col.fk('video_id', 'pods_pod', I), col.fk('encodingType_id', 'core_encodingtype', I),
      col.str('encodingFile', 255, { nullable: true }), col.str('encodingFormat', 22),
    ],
  },
  {
    name: 'pods_chapterpods',
    columns: [col.id(I), col.fk('video_id', 'pods_pod', I), col.str('title', 100), col.str('slug', 105, { unique: true }), col.int('time', { positive: true })],
  },
  {
    name: 'pods_contributorpods',
    columns: [
      col.id(I), col.fk('video_id', 'pods_pod', I), col.str('name', 200), col.str('email_address', 254, { nullable: true }),
      col.str('role', 200, { nullable: true }), col.str('weblink', 200, { nullable: true }),
    ],
  },
  {
    name: 'pods_overlaypods',
    columns: [
      col.id(I), col.fk('video_id', 'pods_pod', I), col.str('title', 100), col.str('slug', 105, { unique: true }),
      col.int('time_start', { positive: true }), col.int('time_end', { positive: true }), col.text('content'),
      col.str('position', 100, { nullable: true }), col.bool('background'),
    ],
  },
  {
    name: 'pods_trackpods',
    columns: [col.id(I), col.fk('video_id', 'pods_pod', I), col.str('kind', 10), col.str('lang', 2), col.fk('src_id', 'filer_file', I, true)],
  },
  { name: 'pods_docpods', columns: [col.id(I), col.fk('video_id', 'pods_pod', I), col.fk('document_id', 'filer_file', I, true)] },
  {
    name: 'pods_enrichpods',
    columns: [
      col.id(I), col.fk('video_id', 'pods_pod', I), col.str('title', 100), col.str('slug', 105, { unique: true }),
      col.bool('stop_video'), col.int('start', { positive: true }), col.int('end', { positive: true }), col.str('type', 10, { nullable: true }),
      col.fk('image_id', 'filer_image', I, true), col.text('richtext'), col.str('weblink', 200, { nullable: true }),
      col.fk('document_id', 'filer_file', I, true), col.text('embed', true),
    ],
  },
  {
    name: 'pods_playlist',
    columns: [
      col.id(I), col.str('title', 100, { unique: true }), col.str('slug', 100, { unique: true }), col.text('description'),
      col.bool('visible'), col.fk('owner_id', 'auth_user', I),
    ],
  },
  {
    name: 'pods_playlistvideo',
    columns: [col.id(I), col.fk('playlist_id', 'pods_playlist', I), col.fk('video_id', 'pods_pod', I), col.int('position', { positive: true })],
  },
  { name: 'taggit_tag', columns: [col.id(I), col.str('name', 100, { unique: true }), col.str('slug', 100, { unique: true })] },
  {
    name: 'taggit_taggeditem',
    // taggit 0.20: object_id is db_index=True, and migration 0002 adds index_together (content_type, object_id).
    columns: [col.id(I), col.fk('tag_id', 'taggit_tag', I), col.int('object_id', { index: true }), col.fk('content_type_id', 'django_content_type', I)],
    indexes: [{ columns: ['content_type_id', 'object_id'] }],
  },
  {
    name: 'django_flatpage',
    columns: [
      col.id(I), col.str('url', 100, { index: true }), col.str('title', 200), ...translated('title', 200), col.text('content'),
      ...translatedText('content'), col.bool('enable_comments'), col.str('template_name', 70), col.bool('registration_required'),
    ],
  },
  m2m('django_flatpage_sites', { column: 'flatpage_id', table: 'django_flatpage', big: I }, { column: 'site_id', table: 'django_site', big: I }),
];

export const POD_SCHEMA_V1: PodSchema = { version: 'v1', tables };
