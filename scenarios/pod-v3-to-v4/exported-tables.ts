/**
 * The tables `export_data_from_v3_to_v4` exports, in the order of its `get_table_names()` (Esup-Pod main,
 * pod/video/management/commands/export_data_from_v3_to_v4.py, blob 3539a8cde, lines 92-230; research
 * notes §8.2): 132 real tables then the two synthetic tag tables. Tables the v3 database lacks are
 * filtered out, as the script does with SHOW TABLES; the synthetic names always pass the filter.
 *
 * Not exported on purpose (so not copied to v4): `tagging_tag`, `tagging_taggeditem` (converted through
 * the synthetic tables), `chunked_upload_chunkedupload` (removed by c54db244a), `django_session`,
 * `django_migrations` and `lti_provider_*`.
 */

/** Synthetic table of the video tags: rows `{ video_id, tag_name }`, one per tagged video. */
export const VIDEO_TAG_TABLE = 'video_tagging_tag_2_tagulous';
/** Synthetic table of the recorder tags: rows `{ recorder_id, tag_name }`. */
export const RECORDER_TAG_TABLE = 'recorder_tagging_tag_2_tagulous';

export const SYNTHETIC_TAG_TABLES = [VIDEO_TAG_TABLE, RECORDER_TAG_TABLE] as const;
export type SyntheticTagTable = (typeof SYNTHETIC_TAG_TABLES)[number];

export function isSyntheticTagTable(name: string): name is SyntheticTagTable {
  return (SYNTHETIC_TAG_TABLES as readonly string[]).includes(name);
}

const encode = 'video_encode_transcript';

export const V3_EXPORTED_TABLES = [
  'ai_enhancement_aienhancement',
  'authentication_accessgroup', 'authentication_accessgroup_sites', 'authentication_accessgroup_users',
  'authentication_groupsite', 'authentication_groupsite_sites', 'authentication_owner',
  'authentication_owner_accessgroups', 'authentication_owner_sites',
  'authtoken_token',
  'auth_group', 'auth_group_permissions', 'auth_permission', 'auth_user', 'auth_user_groups', 'auth_user_user_permissions',
  'captcha_captchastore',
  'chapter_chapter',
  'completion_contributor', 'completion_document', 'completion_enrichmodelqueue', 'completion_overlay', 'completion_track',
  'cut_cutvideo',
  'django_admin_log', 'django_content_type', 'django_flatpage', 'django_flatpage_sites', 'django_site',
  'dressing_dressing', 'dressing_dressing_allow_to_groups', 'dressing_dressing_owners', 'dressing_dressing_users',
  'dressing_dressing_videos',
  'enrichment_enrichment', 'enrichment_enrichmentgroup', 'enrichment_enrichmentgroup_groups', 'enrichment_enrichmentvtt',
  'import_video_externalrecording',
  'live_broadcaster', 'live_broadcaster_manage_groups', 'live_building', 'live_building_sites', 'live_event',
  'live_event_additional_owners', 'live_event_restrict_access_to_groups', 'live_event_videos', 'live_event_viewers',
  'live_heartbeat', 'live_livetranscriptrunningtask',
  'main_additionalchanneltab', 'main_block', 'main_block_sites', 'main_configuration', 'main_customfilemodel',
  'main_customimagemodel', 'main_linkfooter', 'main_linkfooter_sites',
  'meeting', 'meeting_additional_owners', 'meeting_internalrecording', 'meeting_livegateway', 'meeting_livestream',
  'meeting_meetingsessionlog', 'meeting_restrict_access_to_groups',
  'playlist_playlist', 'playlist_playlistcontent', 'playlist_playlist_additional_owners',
  'podfile_customfilemodel', 'podfile_customimagemodel', 'podfile_userfolder', 'podfile_userfolder_access_groups',
  'podfile_userfolder_users',
  'quiz_multiplechoicequestion', 'quiz_quiz', 'quiz_shortanswerquestion', 'quiz_singlechoicequestion', 'quiz_truefalsequestion',
  'recorder_recorder', 'recorder_recorder_additional_users', 'recorder_recorder_channel', 'recorder_recorder_discipline',
  'recorder_recorder_restrict_access_to_groups', 'recorder_recorder_sites', 'recorder_recorder_theme', 'recorder_recording',
  'recorder_recordingfile', 'recorder_recordingfiletreatment',
  'speaker_job', 'speaker_jobvideo', 'speaker_speaker',
  'thumbnail_kvstore',
  'video_advancednotes', 'video_category', 'video_category_video', 'video_channel', 'video_channel_add_channels_tab',
  'video_channel_allow_to_groups', 'video_channel_owners', 'video_channel_users', 'video_comment', 'video_discipline',
  'video_notecomments', 'video_notes', 'video_theme', 'video_type', 'video_type_sites', 'video_updateowner',
  'video_usermarkertime', 'video_video', 'video_videoaccesstoken', 'video_videotodelete', 'video_videotodelete_video',
  'video_videoversion', 'video_video_additional_owners', 'video_video_channel', 'video_video_discipline',
  'video_video_restrict_access_to_groups', 'video_video_sites', 'video_video_theme', 'video_viewcount', 'video_vote',
  `${encode}_encodingaudio`, `${encode}_encodinglog`, `${encode}_encodingstep`, `${encode}_encodingvideo`,
  `${encode}_playlistvideo`, `${encode}_videorendition`, `${encode}_videorendition_sites`,
  'webpush_group', 'webpush_pushinformation', 'webpush_subscriptioninfo',
  ...SYNTHETIC_TAG_TABLES,
] as const;

/** The v3 tables the export leaves out (rowCounts declares them dropped on purpose). */
export const V3_TABLES_NOT_EXPORTED = ['tagging_tag', 'tagging_taggeditem', 'django_migrations', 'django_session', 'chunked_upload_chunkedupload'] as const;
