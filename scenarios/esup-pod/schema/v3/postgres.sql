-- Esup-Pod v3 schema for PostgreSQL: the tables that carry data worth checking.
-- Rendered from scenarios/esup-pod/generator/schema/ by write-schema-files.ts: edit the descriptions, not this file.
-- Sources and version differences: /work/shared/research/esup-pod.md sections 2-5.

SET client_encoding = 'UTF8';
SET standard_conforming_strings = on;

CREATE TABLE django_site (
  id serial NOT NULL,
  domain varchar(100) NOT NULL,
  name varchar(50) NOT NULL,
  CONSTRAINT django_site_pkey PRIMARY KEY (id),
  CONSTRAINT django_site_domain_key UNIQUE (domain)
);

CREATE TABLE django_content_type (
  id serial NOT NULL,
  app_label varchar(100) NOT NULL,
  model varchar(100) NOT NULL,
  CONSTRAINT django_content_type_pkey PRIMARY KEY (id),
  CONSTRAINT django_content_type_app_label_model_uniq UNIQUE (app_label, model)
);

CREATE TABLE django_migrations (
  id serial NOT NULL,
  app varchar(255) NOT NULL,
  name varchar(255) NOT NULL,
  applied timestamp with time zone NOT NULL,
  CONSTRAINT django_migrations_pkey PRIMARY KEY (id)
);

CREATE TABLE auth_group (
  id serial NOT NULL,
  name varchar(150) NOT NULL,
  CONSTRAINT auth_group_pkey PRIMARY KEY (id),
  CONSTRAINT auth_group_name_key UNIQUE (name)
);

CREATE TABLE auth_user (
  id serial NOT NULL,
  password varchar(128) NOT NULL,
  last_login timestamp with time zone,
  is_superuser boolean NOT NULL,
  username varchar(150) NOT NULL,
  first_name varchar(150) NOT NULL,
  last_name varchar(150) NOT NULL,
  email varchar(254) NOT NULL,
  is_staff boolean NOT NULL,
  is_active boolean NOT NULL,
  date_joined timestamp with time zone NOT NULL,
  CONSTRAINT auth_user_pkey PRIMARY KEY (id),
  CONSTRAINT auth_user_username_key UNIQUE (username)
);

CREATE TABLE podfile_userfolder (
  id bigserial NOT NULL,
  name varchar(255) NOT NULL,
  owner_id integer NOT NULL,
  created_at timestamp with time zone NOT NULL,
  CONSTRAINT podfile_userfolder_pkey PRIMARY KEY (id),
  CONSTRAINT podfile_userfolder_name_owner_id_uniq UNIQUE (name, owner_id)
);

CREATE TABLE podfile_userfolder_users (
  id bigserial NOT NULL,
  userfolder_id bigint NOT NULL,
  user_id integer NOT NULL,
  CONSTRAINT podfile_userfolder_users_pkey PRIMARY KEY (id),
  CONSTRAINT podfile_userfolder_users_userfolder_id_user_id_uniq UNIQUE (userfolder_id, user_id)
);

CREATE TABLE podfile_customfilemodel (
  id bigserial NOT NULL,
  name varchar(255) NOT NULL,
  description varchar(255) NOT NULL,
  folder_id bigint NOT NULL,
  uploaded_at timestamp with time zone NOT NULL,
  created_by_id integer NOT NULL,
  file varchar(255) NOT NULL,
  CONSTRAINT podfile_customfilemodel_pkey PRIMARY KEY (id)
);

CREATE TABLE podfile_customimagemodel (
  id bigserial NOT NULL,
  name varchar(255) NOT NULL,
  description varchar(255) NOT NULL,
  folder_id bigint NOT NULL,
  uploaded_at timestamp with time zone NOT NULL,
  created_by_id integer NOT NULL,
  file varchar(255) NOT NULL,
  CONSTRAINT podfile_customimagemodel_pkey PRIMARY KEY (id)
);

CREATE TABLE main_customfilemodel (
  id bigserial NOT NULL,
  file varchar(255),
  CONSTRAINT main_customfilemodel_pkey PRIMARY KEY (id)
);

CREATE TABLE main_customimagemodel (
  id bigserial NOT NULL,
  file varchar(255),
  CONSTRAINT main_customimagemodel_pkey PRIMARY KEY (id)
);

CREATE TABLE authentication_owner (
  id bigserial NOT NULL,
  user_id integer NOT NULL,
  auth_type varchar(20) NOT NULL,
  affiliation varchar(50) NOT NULL,
  commentaire text NOT NULL,
  hashkey varchar(64) NOT NULL,
  userpicture_id bigint,
  establishment varchar(10) NOT NULL,
  accepts_notifications boolean,
  CONSTRAINT authentication_owner_pkey PRIMARY KEY (id),
  CONSTRAINT authentication_owner_hashkey_key UNIQUE (hashkey),
  CONSTRAINT authentication_owner_user_id_uniq UNIQUE (user_id)
);

CREATE TABLE authentication_owner_sites (
  id bigserial NOT NULL,
  owner_id bigint NOT NULL,
  site_id integer NOT NULL,
  CONSTRAINT authentication_owner_sites_pkey PRIMARY KEY (id),
  CONSTRAINT authentication_owner_sites_owner_id_site_id_uniq UNIQUE (owner_id, site_id)
);

CREATE TABLE video_type (
  id bigserial NOT NULL,
  title varchar(100) NOT NULL,
  title_fr varchar(100),
  title_en varchar(100),
  slug varchar(100) NOT NULL,
  description text NOT NULL,
  description_fr text,
  description_en text,
  icon_id bigint,
  CONSTRAINT video_type_pkey PRIMARY KEY (id),
  CONSTRAINT video_type_title_key UNIQUE (title),
  CONSTRAINT video_type_slug_key UNIQUE (slug)
);

CREATE TABLE video_type_sites (
  id bigserial NOT NULL,
  type_id bigint NOT NULL,
  site_id integer NOT NULL,
  CONSTRAINT video_type_sites_pkey PRIMARY KEY (id),
  CONSTRAINT video_type_sites_type_id_site_id_uniq UNIQUE (type_id, site_id)
);

CREATE TABLE video_discipline (
  id bigserial NOT NULL,
  title varchar(100) NOT NULL,
  title_fr varchar(100),
  title_en varchar(100),
  slug varchar(100) NOT NULL,
  description text NOT NULL,
  description_fr text,
  description_en text,
  icon_id bigint,
  site_id integer NOT NULL,
  CONSTRAINT video_discipline_pkey PRIMARY KEY (id),
  CONSTRAINT video_discipline_title_key UNIQUE (title),
  CONSTRAINT video_discipline_slug_key UNIQUE (slug)
);

CREATE TABLE video_channel (
  id bigserial NOT NULL,
  title varchar(100) NOT NULL,
  title_fr varchar(100),
  title_en varchar(100),
  slug varchar(100) NOT NULL,
  description text NOT NULL,
  description_fr text,
  description_en text,
  headband_id bigint,
  color varchar(10),
  style text,
  visible boolean NOT NULL,
  site_id integer NOT NULL,
  CONSTRAINT video_channel_pkey PRIMARY KEY (id),
  CONSTRAINT video_channel_title_key UNIQUE (title),
  CONSTRAINT video_channel_slug_key UNIQUE (slug),
  CONSTRAINT channel_unique_slug_site UNIQUE (slug, site_id)
);

CREATE TABLE video_channel_owners (
  id bigserial NOT NULL,
  channel_id bigint NOT NULL,
  user_id integer NOT NULL,
  CONSTRAINT video_channel_owners_pkey PRIMARY KEY (id),
  CONSTRAINT video_channel_owners_channel_id_user_id_uniq UNIQUE (channel_id, user_id)
);

CREATE TABLE video_channel_users (
  id bigserial NOT NULL,
  channel_id bigint NOT NULL,
  user_id integer NOT NULL,
  CONSTRAINT video_channel_users_pkey PRIMARY KEY (id),
  CONSTRAINT video_channel_users_channel_id_user_id_uniq UNIQUE (channel_id, user_id)
);

CREATE TABLE video_theme (
  id bigserial NOT NULL,
  "parentId_id" bigint,
  title varchar(100) NOT NULL,
  title_fr varchar(100),
  title_en varchar(100),
  slug varchar(100) NOT NULL,
  description text NOT NULL,
  description_fr text,
  description_en text,
  headband_id bigint,
  channel_id bigint NOT NULL,
  CONSTRAINT video_theme_pkey PRIMARY KEY (id),
  CONSTRAINT video_theme_channel_id_slug_uniq UNIQUE (channel_id, slug)
);

CREATE TABLE video_video (
  id bigserial NOT NULL,
  video varchar(255) NOT NULL,
  title varchar(250) NOT NULL,
  title_fr varchar(250),
  title_en varchar(250),
  slug varchar(255) NOT NULL,
  type_id bigint NOT NULL,
  owner_id integer NOT NULL,
  description text NOT NULL,
  description_fr text,
  description_en text,
  date_added timestamp with time zone NOT NULL,
  date_evt date,
  cursus varchar(1) NOT NULL,
  main_lang varchar(2) NOT NULL,
  transcript varchar(2) NOT NULL,
  tags varchar(255) NOT NULL,
  licence varchar(8),
  allow_downloading boolean NOT NULL,
  is_360 boolean NOT NULL,
  is_draft boolean NOT NULL,
  is_restricted boolean NOT NULL,
  password varchar(50),
  encoding_in_progress boolean NOT NULL,
  is_video boolean NOT NULL,
  disable_comment boolean NOT NULL,
  "order" smallint CHECK ("order" >= 0),
  thumbnail_id bigint,
  duration integer NOT NULL,
  overview varchar(255),
  date_delete date NOT NULL,
  CONSTRAINT video_video_pkey PRIMARY KEY (id),
  CONSTRAINT video_video_slug_key UNIQUE (slug)
);

CREATE TABLE video_video_sites (
  id bigserial NOT NULL,
  video_id bigint NOT NULL,
  site_id integer NOT NULL,
  CONSTRAINT video_video_sites_pkey PRIMARY KEY (id),
  CONSTRAINT video_video_sites_video_id_site_id_uniq UNIQUE (video_id, site_id)
);

CREATE TABLE video_video_additional_owners (
  id bigserial NOT NULL,
  video_id bigint NOT NULL,
  user_id integer NOT NULL,
  CONSTRAINT video_video_additional_owners_pkey PRIMARY KEY (id),
  CONSTRAINT video_video_additional_owners_video_id_user_id_uniq UNIQUE (video_id, user_id)
);

CREATE TABLE video_video_channel (
  id bigserial NOT NULL,
  video_id bigint NOT NULL,
  channel_id bigint NOT NULL,
  CONSTRAINT video_video_channel_pkey PRIMARY KEY (id),
  CONSTRAINT video_video_channel_video_id_channel_id_uniq UNIQUE (video_id, channel_id)
);

CREATE TABLE video_video_theme (
  id bigserial NOT NULL,
  video_id bigint NOT NULL,
  theme_id bigint NOT NULL,
  CONSTRAINT video_video_theme_pkey PRIMARY KEY (id),
  CONSTRAINT video_video_theme_video_id_theme_id_uniq UNIQUE (video_id, theme_id)
);

CREATE TABLE video_video_discipline (
  id bigserial NOT NULL,
  video_id bigint NOT NULL,
  discipline_id bigint NOT NULL,
  CONSTRAINT video_video_discipline_pkey PRIMARY KEY (id),
  CONSTRAINT video_video_discipline_video_id_discipline_id_uniq UNIQUE (video_id, discipline_id)
);

CREATE TABLE video_viewcount (
  id bigserial NOT NULL,
  video_id bigint NOT NULL,
  date date NOT NULL,
  count integer NOT NULL,
  CONSTRAINT video_viewcount_pkey PRIMARY KEY (id),
  CONSTRAINT video_viewcount_video_id_date_uniq UNIQUE (video_id, date)
);

CREATE TABLE video_encode_transcript_videorendition (
  id bigserial NOT NULL,
  resolution varchar(50) NOT NULL,
  minrate varchar(50) NOT NULL,
  video_bitrate varchar(50) NOT NULL,
  maxrate varchar(50) NOT NULL,
  encoding_resolution_threshold integer NOT NULL CHECK (encoding_resolution_threshold >= 0),
  audio_bitrate varchar(50) NOT NULL,
  encode_mp4 boolean NOT NULL,
  CONSTRAINT video_encode_transcript_videorendition_pkey PRIMARY KEY (id),
  CONSTRAINT video_encode_transcript_videorendition_resolution_key UNIQUE (resolution)
);

CREATE TABLE video_encode_transcript_videorendition_sites (
  id bigserial NOT NULL,
  videorendition_id bigint NOT NULL,
  site_id integer NOT NULL,
  CONSTRAINT video_encode_transcript_videorendition_sites_pkey PRIMARY KEY (id),
  CONSTRAINT video_encode_transcript_videorendition_sites_v_1b51a458_uniq UNIQUE (videorendition_id, site_id)
);

CREATE TABLE video_encode_transcript_encodingvideo (
  id bigserial NOT NULL,
  name varchar(10) NOT NULL,
  video_id bigint NOT NULL,
  rendition_id bigint NOT NULL,
  encoding_format varchar(22) NOT NULL,
  source_file varchar(255) NOT NULL,
  CONSTRAINT video_encode_transcript_encodingvideo_pkey PRIMARY KEY (id)
);

CREATE TABLE video_encode_transcript_encodingaudio (
  id bigserial NOT NULL,
  name varchar(10) NOT NULL,
  video_id bigint NOT NULL,
  encoding_format varchar(35) NOT NULL,
  source_file varchar(255) NOT NULL,
  CONSTRAINT video_encode_transcript_encodingaudio_pkey PRIMARY KEY (id)
);

CREATE TABLE video_encode_transcript_playlistvideo (
  id bigserial NOT NULL,
  name varchar(10) NOT NULL,
  video_id bigint NOT NULL,
  encoding_format varchar(35) NOT NULL,
  source_file varchar(255) NOT NULL,
  CONSTRAINT video_encode_transcript_playlistvideo_pkey PRIMARY KEY (id)
);

CREATE TABLE video_encode_transcript_encodinglog (
  id bigserial NOT NULL,
  video_id bigint NOT NULL,
  log text,
  logfile varchar(255),
  CONSTRAINT video_encode_transcript_encodinglog_pkey PRIMARY KEY (id),
  CONSTRAINT video_encode_transcript_encodinglog_video_id_uniq UNIQUE (video_id)
);

CREATE TABLE video_encode_transcript_encodingstep (
  id bigserial NOT NULL,
  video_id bigint NOT NULL,
  num_step integer NOT NULL,
  desc_step varchar(255),
  CONSTRAINT video_encode_transcript_encodingstep_pkey PRIMARY KEY (id),
  CONSTRAINT video_encode_transcript_encodingstep_video_id_uniq UNIQUE (video_id)
);

CREATE TABLE chapter_chapter (
  id bigserial NOT NULL,
  video_id bigint NOT NULL,
  title varchar(100) NOT NULL,
  slug varchar(105) NOT NULL,
  time_start integer NOT NULL CHECK (time_start >= 0),
  CONSTRAINT chapter_chapter_pkey PRIMARY KEY (id),
  CONSTRAINT chapter_chapter_slug_key UNIQUE (slug),
  CONSTRAINT chapter_chapter_title_time_start_video_id_uniq UNIQUE (title, time_start, video_id)
);

CREATE TABLE completion_contributor (
  id bigserial NOT NULL,
  video_id bigint NOT NULL,
  name varchar(200) NOT NULL,
  email_address varchar(254) NOT NULL,
  role varchar(200) NOT NULL,
  weblink varchar(200),
  CONSTRAINT completion_contributor_pkey PRIMARY KEY (id)
);

CREATE TABLE completion_document (
  id bigserial NOT NULL,
  video_id bigint NOT NULL,
  document_id bigint,
  private boolean NOT NULL,
  CONSTRAINT completion_document_pkey PRIMARY KEY (id)
);

CREATE TABLE completion_track (
  id bigserial NOT NULL,
  video_id bigint NOT NULL,
  kind varchar(10) NOT NULL,
  lang varchar(2) NOT NULL,
  src_id bigint,
  enrich_ready boolean NOT NULL,
  CONSTRAINT completion_track_pkey PRIMARY KEY (id)
);

CREATE TABLE completion_overlay (
  id bigserial NOT NULL,
  video_id bigint NOT NULL,
  title varchar(100) NOT NULL,
  slug varchar(105) NOT NULL,
  time_start integer NOT NULL CHECK (time_start >= 0),
  time_end integer NOT NULL CHECK (time_end >= 0),
  content text NOT NULL,
  position varchar(100),
  background boolean NOT NULL,
  CONSTRAINT completion_overlay_pkey PRIMARY KEY (id),
  CONSTRAINT completion_overlay_slug_key UNIQUE (slug)
);

CREATE TABLE enrichment_enrichment (
  id bigserial NOT NULL,
  video_id bigint NOT NULL,
  title varchar(100) NOT NULL,
  slug varchar(105) NOT NULL,
  stop_video boolean NOT NULL,
  start integer NOT NULL CHECK (start >= 0),
  "end" integer NOT NULL CHECK ("end" >= 0),
  type varchar(10),
  image_id bigint,
  richtext text NOT NULL,
  weblink varchar(200),
  document_id bigint,
  embed text,
  CONSTRAINT enrichment_enrichment_pkey PRIMARY KEY (id),
  CONSTRAINT enrichment_enrichment_slug_key UNIQUE (slug)
);

CREATE TABLE tagging_tag (
  id serial NOT NULL,
  name varchar(50) NOT NULL,
  CONSTRAINT tagging_tag_pkey PRIMARY KEY (id),
  CONSTRAINT tagging_tag_name_key UNIQUE (name)
);

CREATE TABLE tagging_taggeditem (
  id serial NOT NULL,
  tag_id integer NOT NULL,
  content_type_id integer NOT NULL,
  object_id integer NOT NULL CHECK (object_id >= 0),
  CONSTRAINT tagging_taggeditem_pkey PRIMARY KEY (id),
  CONSTRAINT tagging_taggeditem_tag_id_content_type_id_object_id_uniq UNIQUE (tag_id, content_type_id, object_id)
);

CREATE TABLE playlist_playlist (
  id bigserial NOT NULL,
  name varchar(200) NOT NULL,
  description text NOT NULL,
  password varchar(50),
  visibility varchar(9) NOT NULL,
  autoplay boolean NOT NULL,
  promoted boolean NOT NULL,
  editable boolean NOT NULL,
  slug varchar(210) NOT NULL,
  owner_id integer NOT NULL,
  date_created timestamp with time zone NOT NULL,
  date_updated timestamp with time zone NOT NULL,
  site_id integer NOT NULL,
  CONSTRAINT playlist_playlist_pkey PRIMARY KEY (id),
  CONSTRAINT playlist_playlist_slug_key UNIQUE (slug)
);

CREATE TABLE playlist_playlist_additional_owners (
  id bigserial NOT NULL,
  playlist_id bigint NOT NULL,
  user_id integer NOT NULL,
  CONSTRAINT playlist_playlist_additional_owners_pkey PRIMARY KEY (id),
  CONSTRAINT playlist_playlist_additional_owners_playlist_id_user_id_uniq UNIQUE (playlist_id, user_id)
);

CREATE TABLE playlist_playlistcontent (
  id bigserial NOT NULL,
  playlist_id bigint NOT NULL,
  video_id bigint NOT NULL,
  date_added timestamp with time zone NOT NULL,
  rank integer NOT NULL CHECK (rank >= 0),
  CONSTRAINT playlist_playlistcontent_pkey PRIMARY KEY (id),
  CONSTRAINT unique_playlist_video UNIQUE (playlist_id, video_id)
);

CREATE TABLE live_building (
  id bigserial NOT NULL,
  name varchar(200) NOT NULL,
  headband_id bigint,
  gmapurl varchar(250),
  CONSTRAINT live_building_pkey PRIMARY KEY (id),
  CONSTRAINT live_building_name_key UNIQUE (name)
);

CREATE TABLE live_broadcaster (
  id bigserial NOT NULL,
  name varchar(200) NOT NULL,
  slug varchar(200) NOT NULL,
  building_id bigint NOT NULL,
  description text NOT NULL,
  poster_id bigint,
  url varchar(200) NOT NULL,
  status boolean NOT NULL,
  enable_add_event boolean NOT NULL,
  enable_viewer_count boolean NOT NULL,
  is_restricted boolean NOT NULL,
  public boolean NOT NULL,
  piloting_implementation varchar(100),
  piloting_conf text,
  main_lang varchar(2) NOT NULL,
  transcription_file varchar(255),
  CONSTRAINT live_broadcaster_pkey PRIMARY KEY (id),
  CONSTRAINT live_broadcaster_name_key UNIQUE (name),
  CONSTRAINT live_broadcaster_slug_key UNIQUE (slug),
  CONSTRAINT live_broadcaster_url_key UNIQUE (url)
);

CREATE TABLE video_videotodelete (
  id bigserial NOT NULL,
  date_deletion date NOT NULL,
  CONSTRAINT video_videotodelete_pkey PRIMARY KEY (id),
  CONSTRAINT video_videotodelete_date_deletion_uniq UNIQUE (date_deletion)
);

CREATE TABLE video_videotodelete_video (
  id bigserial NOT NULL,
  videotodelete_id bigint NOT NULL,
  video_id bigint NOT NULL,
  CONSTRAINT video_videotodelete_video_pkey PRIMARY KEY (id),
  CONSTRAINT video_videotodelete_video_videotodelete_id_video_id_uniq UNIQUE (videotodelete_id, video_id)
);

CREATE TABLE meeting (
  id bigserial NOT NULL,
  name varchar(250) NOT NULL,
  meeting_id varchar(255) NOT NULL,
  owner_id integer NOT NULL,
  attendee_password varchar(50) NOT NULL,
  moderator_password varchar(50) NOT NULL,
  start_at timestamp with time zone NOT NULL,
  expected_duration interval NOT NULL,
  recurrence varchar(10),
  frequency smallint NOT NULL CHECK (frequency >= 0),
  recurring_until date,
  nb_occurrences smallint CHECK (nb_occurrences >= 0),
  weekdays varchar(7),
  monthly_type varchar(10) NOT NULL,
  is_restricted boolean NOT NULL,
  is_running boolean NOT NULL,
  site_id integer NOT NULL,
  max_participants integer NOT NULL CHECK (max_participants >= 0),
  welcome_text text NOT NULL,
  logout_url varchar(200),
  record boolean NOT NULL,
  is_personal boolean NOT NULL,
  created_at timestamp with time zone NOT NULL,
  updated_at timestamp with time zone NOT NULL,
  is_webinar boolean NOT NULL,
  enable_chat boolean NOT NULL,
  CONSTRAINT meeting_pkey PRIMARY KEY (id),
  CONSTRAINT meeting_unique_slug_site UNIQUE (meeting_id, site_id),
  CONSTRAINT recurring_until_greater_than_start CHECK (recurring_until IS NULL OR recurring_until >= CAST(start_at AS DATE)),
  CONSTRAINT frequency_gte_1 CHECK (frequency >= 1),
  CONSTRAINT recurring_until_and_nb_occurrences_mutually_null_or_not CHECK ((recurring_until IS NULL AND nb_occurrences IS NULL) OR (recurring_until IS NOT NULL AND nb_occurrences IS NOT NULL))
);

CREATE TABLE meeting_additional_owners (
  id bigserial NOT NULL,
  meeting_id bigint NOT NULL,
  user_id integer NOT NULL,
  CONSTRAINT meeting_additional_owners_pkey PRIMARY KEY (id),
  CONSTRAINT meeting_additional_owners_meeting_id_user_id_uniq UNIQUE (meeting_id, user_id)
);

CREATE TABLE django_flatpage (
  id serial NOT NULL,
  url varchar(100) NOT NULL,
  title varchar(200) NOT NULL,
  title_fr varchar(200),
  title_en varchar(200),
  content text NOT NULL,
  content_fr text,
  content_en text,
  enable_comments boolean NOT NULL,
  template_name varchar(70) NOT NULL,
  registration_required boolean NOT NULL,
  CONSTRAINT django_flatpage_pkey PRIMARY KEY (id)
);

CREATE TABLE django_flatpage_sites (
  id serial NOT NULL,
  flatpage_id integer NOT NULL,
  site_id integer NOT NULL,
  CONSTRAINT django_flatpage_sites_pkey PRIMARY KEY (id),
  CONSTRAINT django_flatpage_sites_flatpage_id_site_id_uniq UNIQUE (flatpage_id, site_id)
);

ALTER TABLE podfile_userfolder ADD CONSTRAINT podfile_userfolder_owner_id_fk_auth_user FOREIGN KEY (owner_id) REFERENCES auth_user (id) DEFERRABLE INITIALLY DEFERRED;
CREATE INDEX podfile_userfolder_owner_id_idx ON podfile_userfolder (owner_id);
ALTER TABLE podfile_userfolder_users ADD CONSTRAINT podfile_userfolder_users_userfolder_id_fk_podfile_userfolder FOREIGN KEY (userfolder_id) REFERENCES podfile_userfolder (id) DEFERRABLE INITIALLY DEFERRED;
CREATE INDEX podfile_userfolder_users_userfolder_id_idx ON podfile_userfolder_users (userfolder_id);
ALTER TABLE podfile_userfolder_users ADD CONSTRAINT podfile_userfolder_users_user_id_fk_auth_user FOREIGN KEY (user_id) REFERENCES auth_user (id) DEFERRABLE INITIALLY DEFERRED;
CREATE INDEX podfile_userfolder_users_user_id_idx ON podfile_userfolder_users (user_id);
ALTER TABLE podfile_customfilemodel ADD CONSTRAINT podfile_customfilemodel_folder_id_fk_podfile_userfolder FOREIGN KEY (folder_id) REFERENCES podfile_userfolder (id) DEFERRABLE INITIALLY DEFERRED;
CREATE INDEX podfile_customfilemodel_folder_id_idx ON podfile_customfilemodel (folder_id);
ALTER TABLE podfile_customfilemodel ADD CONSTRAINT podfile_customfilemodel_created_by_id_fk_auth_user FOREIGN KEY (created_by_id) REFERENCES auth_user (id) DEFERRABLE INITIALLY DEFERRED;
CREATE INDEX podfile_customfilemodel_created_by_id_idx ON podfile_customfilemodel (created_by_id);
ALTER TABLE podfile_customimagemodel ADD CONSTRAINT podfile_customimagemodel_folder_id_fk_podfile_userfolder FOREIGN KEY (folder_id) REFERENCES podfile_userfolder (id) DEFERRABLE INITIALLY DEFERRED;
CREATE INDEX podfile_customimagemodel_folder_id_idx ON podfile_customimagemodel (folder_id);
ALTER TABLE podfile_customimagemodel ADD CONSTRAINT podfile_customimagemodel_created_by_id_fk_auth_user FOREIGN KEY (created_by_id) REFERENCES auth_user (id) DEFERRABLE INITIALLY DEFERRED;
CREATE INDEX podfile_customimagemodel_created_by_id_idx ON podfile_customimagemodel (created_by_id);
ALTER TABLE authentication_owner ADD CONSTRAINT authentication_owner_user_id_fk_auth_user FOREIGN KEY (user_id) REFERENCES auth_user (id) DEFERRABLE INITIALLY DEFERRED;
CREATE INDEX authentication_owner_user_id_idx ON authentication_owner (user_id);
ALTER TABLE authentication_owner ADD CONSTRAINT authentication_owner_us_51ec0116_fk_podfile_customimagemodel FOREIGN KEY (userpicture_id) REFERENCES podfile_customimagemodel (id) DEFERRABLE INITIALLY DEFERRED;
CREATE INDEX authentication_owner_userpicture_id_idx ON authentication_owner (userpicture_id);
ALTER TABLE authentication_owner_sites ADD CONSTRAINT authentication_owner_sites_owner_id_fk_authentication_owner FOREIGN KEY (owner_id) REFERENCES authentication_owner (id) DEFERRABLE INITIALLY DEFERRED;
CREATE INDEX authentication_owner_sites_owner_id_idx ON authentication_owner_sites (owner_id);
ALTER TABLE authentication_owner_sites ADD CONSTRAINT authentication_owner_sites_site_id_fk_django_site FOREIGN KEY (site_id) REFERENCES django_site (id) DEFERRABLE INITIALLY DEFERRED;
CREATE INDEX authentication_owner_sites_site_id_idx ON authentication_owner_sites (site_id);
ALTER TABLE video_type ADD CONSTRAINT video_type_icon_id_fk_podfile_customimagemodel FOREIGN KEY (icon_id) REFERENCES podfile_customimagemodel (id) DEFERRABLE INITIALLY DEFERRED;
CREATE INDEX video_type_icon_id_idx ON video_type (icon_id);
ALTER TABLE video_type_sites ADD CONSTRAINT video_type_sites_type_id_fk_video_type FOREIGN KEY (type_id) REFERENCES video_type (id) DEFERRABLE INITIALLY DEFERRED;
CREATE INDEX video_type_sites_type_id_idx ON video_type_sites (type_id);
ALTER TABLE video_type_sites ADD CONSTRAINT video_type_sites_site_id_fk_django_site FOREIGN KEY (site_id) REFERENCES django_site (id) DEFERRABLE INITIALLY DEFERRED;
CREATE INDEX video_type_sites_site_id_idx ON video_type_sites (site_id);
ALTER TABLE video_discipline ADD CONSTRAINT video_discipline_icon_id_fk_podfile_customimagemodel FOREIGN KEY (icon_id) REFERENCES podfile_customimagemodel (id) DEFERRABLE INITIALLY DEFERRED;
CREATE INDEX video_discipline_icon_id_idx ON video_discipline (icon_id);
ALTER TABLE video_discipline ADD CONSTRAINT video_discipline_site_id_fk_django_site FOREIGN KEY (site_id) REFERENCES django_site (id) DEFERRABLE INITIALLY DEFERRED;
CREATE INDEX video_discipline_site_id_idx ON video_discipline (site_id);
ALTER TABLE video_channel ADD CONSTRAINT video_channel_headband_id_fk_podfile_customimagemodel FOREIGN KEY (headband_id) REFERENCES podfile_customimagemodel (id) DEFERRABLE INITIALLY DEFERRED;
CREATE INDEX video_channel_headband_id_idx ON video_channel (headband_id);
ALTER TABLE video_channel ADD CONSTRAINT video_channel_site_id_fk_django_site FOREIGN KEY (site_id) REFERENCES django_site (id) DEFERRABLE INITIALLY DEFERRED;
CREATE INDEX video_channel_site_id_idx ON video_channel (site_id);
ALTER TABLE video_channel_owners ADD CONSTRAINT video_channel_owners_channel_id_fk_video_channel FOREIGN KEY (channel_id) REFERENCES video_channel (id) DEFERRABLE INITIALLY DEFERRED;
CREATE INDEX video_channel_owners_channel_id_idx ON video_channel_owners (channel_id);
ALTER TABLE video_channel_owners ADD CONSTRAINT video_channel_owners_user_id_fk_auth_user FOREIGN KEY (user_id) REFERENCES auth_user (id) DEFERRABLE INITIALLY DEFERRED;
CREATE INDEX video_channel_owners_user_id_idx ON video_channel_owners (user_id);
ALTER TABLE video_channel_users ADD CONSTRAINT video_channel_users_channel_id_fk_video_channel FOREIGN KEY (channel_id) REFERENCES video_channel (id) DEFERRABLE INITIALLY DEFERRED;
CREATE INDEX video_channel_users_channel_id_idx ON video_channel_users (channel_id);
ALTER TABLE video_channel_users ADD CONSTRAINT video_channel_users_user_id_fk_auth_user FOREIGN KEY (user_id) REFERENCES auth_user (id) DEFERRABLE INITIALLY DEFERRED;
CREATE INDEX video_channel_users_user_id_idx ON video_channel_users (user_id);
CREATE INDEX video_theme_slug_idx ON video_theme (slug);
ALTER TABLE video_theme ADD CONSTRAINT "video_theme_parentId_id_fk_video_theme" FOREIGN KEY ("parentId_id") REFERENCES video_theme (id) DEFERRABLE INITIALLY DEFERRED;
CREATE INDEX "video_theme_parentId_id_idx" ON video_theme ("parentId_id");
ALTER TABLE video_theme ADD CONSTRAINT video_theme_headband_id_fk_podfile_customimagemodel FOREIGN KEY (headband_id) REFERENCES podfile_customimagemodel (id) DEFERRABLE INITIALLY DEFERRED;
CREATE INDEX video_theme_headband_id_idx ON video_theme (headband_id);
ALTER TABLE video_theme ADD CONSTRAINT video_theme_channel_id_fk_video_channel FOREIGN KEY (channel_id) REFERENCES video_channel (id) DEFERRABLE INITIALLY DEFERRED;
CREATE INDEX video_theme_channel_id_idx ON video_theme (channel_id);
ALTER TABLE video_video ADD CONSTRAINT video_video_type_id_fk_video_type FOREIGN KEY (type_id) REFERENCES video_type (id) DEFERRABLE INITIALLY DEFERRED;
CREATE INDEX video_video_type_id_idx ON video_video (type_id);
ALTER TABLE video_video ADD CONSTRAINT video_video_owner_id_fk_auth_user FOREIGN KEY (owner_id) REFERENCES auth_user (id) DEFERRABLE INITIALLY DEFERRED;
CREATE INDEX video_video_owner_id_idx ON video_video (owner_id);
ALTER TABLE video_video ADD CONSTRAINT video_video_thumbnail_id_fk_podfile_customimagemodel FOREIGN KEY (thumbnail_id) REFERENCES podfile_customimagemodel (id) DEFERRABLE INITIALLY DEFERRED;
CREATE INDEX video_video_thumbnail_id_idx ON video_video (thumbnail_id);
ALTER TABLE video_video_sites ADD CONSTRAINT video_video_sites_video_id_fk_video_video FOREIGN KEY (video_id) REFERENCES video_video (id) DEFERRABLE INITIALLY DEFERRED;
CREATE INDEX video_video_sites_video_id_idx ON video_video_sites (video_id);
ALTER TABLE video_video_sites ADD CONSTRAINT video_video_sites_site_id_fk_django_site FOREIGN KEY (site_id) REFERENCES django_site (id) DEFERRABLE INITIALLY DEFERRED;
CREATE INDEX video_video_sites_site_id_idx ON video_video_sites (site_id);
ALTER TABLE video_video_additional_owners ADD CONSTRAINT video_video_additional_owners_video_id_fk_video_video FOREIGN KEY (video_id) REFERENCES video_video (id) DEFERRABLE INITIALLY DEFERRED;
CREATE INDEX video_video_additional_owners_video_id_idx ON video_video_additional_owners (video_id);
ALTER TABLE video_video_additional_owners ADD CONSTRAINT video_video_additional_owners_user_id_fk_auth_user FOREIGN KEY (user_id) REFERENCES auth_user (id) DEFERRABLE INITIALLY DEFERRED;
CREATE INDEX video_video_additional_owners_user_id_idx ON video_video_additional_owners (user_id);
ALTER TABLE video_video_channel ADD CONSTRAINT video_video_channel_video_id_fk_video_video FOREIGN KEY (video_id) REFERENCES video_video (id) DEFERRABLE INITIALLY DEFERRED;
CREATE INDEX video_video_channel_video_id_idx ON video_video_channel (video_id);
ALTER TABLE video_video_channel ADD CONSTRAINT video_video_channel_channel_id_fk_video_channel FOREIGN KEY (channel_id) REFERENCES video_channel (id) DEFERRABLE INITIALLY DEFERRED;
CREATE INDEX video_video_channel_channel_id_idx ON video_video_channel (channel_id);
ALTER TABLE video_video_theme ADD CONSTRAINT video_video_theme_video_id_fk_video_video FOREIGN KEY (video_id) REFERENCES video_video (id) DEFERRABLE INITIALLY DEFERRED;
CREATE INDEX video_video_theme_video_id_idx ON video_video_theme (video_id);
ALTER TABLE video_video_theme ADD CONSTRAINT video_video_theme_theme_id_fk_video_theme FOREIGN KEY (theme_id) REFERENCES video_theme (id) DEFERRABLE INITIALLY DEFERRED;
CREATE INDEX video_video_theme_theme_id_idx ON video_video_theme (theme_id);
ALTER TABLE video_video_discipline ADD CONSTRAINT video_video_discipline_video_id_fk_video_video FOREIGN KEY (video_id) REFERENCES video_video (id) DEFERRABLE INITIALLY DEFERRED;
CREATE INDEX video_video_discipline_video_id_idx ON video_video_discipline (video_id);
ALTER TABLE video_video_discipline ADD CONSTRAINT video_video_discipline_discipline_id_fk_video_discipline FOREIGN KEY (discipline_id) REFERENCES video_discipline (id) DEFERRABLE INITIALLY DEFERRED;
CREATE INDEX video_video_discipline_discipline_id_idx ON video_video_discipline (discipline_id);
ALTER TABLE video_viewcount ADD CONSTRAINT video_viewcount_video_id_fk_video_video FOREIGN KEY (video_id) REFERENCES video_video (id) DEFERRABLE INITIALLY DEFERRED;
CREATE INDEX video_viewcount_video_id_idx ON video_viewcount (video_id);
ALTER TABLE video_encode_transcript_videorendition_sites ADD CONSTRAINT video_enc_71c9d461_fk_video_encode_transcript_videorendition FOREIGN KEY (videorendition_id) REFERENCES video_encode_transcript_videorendition (id) DEFERRABLE INITIALLY DEFERRED;
CREATE INDEX video_encode_transcript_videorendition_sites_vi_c4630550_idx ON video_encode_transcript_videorendition_sites (videorendition_id);
ALTER TABLE video_encode_transcript_videorendition_sites ADD CONSTRAINT video_encode_transcript_videorenditi_8e1e3c51_fk_django_site FOREIGN KEY (site_id) REFERENCES django_site (id) DEFERRABLE INITIALLY DEFERRED;
CREATE INDEX video_encode_transcript_videorendition_sites_site_id_idx ON video_encode_transcript_videorendition_sites (site_id);
ALTER TABLE video_encode_transcript_encodingvideo ADD CONSTRAINT video_encode_transcript_encodingvide_d43e65a0_fk_video_video FOREIGN KEY (video_id) REFERENCES video_video (id) DEFERRABLE INITIALLY DEFERRED;
CREATE INDEX video_encode_transcript_encodingvideo_video_id_idx ON video_encode_transcript_encodingvideo (video_id);
ALTER TABLE video_encode_transcript_encodingvideo ADD CONSTRAINT video_enc_d18d7d7a_fk_video_encode_transcript_videorendition FOREIGN KEY (rendition_id) REFERENCES video_encode_transcript_videorendition (id) DEFERRABLE INITIALLY DEFERRED;
CREATE INDEX video_encode_transcript_encodingvideo_rendition_id_idx ON video_encode_transcript_encodingvideo (rendition_id);
ALTER TABLE video_encode_transcript_encodingaudio ADD CONSTRAINT video_encode_transcript_encodingaudi_b00ced72_fk_video_video FOREIGN KEY (video_id) REFERENCES video_video (id) DEFERRABLE INITIALLY DEFERRED;
CREATE INDEX video_encode_transcript_encodingaudio_video_id_idx ON video_encode_transcript_encodingaudio (video_id);
ALTER TABLE video_encode_transcript_playlistvideo ADD CONSTRAINT video_encode_transcript_playlistvide_d2bc9ae7_fk_video_video FOREIGN KEY (video_id) REFERENCES video_video (id) DEFERRABLE INITIALLY DEFERRED;
CREATE INDEX video_encode_transcript_playlistvideo_video_id_idx ON video_encode_transcript_playlistvideo (video_id);
ALTER TABLE video_encode_transcript_encodinglog ADD CONSTRAINT video_encode_transcript_encodinglog_video_id_fk_video_video FOREIGN KEY (video_id) REFERENCES video_video (id) DEFERRABLE INITIALLY DEFERRED;
CREATE INDEX video_encode_transcript_encodinglog_video_id_idx ON video_encode_transcript_encodinglog (video_id);
ALTER TABLE video_encode_transcript_encodingstep ADD CONSTRAINT video_encode_transcript_encodingstep_video_id_fk_video_video FOREIGN KEY (video_id) REFERENCES video_video (id) DEFERRABLE INITIALLY DEFERRED;
CREATE INDEX video_encode_transcript_encodingstep_video_id_idx ON video_encode_transcript_encodingstep (video_id);
ALTER TABLE chapter_chapter ADD CONSTRAINT chapter_chapter_video_id_fk_video_video FOREIGN KEY (video_id) REFERENCES video_video (id) DEFERRABLE INITIALLY DEFERRED;
CREATE INDEX chapter_chapter_video_id_idx ON chapter_chapter (video_id);
ALTER TABLE completion_contributor ADD CONSTRAINT completion_contributor_video_id_fk_video_video FOREIGN KEY (video_id) REFERENCES video_video (id) DEFERRABLE INITIALLY DEFERRED;
CREATE INDEX completion_contributor_video_id_idx ON completion_contributor (video_id);
ALTER TABLE completion_document ADD CONSTRAINT completion_document_video_id_fk_video_video FOREIGN KEY (video_id) REFERENCES video_video (id) DEFERRABLE INITIALLY DEFERRED;
CREATE INDEX completion_document_video_id_idx ON completion_document (video_id);
ALTER TABLE completion_document ADD CONSTRAINT completion_document_document_id_fk_podfile_customfilemodel FOREIGN KEY (document_id) REFERENCES podfile_customfilemodel (id) DEFERRABLE INITIALLY DEFERRED;
CREATE INDEX completion_document_document_id_idx ON completion_document (document_id);
ALTER TABLE completion_track ADD CONSTRAINT completion_track_video_id_fk_video_video FOREIGN KEY (video_id) REFERENCES video_video (id) DEFERRABLE INITIALLY DEFERRED;
CREATE INDEX completion_track_video_id_idx ON completion_track (video_id);
ALTER TABLE completion_track ADD CONSTRAINT completion_track_src_id_fk_podfile_customfilemodel FOREIGN KEY (src_id) REFERENCES podfile_customfilemodel (id) DEFERRABLE INITIALLY DEFERRED;
CREATE INDEX completion_track_src_id_idx ON completion_track (src_id);
ALTER TABLE completion_overlay ADD CONSTRAINT completion_overlay_video_id_fk_video_video FOREIGN KEY (video_id) REFERENCES video_video (id) DEFERRABLE INITIALLY DEFERRED;
CREATE INDEX completion_overlay_video_id_idx ON completion_overlay (video_id);
ALTER TABLE enrichment_enrichment ADD CONSTRAINT enrichment_enrichment_video_id_fk_video_video FOREIGN KEY (video_id) REFERENCES video_video (id) DEFERRABLE INITIALLY DEFERRED;
CREATE INDEX enrichment_enrichment_video_id_idx ON enrichment_enrichment (video_id);
ALTER TABLE enrichment_enrichment ADD CONSTRAINT enrichment_enrichment_image_id_fk_podfile_customimagemodel FOREIGN KEY (image_id) REFERENCES podfile_customimagemodel (id) DEFERRABLE INITIALLY DEFERRED;
CREATE INDEX enrichment_enrichment_image_id_idx ON enrichment_enrichment (image_id);
ALTER TABLE enrichment_enrichment ADD CONSTRAINT enrichment_enrichment_document_id_fk_podfile_customfilemodel FOREIGN KEY (document_id) REFERENCES podfile_customfilemodel (id) DEFERRABLE INITIALLY DEFERRED;
CREATE INDEX enrichment_enrichment_document_id_idx ON enrichment_enrichment (document_id);
CREATE INDEX tagging_taggeditem_object_id_idx ON tagging_taggeditem (object_id);
ALTER TABLE tagging_taggeditem ADD CONSTRAINT tagging_taggeditem_tag_id_fk_tagging_tag FOREIGN KEY (tag_id) REFERENCES tagging_tag (id) DEFERRABLE INITIALLY DEFERRED;
CREATE INDEX tagging_taggeditem_tag_id_idx ON tagging_taggeditem (tag_id);
ALTER TABLE tagging_taggeditem ADD CONSTRAINT tagging_taggeditem_content_type_id_fk_django_content_type FOREIGN KEY (content_type_id) REFERENCES django_content_type (id) DEFERRABLE INITIALLY DEFERRED;
CREATE INDEX tagging_taggeditem_content_type_id_idx ON tagging_taggeditem (content_type_id);
ALTER TABLE playlist_playlist ADD CONSTRAINT playlist_playlist_owner_id_fk_auth_user FOREIGN KEY (owner_id) REFERENCES auth_user (id) DEFERRABLE INITIALLY DEFERRED;
CREATE INDEX playlist_playlist_owner_id_idx ON playlist_playlist (owner_id);
ALTER TABLE playlist_playlist ADD CONSTRAINT playlist_playlist_site_id_fk_django_site FOREIGN KEY (site_id) REFERENCES django_site (id) DEFERRABLE INITIALLY DEFERRED;
CREATE INDEX playlist_playlist_site_id_idx ON playlist_playlist (site_id);
ALTER TABLE playlist_playlist_additional_owners ADD CONSTRAINT playlist_playlist_additional_o_18cef0ab_fk_playlist_playlist FOREIGN KEY (playlist_id) REFERENCES playlist_playlist (id) DEFERRABLE INITIALLY DEFERRED;
CREATE INDEX playlist_playlist_additional_owners_playlist_id_idx ON playlist_playlist_additional_owners (playlist_id);
ALTER TABLE playlist_playlist_additional_owners ADD CONSTRAINT playlist_playlist_additional_owners_user_id_fk_auth_user FOREIGN KEY (user_id) REFERENCES auth_user (id) DEFERRABLE INITIALLY DEFERRED;
CREATE INDEX playlist_playlist_additional_owners_user_id_idx ON playlist_playlist_additional_owners (user_id);
ALTER TABLE playlist_playlistcontent ADD CONSTRAINT playlist_playlistcontent_playlist_id_fk_playlist_playlist FOREIGN KEY (playlist_id) REFERENCES playlist_playlist (id) DEFERRABLE INITIALLY DEFERRED;
CREATE INDEX playlist_playlistcontent_playlist_id_idx ON playlist_playlistcontent (playlist_id);
ALTER TABLE playlist_playlistcontent ADD CONSTRAINT playlist_playlistcontent_video_id_fk_video_video FOREIGN KEY (video_id) REFERENCES video_video (id) DEFERRABLE INITIALLY DEFERRED;
CREATE INDEX playlist_playlistcontent_video_id_idx ON playlist_playlistcontent (video_id);
ALTER TABLE live_building ADD CONSTRAINT live_building_headband_id_fk_podfile_customimagemodel FOREIGN KEY (headband_id) REFERENCES podfile_customimagemodel (id) DEFERRABLE INITIALLY DEFERRED;
CREATE INDEX live_building_headband_id_idx ON live_building (headband_id);
ALTER TABLE live_broadcaster ADD CONSTRAINT live_broadcaster_building_id_fk_live_building FOREIGN KEY (building_id) REFERENCES live_building (id) DEFERRABLE INITIALLY DEFERRED;
CREATE INDEX live_broadcaster_building_id_idx ON live_broadcaster (building_id);
ALTER TABLE live_broadcaster ADD CONSTRAINT live_broadcaster_poster_id_fk_podfile_customimagemodel FOREIGN KEY (poster_id) REFERENCES podfile_customimagemodel (id) DEFERRABLE INITIALLY DEFERRED;
CREATE INDEX live_broadcaster_poster_id_idx ON live_broadcaster (poster_id);
ALTER TABLE video_videotodelete_video ADD CONSTRAINT video_videotodelete_video_vi_8c4c9357_fk_video_videotodelete FOREIGN KEY (videotodelete_id) REFERENCES video_videotodelete (id) DEFERRABLE INITIALLY DEFERRED;
CREATE INDEX video_videotodelete_video_videotodelete_id_idx ON video_videotodelete_video (videotodelete_id);
ALTER TABLE video_videotodelete_video ADD CONSTRAINT video_videotodelete_video_video_id_fk_video_video FOREIGN KEY (video_id) REFERENCES video_video (id) DEFERRABLE INITIALLY DEFERRED;
CREATE INDEX video_videotodelete_video_video_id_idx ON video_videotodelete_video (video_id);
CREATE INDEX meeting_meeting_id_idx ON meeting (meeting_id);
ALTER TABLE meeting ADD CONSTRAINT meeting_owner_id_fk_auth_user FOREIGN KEY (owner_id) REFERENCES auth_user (id) DEFERRABLE INITIALLY DEFERRED;
CREATE INDEX meeting_owner_id_idx ON meeting (owner_id);
ALTER TABLE meeting ADD CONSTRAINT meeting_site_id_fk_django_site FOREIGN KEY (site_id) REFERENCES django_site (id) DEFERRABLE INITIALLY DEFERRED;
CREATE INDEX meeting_site_id_idx ON meeting (site_id);
ALTER TABLE meeting_additional_owners ADD CONSTRAINT meeting_additional_owners_meeting_id_fk_meeting FOREIGN KEY (meeting_id) REFERENCES meeting (id) DEFERRABLE INITIALLY DEFERRED;
CREATE INDEX meeting_additional_owners_meeting_id_idx ON meeting_additional_owners (meeting_id);
ALTER TABLE meeting_additional_owners ADD CONSTRAINT meeting_additional_owners_user_id_fk_auth_user FOREIGN KEY (user_id) REFERENCES auth_user (id) DEFERRABLE INITIALLY DEFERRED;
CREATE INDEX meeting_additional_owners_user_id_idx ON meeting_additional_owners (user_id);
CREATE INDEX django_flatpage_url_idx ON django_flatpage (url);
ALTER TABLE django_flatpage_sites ADD CONSTRAINT django_flatpage_sites_flatpage_id_fk_django_flatpage FOREIGN KEY (flatpage_id) REFERENCES django_flatpage (id) DEFERRABLE INITIALLY DEFERRED;
CREATE INDEX django_flatpage_sites_flatpage_id_idx ON django_flatpage_sites (flatpage_id);
ALTER TABLE django_flatpage_sites ADD CONSTRAINT django_flatpage_sites_site_id_fk_django_site FOREIGN KEY (site_id) REFERENCES django_site (id) DEFERRABLE INITIALLY DEFERRED;
CREATE INDEX django_flatpage_sites_site_id_idx ON django_flatpage_sites (site_id);
