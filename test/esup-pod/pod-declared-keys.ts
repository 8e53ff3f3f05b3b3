/**
 * The keys each Pod version's Django models declare, read from the models themselves (not from our
 * schema descriptions), for the tables the Pod schemas describe:
 * - v1: EsupPortail/pod 1.8.1 `pod_project/{core,pods}/models.py`, django-taggit 0.20.1 (object_id
 *   db_index, index_together (content_type, object_id) from its migration 0002), django-filer 1.0 with
 *   django-mptt (lft/rght/tree_id/level db_index), Django 1.8 flatpages (url db_index);
 * - v2/v3/v4: EsupPortail/Esup-Pod 2.9.3, 3.8.4, 4.0.3 `pod/<app>/models.py`; django-tagging 0.4/0.5
 *   (`TaggedItem.object_id` db_index, unique_together (tag, content_type, object_id), `Tag.name` unique);
 *   django-tagulous 2.1 (`TagModel.name` unique, `slug` a SlugField — so indexed — made unique through
 *   unique_together (slug,)).
 * SlugField implies db_index in Django; unique, unique_together and UniqueConstraint give UNIQUE keys; a
 * ForeignKey gives a constraint and an index; a ManyToManyField gives a join table with a unique pair.
 */
import type { PodVersion } from '../../scenarios/esup-pod/generator/schema/pod-schema-model.ts';

export type DeclaredKey =
  | { readonly kind: 'unique'; readonly table: string; readonly columns: readonly string[] }
  | { readonly kind: 'index'; readonly table: string; readonly columns: readonly string[] }
  | { readonly kind: 'foreign-key'; readonly table: string; readonly columns: readonly [string]; readonly references: string };

const unique = (table: string, ...columns: string[]): DeclaredKey => ({ kind: 'unique', table, columns });
const index = (table: string, ...columns: string[]): DeclaredKey => ({ kind: 'index', table, columns });
const fks = (table: string, references: Record<string, string>): DeclaredKey[] =>
  Object.entries(references).map(([column, target]) => ({ kind: 'foreign-key', table, columns: [column], references: target }));
/** A ManyToManyField's join table: two FKs and the unique pair. */
const m2m = (table: string, left: [string, string], right: [string, string]): DeclaredKey[] => [
  ...fks(table, { [left[0]]: left[1], [right[0]]: right[1] }),
  unique(table, left[0], right[0]),
];

const V1: DeclaredKey[] = [
  unique('django_content_type', 'app_label', 'model'),
  unique('auth_user', 'username'),
  ...['lft', 'rght', 'tree_id', 'level'].map((c) => index('filer_folder', c)),
  unique('filer_folder', 'parent_id', 'name'),
  ...fks('filer_folder', { parent_id: 'filer_folder', owner_id: 'auth_user' }),
  ...fks('filer_file', { polymorphic_ctype_id: 'django_content_type', folder_id: 'filer_folder', owner_id: 'auth_user' }),
  ...fks('filer_image', { file_ptr_id: 'filer_file' }),
  unique('core_userprofile', 'user_id'),
  ...fks('core_userprofile', { user_id: 'auth_user', image_id: 'filer_image' }),
  ...['pods_type', 'pods_discipline', 'pods_channel', 'pods_theme'].flatMap((t) => [unique(t, 'title'), unique(t, 'slug')]),
  ...fks('pods_theme', { channel_id: 'pods_channel', headband_id: 'filer_image' }),
  ...m2m('pods_channel_owners', ['channel_id', 'pods_channel'], ['user_id', 'auth_user']),
  ...m2m('pods_channel_users', ['channel_id', 'pods_channel'], ['user_id', 'auth_user']),
  unique('pods_pod', 'slug'),
  ...fks('pods_pod', { owner_id: 'auth_user', type_id: 'pods_type', thumbnail_id: 'filer_image' }),
  ...m2m('pods_pod_channel', ['pod_id', 'pods_pod'], ['channel_id', 'pods_channel']),
  ...m2m('pods_pod_theme', ['pod_id', 'pods_pod'], ['theme_id', 'pods_theme']),
  ...m2m('pods_pod_discipline', ['pod_id', 'pods_pod'], ['discipline_id', 'pods_discipline']),
  ...fks('pods_encodingpods', { video_id: 'pods_pod', encodingType_id: 'core_encodingtype' }),
  ...['pods_chapterpods', 'pods_overlaypods', 'pods_enrichpods'].flatMap((t) => [unique(t, 'slug'), ...fks(t, { video_id: 'pods_pod' })]),
  ...fks('pods_trackpods', { video_id: 'pods_pod', src_id: 'filer_file' }),
  ...fks('pods_docpods', { video_id: 'pods_pod', document_id: 'filer_file' }),
  ...fks('pods_enrichpods', { image_id: 'filer_image', document_id: 'filer_file' }),
  unique('pods_playlist', 'title'),
  unique('pods_playlist', 'slug'),
  ...fks('pods_playlist', { owner_id: 'auth_user' }),
  ...fks('pods_playlistvideo', { playlist_id: 'pods_playlist', video_id: 'pods_pod' }),
  unique('taggit_tag', 'name'),
  unique('taggit_tag', 'slug'),
  index('taggit_taggeditem', 'object_id'),
  index('taggit_taggeditem', 'content_type_id', 'object_id'),
  ...fks('taggit_taggeditem', { tag_id: 'taggit_tag', content_type_id: 'django_content_type' }),
  index('django_flatpage', 'url'),
  ...m2m('django_flatpage_sites', ['flatpage_id', 'django_flatpage'], ['site_id', 'django_site']),
];

/** Keys v2, v3 and v4 share, with the tables that changed name or shape given per version. */
function podV2toV4(version: Exclude<PodVersion, 'v1'>): DeclaredKey[] {
  const v2 = version === 'v2';
  const enc = v2 ? 'video' : 'video_encode_transcript';
  const img = 'podfile_customimagemodel';
  const file = 'podfile_customfilemodel';
  const keys: DeclaredKey[] = [
    unique('django_site', 'domain'),
    unique('django_content_type', 'app_label', 'model'),
    unique('auth_group', 'name'),
    unique('auth_user', 'username'),
    unique('podfile_userfolder', 'name', 'owner_id'),
    ...fks('podfile_userfolder', { owner_id: 'auth_user' }),
    ...m2m('podfile_userfolder_users', ['userfolder_id', 'podfile_userfolder'], ['user_id', 'auth_user']),
    ...[file, img].flatMap((t) => fks(t, { folder_id: 'podfile_userfolder', created_by_id: 'auth_user' })),
    unique('authentication_owner', 'user_id'),
    unique('authentication_owner', 'hashkey'),
    ...fks('authentication_owner', { user_id: 'auth_user', userpicture_id: img }),
    ...m2m('authentication_owner_sites', ['owner_id', 'authentication_owner'], ['site_id', 'django_site']),
    ...['video_type', 'video_discipline', 'video_channel'].flatMap((t) => [unique(t, 'title'), unique(t, 'slug')]),
    ...m2m('video_type_sites', ['type_id', 'video_type'], ['site_id', 'django_site']),
    ...fks('video_type', { icon_id: img }),
    ...fks('video_discipline', { icon_id: img }),
    ...fks('video_channel', { headband_id: img }),
    ...m2m('video_channel_owners', ['channel_id', 'video_channel'], ['user_id', 'auth_user']),
    ...m2m('video_channel_users', ['channel_id', 'video_channel'], ['user_id', 'auth_user']),
    index('video_theme', 'slug'),
    unique('video_theme', 'channel_id', 'slug'),
    ...fks('video_theme', { parentId_id: 'video_theme', headband_id: img, channel_id: 'video_channel' }),
    unique('video_video', 'slug'),
    ...fks('video_video', { type_id: 'video_type', owner_id: 'auth_user', thumbnail_id: img }),
    ...m2m('video_video_sites', ['video_id', 'video_video'], ['site_id', 'django_site']),
    ...m2m('video_video_additional_owners', ['video_id', 'video_video'], ['user_id', 'auth_user']),
    ...m2m('video_video_channel', ['video_id', 'video_video'], ['channel_id', 'video_channel']),
    ...m2m('video_video_theme', ['video_id', 'video_video'], ['theme_id', 'video_theme']),
    ...m2m('video_video_discipline', ['video_id', 'video_video'], ['discipline_id', 'video_discipline']),
    unique('video_viewcount', 'video_id', 'date'),
    ...fks('video_viewcount', { video_id: 'video_video' }),
    unique(`${enc}_videorendition`, 'resolution'),
    ...m2m(`${enc}_videorendition_sites`, ['videorendition_id', `${enc}_videorendition`], ['site_id', 'django_site']),
    ...fks(`${enc}_encodingvideo`, { video_id: 'video_video', rendition_id: `${enc}_videorendition` }),
    ...fks(`${enc}_encodingaudio`, { video_id: 'video_video' }),
    ...fks(`${enc}_playlistvideo`, { video_id: 'video_video' }),
    unique(`${enc}_encodinglog`, 'video_id'),
    unique(`${enc}_encodingstep`, 'video_id'),
    unique('chapter_chapter', 'slug'),
    unique('chapter_chapter', 'title', 'time_start', 'video_id'),
    ...fks('chapter_chapter', { video_id: 'video_video' }),
    ...fks('completion_contributor', { video_id: 'video_video' }),
    ...fks('completion_document', { video_id: 'video_video', document_id: file }),
    ...fks('completion_track', { video_id: 'video_video', src_id: file }),
    unique('completion_overlay', 'slug'),
    ...fks('completion_overlay', { video_id: 'video_video' }),
    unique('enrichment_enrichment', 'slug'),
    ...fks('enrichment_enrichment', { video_id: 'video_video', image_id: img, document_id: file }),
    unique('live_building', 'name'),
    ...fks('live_building', { headband_id: img }),
    unique('live_broadcaster', 'name'),
    unique('live_broadcaster', 'slug'),
    unique('live_broadcaster', 'url'),
    ...fks('live_broadcaster', { building_id: 'live_building', poster_id: img }),
    index('django_flatpage', 'url'),
    ...m2m('django_flatpage_sites', ['flatpage_id', 'django_flatpage'], ['site_id', 'django_site']),
  ];
  if (v2) {
    keys.push(
      ...m2m('video_discipline_sites', ['discipline_id', 'video_discipline'], ['site_id', 'django_site']),
      ...m2m('video_channel_sites', ['channel_id', 'video_channel'], ['site_id', 'django_site']),
      unique('playlist_playlist', 'title'),
      unique('playlist_playlist', 'slug'),
      ...fks('playlist_playlist', { owner_id: 'auth_user' }),
      unique('playlist_playlistelement', 'playlist_id', 'video_id'),
      ...fks('playlist_playlistelement', { playlist_id: 'playlist_playlist', video_id: 'video_video' }),
      ...fks('live_broadcaster', { video_on_hold_id: 'video_video' }),
    );
  } else {
    keys.push(
      ...fks('video_discipline', { site_id: 'django_site' }),
      ...fks('video_channel', { site_id: 'django_site' }),
      unique('video_channel', 'slug', 'site_id'),
      unique('playlist_playlist', 'slug'),
      ...fks('playlist_playlist', { owner_id: 'auth_user', site_id: 'django_site' }),
      ...m2m('playlist_playlist_additional_owners', ['playlist_id', 'playlist_playlist'], ['user_id', 'auth_user']),
      unique('playlist_playlistcontent', 'playlist_id', 'video_id'),
      ...fks('playlist_playlistcontent', { playlist_id: 'playlist_playlist', video_id: 'video_video' }),
      unique('video_videotodelete', 'date_deletion'),
      ...m2m('video_videotodelete_video', ['videotodelete_id', 'video_videotodelete'], ['video_id', 'video_video']),
      index('meeting', 'meeting_id'),
      unique('meeting', 'meeting_id', 'site_id'),
      ...fks('meeting', { owner_id: 'auth_user', site_id: 'django_site' }),
      ...m2m('meeting_additional_owners', ['meeting_id', 'meeting'], ['user_id', 'auth_user']),
    );
  }
  if (version === 'v4') {
    keys.push(
      unique('video_tagulous_video_tags', 'name'),
      index('video_tagulous_video_tags', 'slug'),
      unique('video_tagulous_video_tags', 'slug'),
      ...m2m('video_video_tags', ['video_id', 'video_video'], ['tagulous_video_tags_id', 'video_tagulous_video_tags']),
    );
  } else {
    keys.push(
      unique('tagging_tag', 'name'),
      index('tagging_taggeditem', 'object_id'),
      unique('tagging_taggeditem', 'tag_id', 'content_type_id', 'object_id'),
      ...fks('tagging_taggeditem', { tag_id: 'tagging_tag', content_type_id: 'django_content_type' }),
    );
  }
  return keys;
}

/** The keys the models of one Pod version declare on the tables our schema describes. */
export function declaredKeys(version: PodVersion): readonly DeclaredKey[] {
  return version === 'v1' ? V1 : podV2toV4(version);
}
