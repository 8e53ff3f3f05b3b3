-- Esup-Pod v2 schema for PostgreSQL: the tables that carry data worth checking.
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
  name varchar(80) NOT NULL,
  CONSTRAINT auth_group_pkey PRIMARY KEY (id),
  CONSTRAINT auth_group_name_key UNIQUE (name)
);

CREATE TABLE auth_user (
  id serial NOT NULL,
  password varchar(128) NOT NULL,
  last_login timestamp with time zone,
  is_superuser boolean NOT NULL,
  username varchar(150) NOT NULL,
  first_name varchar(30) NOT NULL,
  last_name varchar(30) NOT NULL,
  email varchar(254) NOT NULL,
  is_staff boolean NOT NULL,
  is_active boolean NOT NULL,
  date_joined timestamp with time zone NOT NULL,
  CONSTRAINT auth_user_pkey PRIMARY KEY (id),
  CONSTRAINT auth_user_username_key UNIQUE (username)
);

CREATE TABLE podfile_userfolder (
  id serial NOT NULL,
  name varchar(255) NOT NULL,
  owner_id integer NOT NULL,
  created_at timestamp with time zone NOT NULL,
  CONSTRAINT podfile_userfolder_pkey PRIMARY KEY (id),
  CONSTRAINT podfile_userfolder_name_owner_id_uniq UNIQUE (name, owner_id)
);

CREATE TABLE podfile_userfolder_users (
  id serial NOT NULL,
  userfolder_id integer NOT NULL,
  user_id integer NOT NULL,
  CONSTRAINT podfile_userfolder_users_pkey PRIMARY KEY (id),
  CONSTRAINT podfile_userfolder_users_userfolder_id_user_id_uniq UNIQUE (userfolder_id, user_id)
);

CREATE TABLE podfile_customfilemodel (
  id serial NOT NULL,
  name varchar(255) NOT NULL,
  description varchar(255) NOT NULL,
  folder_id integer NOT NULL,
  uploaded_at timestamp with time zone NOT NULL,
  created_by_id integer NOT NULL,
  file varchar(255) NOT NULL,
  CONSTRAINT podfile_customfilemodel_pkey PRIMARY KEY (id)
);

CREATE TABLE podfile_customimagemodel (
  id serial NOT NULL,
  name varchar(255) NOT NULL,
  description varchar(255) NOT NULL,
  folder_id integer NOT NULL,
  uploaded_at timestamp with time zone NOT NULL,
  created_by_id integer NOT NULL,
  file varchar(255) NOT NULL,
  CONSTRAINT podfile_customimagemodel_pkey PRIMARY KEY (id)
);

CREATE TABLE main_customfilemodel (
  id serial NOT NULL,
  file varchar(255),
  CONSTRAINT main_customfilemodel_pkey PRIMARY KEY (id)
);

CREATE TABLE main_customimagemodel (
  id serial NOT NULL,
  file varchar(255),
  CONSTRAINT main_customimagemodel_pkey PRIMARY KEY (id)
);

CREATE TABLE authentication_owner (
  id serial NOT NULL,
  user_id integer NOT NULL,
  auth_type varchar(20) NOT NULL,
  affiliation varchar(50) NOT NULL,
  commentaire text NOT NULL,
  hashkey varchar(64) NOT NULL,
  userpicture_id integer,
  establishment varchar(10) NOT NULL,
  CONSTRAINT authentication_owner_pkey PRIMARY KEY (id),
  CONSTRAINT authentication_owner_hashkey_key UNIQUE (hashkey),
  CONSTRAINT authentication_owner_user_id_uniq UNIQUE (user_id)
);

CREATE TABLE authentication_owner_sites (
  id serial NOT NULL,
  owner_id integer NOT NULL,
  site_id integer NOT NULL,
  CONSTRAINT authentication_owner_sites_pkey PRIMARY KEY (id),
  CONSTRAINT authentication_owner_sites_owner_id_site_id_uniq UNIQUE (owner_id, site_id)
);

CREATE TABLE video_type (
  id serial NOT NULL,
  title varchar(100) NOT NULL,
  title_fr varchar(100),
  title_en varchar(100),
  slug varchar(100) NOT NULL,
  description text NOT NULL,
  description_fr text,
  description_en text,
  icon_id integer,
  CONSTRAINT video_type_pkey PRIMARY KEY (id),
  CONSTRAINT video_type_title_key UNIQUE (title),
  CONSTRAINT video_type_slug_key UNIQUE (slug)
);

CREATE TABLE video_type_sites (
  id serial NOT NULL,
  type_id integer NOT NULL,
  site_id integer NOT NULL,
  CONSTRAINT video_type_sites_pkey PRIMARY KEY (id),
  CONSTRAINT video_type_sites_type_id_site_id_uniq UNIQUE (type_id, site_id)
);

CREATE TABLE video_discipline (
  id serial NOT NULL,
  title varchar(100) NOT NULL,
  title_fr varchar(100),
  title_en varchar(100),
  slug varchar(100) NOT NULL,
  description text NOT NULL,
  description_fr text,
  description_en text,
  icon_id integer,
  CONSTRAINT video_discipline_pkey PRIMARY KEY (id),
  CONSTRAINT video_discipline_title_key UNIQUE (title),
  CONSTRAINT video_discipline_slug_key UNIQUE (slug)
);

CREATE TABLE video_discipline_sites (
  id serial NOT NULL,
  discipline_id integer NOT NULL,
  site_id integer NOT NULL,
  CONSTRAINT video_discipline_sites_pkey PRIMARY KEY (id),
  CONSTRAINT video_discipline_sites_discipline_id_site_id_uniq UNIQUE (discipline_id, site_id)
);

CREATE TABLE video_channel (
  id serial NOT NULL,
  title varchar(100) NOT NULL,
  title_fr varchar(100),
  title_en varchar(100),
  slug varchar(100) NOT NULL,
  description text NOT NULL,
  description_fr text,
  description_en text,
  headband_id integer,
  color varchar(10),
  style text,
  visible boolean NOT NULL,
  CONSTRAINT video_channel_pkey PRIMARY KEY (id),
  CONSTRAINT video_channel_title_key UNIQUE (title),
  CONSTRAINT video_channel_slug_key UNIQUE (slug)
);

CREATE TABLE video_channel_sites (
  id serial NOT NULL,
  channel_id integer NOT NULL,
  site_id integer NOT NULL,
  CONSTRAINT video_channel_sites_pkey PRIMARY KEY (id),
  CONSTRAINT video_channel_sites_channel_id_site_id_uniq UNIQUE (channel_id, site_id)
);

CREATE TABLE video_channel_owners (
  id serial NOT NULL,
  channel_id integer NOT NULL,
  user_id integer NOT NULL,
  CONSTRAINT video_channel_owners_pkey PRIMARY KEY (id),
  CONSTRAINT video_channel_owners_channel_id_user_id_uniq UNIQUE (channel_id, user_id)
);

CREATE TABLE video_channel_users (
  id serial NOT NULL,
  channel_id integer NOT NULL,
  user_id integer NOT NULL,
  CONSTRAINT video_channel_users_pkey PRIMARY KEY (id),
  CONSTRAINT video_channel_users_channel_id_user_id_uniq UNIQUE (channel_id, user_id)
);

CREATE TABLE video_theme (
  id serial NOT NULL,
  "parentId_id" integer,
  title varchar(100) NOT NULL,
  title_fr varchar(100),
  title_en varchar(100),
  slug varchar(100) NOT NULL,
  description text NOT NULL,
  description_fr text,
  description_en text,
  headband_id integer,
  channel_id integer NOT NULL,
  CONSTRAINT video_theme_pkey PRIMARY KEY (id),
  CONSTRAINT video_theme_channel_id_slug_uniq UNIQUE (channel_id, slug)
);

CREATE TABLE video_video (
  id serial NOT NULL,
  video varchar(255) NOT NULL,
  title varchar(250) NOT NULL,
  title_fr varchar(250),
  title_en varchar(250),
  slug varchar(255) NOT NULL,
  type_id integer NOT NULL,
  owner_id integer NOT NULL,
  description text NOT NULL,
  description_fr text,
  description_en text,
  date_added timestamp with time zone NOT NULL,
  date_evt date,
  cursus varchar(1) NOT NULL,
  main_lang varchar(2) NOT NULL,
  transcript boolean NOT NULL,
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
  thumbnail_id integer,
  duration integer NOT NULL,
  overview varchar(255),
  date_delete date NOT NULL,
  CONSTRAINT video_video_pkey PRIMARY KEY (id),
  CONSTRAINT video_video_slug_key UNIQUE (slug)
);

CREATE TABLE video_video_sites (
  id serial NOT NULL,
  video_id integer NOT NULL,
  site_id integer NOT NULL,
  CONSTRAINT video_video_sites_pkey PRIMARY KEY (id),
  CONSTRAINT video_video_sites_video_id_site_id_uniq UNIQUE (video_id, site_id)
);

CREATE TABLE video_video_additional_owners (
  id serial NOT NULL,
  video_id integer NOT NULL,
  user_id integer NOT NULL,
  CONSTRAINT video_video_additional_owners_pkey PRIMARY KEY (id),
  CONSTRAINT video_video_additional_owners_video_id_user_id_uniq UNIQUE (video_id, user_id)
);

CREATE TABLE video_video_channel (
  id serial NOT NULL,
  video_id integer NOT NULL,
  channel_id integer NOT NULL,
  CONSTRAINT video_video_channel_pkey PRIMARY KEY (id),
  CONSTRAINT video_video_channel_video_id_channel_id_uniq UNIQUE (video_id, channel_id)
);

CREATE TABLE video_video_theme (
  id serial NOT NULL,
  video_id integer NOT NULL,
  theme_id integer NOT NULL,
  CONSTRAINT video_video_theme_pkey PRIMARY KEY (id),
  CONSTRAINT video_video_theme_video_id_theme_id_uniq UNIQUE (video_id, theme_id)
);

CREATE TABLE video_video_discipline (
  id serial NOT NULL,
  video_id integer NOT NULL,
  discipline_id integer NOT NULL,
  CONSTRAINT video_video_discipline_pkey PRIMARY KEY (id),
  CONSTRAINT video_video_discipline_video_id_discipline_id_uniq UNIQUE (video_id, discipline_id)
);

CREATE TABLE video_viewcount (
  id serial NOT NULL,
  video_id integer NOT NULL,
  date date NOT NULL,
  count integer NOT NULL,
  CONSTRAINT video_viewcount_pkey PRIMARY KEY (id),
  CONSTRAINT video_viewcount_video_id_date_uniq UNIQUE (video_id, date)
);

CREATE TABLE video_videorendition (
  id serial NOT NULL,
  resolution varchar(50) NOT NULL,
  minrate varchar(50) NOT NULL,
  video_bitrate varchar(50) NOT NULL,
  maxrate varchar(50) NOT NULL,
  audio_bitrate varchar(50) NOT NULL,
  encode_mp4 boolean NOT NULL,
  CONSTRAINT video_videorendition_pkey PRIMARY KEY (id),
  CONSTRAINT video_videorendition_resolution_key UNIQUE (resolution)
);

CREATE TABLE video_videorendition_sites (
  id serial NOT NULL,
  videorendition_id integer NOT NULL,
  site_id integer NOT NULL,
  CONSTRAINT video_videorendition_sites_pkey PRIMARY KEY (id),
  CONSTRAINT video_videorendition_sites_videorendition_id_site_id_uniq UNIQUE (videorendition_id, site_id)
);

CREATE TABLE video_encodingvideo (
  id serial NOT NULL,
  name varchar(10) NOT NULL,
  video_id integer NOT NULL,
  rendition_id integer NOT NULL,
  encoding_format varchar(22) NOT NULL,
  source_file varchar(255) NOT NULL,
  CONSTRAINT video_encodingvideo_pkey PRIMARY KEY (id)
);

CREATE TABLE video_encodingaudio (
  id serial NOT NULL,
  name varchar(10) NOT NULL,
  video_id integer NOT NULL,
  encoding_format varchar(35) NOT NULL,
  source_file varchar(255) NOT NULL,
  CONSTRAINT video_encodingaudio_pkey PRIMARY KEY (id)
);

CREATE TABLE video_playlistvideo (
  id serial NOT NULL,
  name varchar(10) NOT NULL,
  video_id integer NOT NULL,
  encoding_format varchar(35) NOT NULL,
  source_file varchar(255) NOT NULL,
  CONSTRAINT video_playlistvideo_pkey PRIMARY KEY (id)
);

CREATE TABLE video_encodinglog (
  id serial NOT NULL,
  video_id integer NOT NULL,
  log text,
  CONSTRAINT video_encodinglog_pkey PRIMARY KEY (id),
  CONSTRAINT video_encodinglog_video_id_uniq UNIQUE (video_id)
);

CREATE TABLE video_encodingstep (
  id serial NOT NULL,
  video_id integer NOT NULL,
  num_step integer NOT NULL,
  desc_step varchar(255),
  CONSTRAINT video_encodingstep_pkey PRIMARY KEY (id),
  CONSTRAINT video_encodingstep_video_id_uniq UNIQUE (video_id)
);

CREATE TABLE chapter_chapter (
  id serial NOT NULL,
  video_id integer NOT NULL,
  title varchar(100) NOT NULL,
  slug varchar(105) NOT NULL,
  time_start integer NOT NULL CHECK (time_start >= 0),
  CONSTRAINT chapter_chapter_pkey PRIMARY KEY (id),
  CONSTRAINT chapter_chapter_slug_key UNIQUE (slug),
  CONSTRAINT chapter_chapter_title_time_start_video_id_uniq UNIQUE (title, time_start, video_id)
);

CREATE TABLE completion_contributor (
  id serial NOT NULL,
  video_id integer NOT NULL,
  name varchar(200) NOT NULL,
  email_address varchar(254) NOT NULL,
  role varchar(200) NOT NULL,
  weblink varchar(200),
  CONSTRAINT completion_contributor_pkey PRIMARY KEY (id)
);

CREATE TABLE completion_document (
  id serial NOT NULL,
  video_id integer NOT NULL,
  document_id integer,
  CONSTRAINT completion_document_pkey PRIMARY KEY (id)
);

CREATE TABLE completion_track (
  id serial NOT NULL,
  video_id integer NOT NULL,
  kind varchar(10) NOT NULL,
  lang varchar(2) NOT NULL,
  src_id integer,
  CONSTRAINT completion_track_pkey PRIMARY KEY (id)
);

CREATE TABLE completion_overlay (
  id serial NOT NULL,
  video_id integer NOT NULL,
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
  id serial NOT NULL,
  video_id integer NOT NULL,
  title varchar(100) NOT NULL,
  slug varchar(105) NOT NULL,
  stop_video boolean NOT NULL,
  start integer NOT NULL CHECK (start >= 0),
  "end" integer NOT NULL CHECK ("end" >= 0),
  type varchar(10),
  image_id integer,
  richtext text NOT NULL,
  weblink varchar(200),
  document_id integer,
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
  id serial NOT NULL,
  title varchar(100) NOT NULL,
  slug varchar(100) NOT NULL,
  owner_id integer NOT NULL,
  description text NOT NULL,
  visible boolean NOT NULL,
  CONSTRAINT playlist_playlist_pkey PRIMARY KEY (id),
  CONSTRAINT playlist_playlist_title_key UNIQUE (title),
  CONSTRAINT playlist_playlist_slug_key UNIQUE (slug)
);

CREATE TABLE playlist_playlistelement (
  id serial NOT NULL,
  playlist_id integer NOT NULL,
  video_id integer NOT NULL,
  position integer NOT NULL CHECK (position >= 0),
  CONSTRAINT playlist_playlistelement_pkey PRIMARY KEY (id),
  CONSTRAINT playlist_playlistelement_playlist_id_video_id_uniq UNIQUE (playlist_id, video_id)
);

CREATE TABLE live_building (
  id serial NOT NULL,
  name varchar(200) NOT NULL,
  headband_id integer,
  gmapurl varchar(250),
  CONSTRAINT live_building_pkey PRIMARY KEY (id),
  CONSTRAINT live_building_name_key UNIQUE (name)
);

CREATE TABLE live_broadcaster (
  id serial NOT NULL,
  name varchar(200) NOT NULL,
  slug varchar(200) NOT NULL,
  building_id integer NOT NULL,
  description text NOT NULL,
  poster_id integer,
  url varchar(200) NOT NULL,
  video_on_hold_id integer,
  iframe_url varchar(200),
  iframe_height integer,
  aside_iframe_url varchar(200),
  status boolean NOT NULL,
  is_restricted boolean NOT NULL,
  password varchar(50),
  viewcount integer NOT NULL,
  enable_viewer_count boolean NOT NULL,
  public boolean NOT NULL,
  CONSTRAINT live_broadcaster_pkey PRIMARY KEY (id),
  CONSTRAINT live_broadcaster_name_key UNIQUE (name),
  CONSTRAINT live_broadcaster_slug_key UNIQUE (slug),
  CONSTRAINT live_broadcaster_url_key UNIQUE (url)
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
ALTER TABLE video_discipline_sites ADD CONSTRAINT video_discipline_sites_discipline_id_fk_video_discipline FOREIGN KEY (discipline_id) REFERENCES video_discipline (id) DEFERRABLE INITIALLY DEFERRED;
CREATE INDEX video_discipline_sites_discipline_id_idx ON video_discipline_sites (discipline_id);
ALTER TABLE video_discipline_sites ADD CONSTRAINT video_discipline_sites_site_id_fk_django_site FOREIGN KEY (site_id) REFERENCES django_site (id) DEFERRABLE INITIALLY DEFERRED;
CREATE INDEX video_discipline_sites_site_id_idx ON video_discipline_sites (site_id);
ALTER TABLE video_channel ADD CONSTRAINT video_channel_headband_id_fk_podfile_customimagemodel FOREIGN KEY (headband_id) REFERENCES podfile_customimagemodel (id) DEFERRABLE INITIALLY DEFERRED;
CREATE INDEX video_channel_headband_id_idx ON video_channel (headband_id);
ALTER TABLE video_channel_sites ADD CONSTRAINT video_channel_sites_channel_id_fk_video_channel FOREIGN KEY (channel_id) REFERENCES video_channel (id) DEFERRABLE INITIALLY DEFERRED;
CREATE INDEX video_channel_sites_channel_id_idx ON video_channel_sites (channel_id);
ALTER TABLE video_channel_sites ADD CONSTRAINT video_channel_sites_site_id_fk_django_site FOREIGN KEY (site_id) REFERENCES django_site (id) DEFERRABLE INITIALLY DEFERRED;
CREATE INDEX video_channel_sites_site_id_idx ON video_channel_sites (site_id);
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
ALTER TABLE video_videorendition_sites ADD CONSTRAINT video_videorendition_sites__cf167bb1_fk_video_videorendition FOREIGN KEY (videorendition_id) REFERENCES video_videorendition (id) DEFERRABLE INITIALLY DEFERRED;
CREATE INDEX video_videorendition_sites_videorendition_id_idx ON video_videorendition_sites (videorendition_id);
ALTER TABLE video_videorendition_sites ADD CONSTRAINT video_videorendition_sites_site_id_fk_django_site FOREIGN KEY (site_id) REFERENCES django_site (id) DEFERRABLE INITIALLY DEFERRED;
CREATE INDEX video_videorendition_sites_site_id_idx ON video_videorendition_sites (site_id);
ALTER TABLE video_encodingvideo ADD CONSTRAINT video_encodingvideo_video_id_fk_video_video FOREIGN KEY (video_id) REFERENCES video_video (id) DEFERRABLE INITIALLY DEFERRED;
CREATE INDEX video_encodingvideo_video_id_idx ON video_encodingvideo (video_id);
ALTER TABLE video_encodingvideo ADD CONSTRAINT video_encodingvideo_rendition_id_fk_video_videorendition FOREIGN KEY (rendition_id) REFERENCES video_videorendition (id) DEFERRABLE INITIALLY DEFERRED;
CREATE INDEX video_encodingvideo_rendition_id_idx ON video_encodingvideo (rendition_id);
ALTER TABLE video_encodingaudio ADD CONSTRAINT video_encodingaudio_video_id_fk_video_video FOREIGN KEY (video_id) REFERENCES video_video (id) DEFERRABLE INITIALLY DEFERRED;
CREATE INDEX video_encodingaudio_video_id_idx ON video_encodingaudio (video_id);
ALTER TABLE video_playlistvideo ADD CONSTRAINT video_playlistvideo_video_id_fk_video_video FOREIGN KEY (video_id) REFERENCES video_video (id) DEFERRABLE INITIALLY DEFERRED;
CREATE INDEX video_playlistvideo_video_id_idx ON video_playlistvideo (video_id);
ALTER TABLE video_encodinglog ADD CONSTRAINT video_encodinglog_video_id_fk_video_video FOREIGN KEY (video_id) REFERENCES video_video (id) DEFERRABLE INITIALLY DEFERRED;
CREATE INDEX video_encodinglog_video_id_idx ON video_encodinglog (video_id);
ALTER TABLE video_encodingstep ADD CONSTRAINT video_encodingstep_video_id_fk_video_video FOREIGN KEY (video_id) REFERENCES video_video (id) DEFERRABLE INITIALLY DEFERRED;
CREATE INDEX video_encodingstep_video_id_idx ON video_encodingstep (video_id);
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
ALTER TABLE playlist_playlistelement ADD CONSTRAINT playlist_playlistelement_playlist_id_fk_playlist_playlist FOREIGN KEY (playlist_id) REFERENCES playlist_playlist (id) DEFERRABLE INITIALLY DEFERRED;
CREATE INDEX playlist_playlistelement_playlist_id_idx ON playlist_playlistelement (playlist_id);
ALTER TABLE playlist_playlistelement ADD CONSTRAINT playlist_playlistelement_video_id_fk_video_video FOREIGN KEY (video_id) REFERENCES video_video (id) DEFERRABLE INITIALLY DEFERRED;
CREATE INDEX playlist_playlistelement_video_id_idx ON playlist_playlistelement (video_id);
ALTER TABLE live_building ADD CONSTRAINT live_building_headband_id_fk_podfile_customimagemodel FOREIGN KEY (headband_id) REFERENCES podfile_customimagemodel (id) DEFERRABLE INITIALLY DEFERRED;
CREATE INDEX live_building_headband_id_idx ON live_building (headband_id);
ALTER TABLE live_broadcaster ADD CONSTRAINT live_broadcaster_building_id_fk_live_building FOREIGN KEY (building_id) REFERENCES live_building (id) DEFERRABLE INITIALLY DEFERRED;
CREATE INDEX live_broadcaster_building_id_idx ON live_broadcaster (building_id);
ALTER TABLE live_broadcaster ADD CONSTRAINT live_broadcaster_poster_id_fk_podfile_customimagemodel FOREIGN KEY (poster_id) REFERENCES podfile_customimagemodel (id) DEFERRABLE INITIALLY DEFERRED;
CREATE INDEX live_broadcaster_poster_id_idx ON live_broadcaster (poster_id);
ALTER TABLE live_broadcaster ADD CONSTRAINT live_broadcaster_video_on_hold_id_fk_video_video FOREIGN KEY (video_on_hold_id) REFERENCES video_video (id) DEFERRABLE INITIALLY DEFERRED;
CREATE INDEX live_broadcaster_video_on_hold_id_idx ON live_broadcaster (video_on_hold_id);
CREATE INDEX django_flatpage_url_idx ON django_flatpage (url);
ALTER TABLE django_flatpage_sites ADD CONSTRAINT django_flatpage_sites_flatpage_id_fk_django_flatpage FOREIGN KEY (flatpage_id) REFERENCES django_flatpage (id) DEFERRABLE INITIALLY DEFERRED;
CREATE INDEX django_flatpage_sites_flatpage_id_idx ON django_flatpage_sites (flatpage_id);
ALTER TABLE django_flatpage_sites ADD CONSTRAINT django_flatpage_sites_site_id_fk_django_site FOREIGN KEY (site_id) REFERENCES django_site (id) DEFERRABLE INITIALLY DEFERRED;
CREATE INDEX django_flatpage_sites_site_id_idx ON django_flatpage_sites (site_id);
