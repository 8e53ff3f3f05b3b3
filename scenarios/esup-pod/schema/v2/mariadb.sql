-- Esup-Pod v2 schema for MariaDB/MySQL: the tables that carry data worth checking.
-- Rendered from scenarios/esup-pod/generator/schema/ by write-schema-files.ts: edit the descriptions, not this file.
-- Sources and version differences: /work/shared/research/esup-pod.md sections 2-5.

SET NAMES utf8mb4;
SET FOREIGN_KEY_CHECKS = 0;

CREATE TABLE `django_site` (
  `id` int NOT NULL AUTO_INCREMENT,
  `domain` varchar(100) NOT NULL,
  `name` varchar(50) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `domain` (`domain`)
);

CREATE TABLE `django_content_type` (
  `id` int NOT NULL AUTO_INCREMENT,
  `app_label` varchar(100) NOT NULL,
  `model` varchar(100) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `django_content_type_app_label_model_uniq` (`app_label`, `model`)
);

CREATE TABLE `django_migrations` (
  `id` int NOT NULL AUTO_INCREMENT,
  `app` varchar(255) NOT NULL,
  `name` varchar(255) NOT NULL,
  `applied` datetime(6) NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `auth_group` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` varchar(80) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `name` (`name`)
);

CREATE TABLE `auth_user` (
  `id` int NOT NULL AUTO_INCREMENT,
  `password` varchar(128) NOT NULL,
  `last_login` datetime(6) DEFAULT NULL,
  `is_superuser` tinyint(1) NOT NULL,
  `username` varchar(150) NOT NULL,
  `first_name` varchar(30) NOT NULL,
  `last_name` varchar(30) NOT NULL,
  `email` varchar(254) NOT NULL,
  `is_staff` tinyint(1) NOT NULL,
  `is_active` tinyint(1) NOT NULL,
  `date_joined` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `username` (`username`)
);

CREATE TABLE `podfile_userfolder` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `owner_id` int NOT NULL,
  `created_at` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `podfile_userfolder_name_owner_id_uniq` (`name`, `owner_id`),
  KEY `podfile_userfolder_owner_id_fk_auth_user` (`owner_id`),
  CONSTRAINT `podfile_userfolder_owner_id_fk_auth_user` FOREIGN KEY (`owner_id`) REFERENCES `auth_user` (`id`)
);

CREATE TABLE `podfile_userfolder_users` (
  `id` int NOT NULL AUTO_INCREMENT,
  `userfolder_id` int NOT NULL,
  `user_id` int NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `podfile_userfolder_users_userfolder_id_user_id_uniq` (`userfolder_id`, `user_id`),
  KEY `podfile_userfolder_users_user_id_fk_auth_user` (`user_id`),
  CONSTRAINT `podfile_userfolder_users_userfolder_id_fk_podfile_userfolder` FOREIGN KEY (`userfolder_id`) REFERENCES `podfile_userfolder` (`id`),
  CONSTRAINT `podfile_userfolder_users_user_id_fk_auth_user` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
);

CREATE TABLE `podfile_customfilemodel` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `description` varchar(255) NOT NULL,
  `folder_id` int NOT NULL,
  `uploaded_at` datetime(6) NOT NULL,
  `created_by_id` int NOT NULL,
  `file` varchar(255) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `podfile_customfilemodel_folder_id_fk_podfile_userfolder` (`folder_id`),
  KEY `podfile_customfilemodel_created_by_id_fk_auth_user` (`created_by_id`),
  CONSTRAINT `podfile_customfilemodel_folder_id_fk_podfile_userfolder` FOREIGN KEY (`folder_id`) REFERENCES `podfile_userfolder` (`id`),
  CONSTRAINT `podfile_customfilemodel_created_by_id_fk_auth_user` FOREIGN KEY (`created_by_id`) REFERENCES `auth_user` (`id`)
);

CREATE TABLE `podfile_customimagemodel` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `description` varchar(255) NOT NULL,
  `folder_id` int NOT NULL,
  `uploaded_at` datetime(6) NOT NULL,
  `created_by_id` int NOT NULL,
  `file` varchar(255) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `podfile_customimagemodel_folder_id_fk_podfile_userfolder` (`folder_id`),
  KEY `podfile_customimagemodel_created_by_id_fk_auth_user` (`created_by_id`),
  CONSTRAINT `podfile_customimagemodel_folder_id_fk_podfile_userfolder` FOREIGN KEY (`folder_id`) REFERENCES `podfile_userfolder` (`id`),
  CONSTRAINT `podfile_customimagemodel_created_by_id_fk_auth_user` FOREIGN KEY (`created_by_id`) REFERENCES `auth_user` (`id`)
);

CREATE TABLE `main_customfilemodel` (
  `id` int NOT NULL AUTO_INCREMENT,
  `file` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `main_customimagemodel` (
  `id` int NOT NULL AUTO_INCREMENT,
  `file` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `authentication_owner` (
  `id` int NOT NULL AUTO_INCREMENT,
  `user_id` int NOT NULL,
  `auth_type` varchar(20) NOT NULL,
  `affiliation` varchar(50) NOT NULL,
  `commentaire` longtext NOT NULL,
  `hashkey` varchar(64) NOT NULL,
  `userpicture_id` int DEFAULT NULL,
  `establishment` varchar(10) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `hashkey` (`hashkey`),
  UNIQUE KEY `authentication_owner_user_id_uniq` (`user_id`),
  KEY `authentication_owner_us_51ec0116_fk_podfile_customimagemodel` (`userpicture_id`),
  CONSTRAINT `authentication_owner_user_id_fk_auth_user` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`),
  CONSTRAINT `authentication_owner_us_51ec0116_fk_podfile_customimagemodel` FOREIGN KEY (`userpicture_id`) REFERENCES `podfile_customimagemodel` (`id`)
);

CREATE TABLE `authentication_owner_sites` (
  `id` int NOT NULL AUTO_INCREMENT,
  `owner_id` int NOT NULL,
  `site_id` int NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `authentication_owner_sites_owner_id_site_id_uniq` (`owner_id`, `site_id`),
  KEY `authentication_owner_sites_site_id_fk_django_site` (`site_id`),
  CONSTRAINT `authentication_owner_sites_owner_id_fk_authentication_owner` FOREIGN KEY (`owner_id`) REFERENCES `authentication_owner` (`id`),
  CONSTRAINT `authentication_owner_sites_site_id_fk_django_site` FOREIGN KEY (`site_id`) REFERENCES `django_site` (`id`)
);

CREATE TABLE `video_type` (
  `id` int NOT NULL AUTO_INCREMENT,
  `title` varchar(100) NOT NULL,
  `title_fr` varchar(100) DEFAULT NULL,
  `title_en` varchar(100) DEFAULT NULL,
  `slug` varchar(100) NOT NULL,
  `description` longtext NOT NULL,
  `description_fr` longtext DEFAULT NULL,
  `description_en` longtext DEFAULT NULL,
  `icon_id` int DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `title` (`title`),
  UNIQUE KEY `slug` (`slug`),
  KEY `video_type_icon_id_fk_podfile_customimagemodel` (`icon_id`),
  CONSTRAINT `video_type_icon_id_fk_podfile_customimagemodel` FOREIGN KEY (`icon_id`) REFERENCES `podfile_customimagemodel` (`id`)
);

CREATE TABLE `video_type_sites` (
  `id` int NOT NULL AUTO_INCREMENT,
  `type_id` int NOT NULL,
  `site_id` int NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `video_type_sites_type_id_site_id_uniq` (`type_id`, `site_id`),
  KEY `video_type_sites_site_id_fk_django_site` (`site_id`),
  CONSTRAINT `video_type_sites_type_id_fk_video_type` FOREIGN KEY (`type_id`) REFERENCES `video_type` (`id`),
  CONSTRAINT `video_type_sites_site_id_fk_django_site` FOREIGN KEY (`site_id`) REFERENCES `django_site` (`id`)
);

CREATE TABLE `video_discipline` (
  `id` int NOT NULL AUTO_INCREMENT,
  `title` varchar(100) NOT NULL,
  `title_fr` varchar(100) DEFAULT NULL,
  `title_en` varchar(100) DEFAULT NULL,
  `slug` varchar(100) NOT NULL,
  `description` longtext NOT NULL,
  `description_fr` longtext DEFAULT NULL,
  `description_en` longtext DEFAULT NULL,
  `icon_id` int DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `title` (`title`),
  UNIQUE KEY `slug` (`slug`),
  KEY `video_discipline_icon_id_fk_podfile_customimagemodel` (`icon_id`),
  CONSTRAINT `video_discipline_icon_id_fk_podfile_customimagemodel` FOREIGN KEY (`icon_id`) REFERENCES `podfile_customimagemodel` (`id`)
);

CREATE TABLE `video_discipline_sites` (
  `id` int NOT NULL AUTO_INCREMENT,
  `discipline_id` int NOT NULL,
  `site_id` int NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `video_discipline_sites_discipline_id_site_id_uniq` (`discipline_id`, `site_id`),
  KEY `video_discipline_sites_site_id_fk_django_site` (`site_id`),
  CONSTRAINT `video_discipline_sites_discipline_id_fk_video_discipline` FOREIGN KEY (`discipline_id`) REFERENCES `video_discipline` (`id`),
  CONSTRAINT `video_discipline_sites_site_id_fk_django_site` FOREIGN KEY (`site_id`) REFERENCES `django_site` (`id`)
);

CREATE TABLE `video_channel` (
  `id` int NOT NULL AUTO_INCREMENT,
  `title` varchar(100) NOT NULL,
  `title_fr` varchar(100) DEFAULT NULL,
  `title_en` varchar(100) DEFAULT NULL,
  `slug` varchar(100) NOT NULL,
  `description` longtext NOT NULL,
  `description_fr` longtext DEFAULT NULL,
  `description_en` longtext DEFAULT NULL,
  `headband_id` int DEFAULT NULL,
  `color` varchar(10) DEFAULT NULL,
  `style` longtext DEFAULT NULL,
  `visible` tinyint(1) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `title` (`title`),
  UNIQUE KEY `slug` (`slug`),
  KEY `video_channel_headband_id_fk_podfile_customimagemodel` (`headband_id`),
  CONSTRAINT `video_channel_headband_id_fk_podfile_customimagemodel` FOREIGN KEY (`headband_id`) REFERENCES `podfile_customimagemodel` (`id`)
);

CREATE TABLE `video_channel_sites` (
  `id` int NOT NULL AUTO_INCREMENT,
  `channel_id` int NOT NULL,
  `site_id` int NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `video_channel_sites_channel_id_site_id_uniq` (`channel_id`, `site_id`),
  KEY `video_channel_sites_site_id_fk_django_site` (`site_id`),
  CONSTRAINT `video_channel_sites_channel_id_fk_video_channel` FOREIGN KEY (`channel_id`) REFERENCES `video_channel` (`id`),
  CONSTRAINT `video_channel_sites_site_id_fk_django_site` FOREIGN KEY (`site_id`) REFERENCES `django_site` (`id`)
);

CREATE TABLE `video_channel_owners` (
  `id` int NOT NULL AUTO_INCREMENT,
  `channel_id` int NOT NULL,
  `user_id` int NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `video_channel_owners_channel_id_user_id_uniq` (`channel_id`, `user_id`),
  KEY `video_channel_owners_user_id_fk_auth_user` (`user_id`),
  CONSTRAINT `video_channel_owners_channel_id_fk_video_channel` FOREIGN KEY (`channel_id`) REFERENCES `video_channel` (`id`),
  CONSTRAINT `video_channel_owners_user_id_fk_auth_user` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
);

CREATE TABLE `video_channel_users` (
  `id` int NOT NULL AUTO_INCREMENT,
  `channel_id` int NOT NULL,
  `user_id` int NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `video_channel_users_channel_id_user_id_uniq` (`channel_id`, `user_id`),
  KEY `video_channel_users_user_id_fk_auth_user` (`user_id`),
  CONSTRAINT `video_channel_users_channel_id_fk_video_channel` FOREIGN KEY (`channel_id`) REFERENCES `video_channel` (`id`),
  CONSTRAINT `video_channel_users_user_id_fk_auth_user` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
);

CREATE TABLE `video_theme` (
  `id` int NOT NULL AUTO_INCREMENT,
  `parentId_id` int DEFAULT NULL,
  `title` varchar(100) NOT NULL,
  `title_fr` varchar(100) DEFAULT NULL,
  `title_en` varchar(100) DEFAULT NULL,
  `slug` varchar(100) NOT NULL,
  `description` longtext NOT NULL,
  `description_fr` longtext DEFAULT NULL,
  `description_en` longtext DEFAULT NULL,
  `headband_id` int DEFAULT NULL,
  `channel_id` int NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `video_theme_channel_id_slug_uniq` (`channel_id`, `slug`),
  KEY `video_theme_slug_idx` (`slug`),
  KEY `video_theme_parentId_id_fk_video_theme` (`parentId_id`),
  KEY `video_theme_headband_id_fk_podfile_customimagemodel` (`headband_id`),
  CONSTRAINT `video_theme_parentId_id_fk_video_theme` FOREIGN KEY (`parentId_id`) REFERENCES `video_theme` (`id`),
  CONSTRAINT `video_theme_headband_id_fk_podfile_customimagemodel` FOREIGN KEY (`headband_id`) REFERENCES `podfile_customimagemodel` (`id`),
  CONSTRAINT `video_theme_channel_id_fk_video_channel` FOREIGN KEY (`channel_id`) REFERENCES `video_channel` (`id`)
);

CREATE TABLE `video_video` (
  `id` int NOT NULL AUTO_INCREMENT,
  `video` varchar(255) NOT NULL,
  `title` varchar(250) NOT NULL,
  `title_fr` varchar(250) DEFAULT NULL,
  `title_en` varchar(250) DEFAULT NULL,
  `slug` varchar(255) NOT NULL,
  `type_id` int NOT NULL,
  `owner_id` int NOT NULL,
  `description` longtext NOT NULL,
  `description_fr` longtext DEFAULT NULL,
  `description_en` longtext DEFAULT NULL,
  `date_added` datetime(6) NOT NULL,
  `date_evt` date DEFAULT NULL,
  `cursus` varchar(1) NOT NULL,
  `main_lang` varchar(2) NOT NULL,
  `transcript` tinyint(1) NOT NULL,
  `tags` varchar(255) NOT NULL,
  `licence` varchar(8) DEFAULT NULL,
  `allow_downloading` tinyint(1) NOT NULL,
  `is_360` tinyint(1) NOT NULL,
  `is_draft` tinyint(1) NOT NULL,
  `is_restricted` tinyint(1) NOT NULL,
  `password` varchar(50) DEFAULT NULL,
  `encoding_in_progress` tinyint(1) NOT NULL,
  `is_video` tinyint(1) NOT NULL,
  `disable_comment` tinyint(1) NOT NULL,
  `thumbnail_id` int DEFAULT NULL,
  `duration` int NOT NULL,
  `overview` varchar(255) DEFAULT NULL,
  `date_delete` date NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `slug` (`slug`),
  KEY `video_video_type_id_fk_video_type` (`type_id`),
  KEY `video_video_owner_id_fk_auth_user` (`owner_id`),
  KEY `video_video_thumbnail_id_fk_podfile_customimagemodel` (`thumbnail_id`),
  CONSTRAINT `video_video_type_id_fk_video_type` FOREIGN KEY (`type_id`) REFERENCES `video_type` (`id`),
  CONSTRAINT `video_video_owner_id_fk_auth_user` FOREIGN KEY (`owner_id`) REFERENCES `auth_user` (`id`),
  CONSTRAINT `video_video_thumbnail_id_fk_podfile_customimagemodel` FOREIGN KEY (`thumbnail_id`) REFERENCES `podfile_customimagemodel` (`id`)
);

CREATE TABLE `video_video_sites` (
  `id` int NOT NULL AUTO_INCREMENT,
  `video_id` int NOT NULL,
  `site_id` int NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `video_video_sites_video_id_site_id_uniq` (`video_id`, `site_id`),
  KEY `video_video_sites_site_id_fk_django_site` (`site_id`),
  CONSTRAINT `video_video_sites_video_id_fk_video_video` FOREIGN KEY (`video_id`) REFERENCES `video_video` (`id`),
  CONSTRAINT `video_video_sites_site_id_fk_django_site` FOREIGN KEY (`site_id`) REFERENCES `django_site` (`id`)
);

CREATE TABLE `video_video_additional_owners` (
  `id` int NOT NULL AUTO_INCREMENT,
  `video_id` int NOT NULL,
  `user_id` int NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `video_video_additional_owners_video_id_user_id_uniq` (`video_id`, `user_id`),
  KEY `video_video_additional_owners_user_id_fk_auth_user` (`user_id`),
  CONSTRAINT `video_video_additional_owners_video_id_fk_video_video` FOREIGN KEY (`video_id`) REFERENCES `video_video` (`id`),
  CONSTRAINT `video_video_additional_owners_user_id_fk_auth_user` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
);

CREATE TABLE `video_video_channel` (
  `id` int NOT NULL AUTO_INCREMENT,
  `video_id` int NOT NULL,
  `channel_id` int NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `video_video_channel_video_id_channel_id_uniq` (`video_id`, `channel_id`),
  KEY `video_video_channel_channel_id_fk_video_channel` (`channel_id`),
  CONSTRAINT `video_video_channel_video_id_fk_video_video` FOREIGN KEY (`video_id`) REFERENCES `video_video` (`id`),
  CONSTRAINT `video_video_channel_channel_id_fk_video_channel` FOREIGN KEY (`channel_id`) REFERENCES `video_channel` (`id`)
);

CREATE TABLE `video_video_theme` (
  `id` int NOT NULL AUTO_INCREMENT,
  `video_id` int NOT NULL,
  `theme_id` int NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `video_video_theme_video_id_theme_id_uniq` (`video_id`, `theme_id`),
  KEY `video_video_theme_theme_id_fk_video_theme` (`theme_id`),
  CONSTRAINT `video_video_theme_video_id_fk_video_video` FOREIGN KEY (`video_id`) REFERENCES `video_video` (`id`),
  CONSTRAINT `video_video_theme_theme_id_fk_video_theme` FOREIGN KEY (`theme_id`) REFERENCES `video_theme` (`id`)
);

CREATE TABLE `video_video_discipline` (
  `id` int NOT NULL AUTO_INCREMENT,
  `video_id` int NOT NULL,
  `discipline_id` int NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `video_video_discipline_video_id_discipline_id_uniq` (`video_id`, `discipline_id`),
  KEY `video_video_discipline_discipline_id_fk_video_discipline` (`discipline_id`),
  CONSTRAINT `video_video_discipline_video_id_fk_video_video` FOREIGN KEY (`video_id`) REFERENCES `video_video` (`id`),
  CONSTRAINT `video_video_discipline_discipline_id_fk_video_discipline` FOREIGN KEY (`discipline_id`) REFERENCES `video_discipline` (`id`)
);

CREATE TABLE `video_viewcount` (
  `id` int NOT NULL AUTO_INCREMENT,
  `video_id` int NOT NULL,
  `date` date NOT NULL,
  `count` int NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `video_viewcount_video_id_date_uniq` (`video_id`, `date`),
  CONSTRAINT `video_viewcount_video_id_fk_video_video` FOREIGN KEY (`video_id`) REFERENCES `video_video` (`id`)
);

CREATE TABLE `video_videorendition` (
  `id` int NOT NULL AUTO_INCREMENT,
  `resolution` varchar(50) NOT NULL,
  `minrate` varchar(50) NOT NULL,
  `video_bitrate` varchar(50) NOT NULL,
  `maxrate` varchar(50) NOT NULL,
  `audio_bitrate` varchar(50) NOT NULL,
  `encode_mp4` tinyint(1) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `resolution` (`resolution`)
);

CREATE TABLE `video_videorendition_sites` (
  `id` int NOT NULL AUTO_INCREMENT,
  `videorendition_id` int NOT NULL,
  `site_id` int NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `video_videorendition_sites_videorendition_id_site_id_uniq` (`videorendition_id`, `site_id`),
  KEY `video_videorendition_sites_site_id_fk_django_site` (`site_id`),
  CONSTRAINT `video_videorendition_sites__cf167bb1_fk_video_videorendition` FOREIGN KEY (`videorendition_id`) REFERENCES `video_videorendition` (`id`),
  CONSTRAINT `video_videorendition_sites_site_id_fk_django_site` FOREIGN KEY (`site_id`) REFERENCES `django_site` (`id`)
);

CREATE TABLE `video_encodingvideo` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` varchar(10) NOT NULL,
  `video_id` int NOT NULL,
  `rendition_id` int NOT NULL,
  `encoding_format` varchar(22) NOT NULL,
  `source_file` varchar(255) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `video_encodingvideo_video_id_fk_video_video` (`video_id`),
  KEY `video_encodingvideo_rendition_id_fk_video_videorendition` (`rendition_id`),
  CONSTRAINT `video_encodingvideo_video_id_fk_video_video` FOREIGN KEY (`video_id`) REFERENCES `video_video` (`id`),
  CONSTRAINT `video_encodingvideo_rendition_id_fk_video_videorendition` FOREIGN KEY (`rendition_id`) REFERENCES `video_videorendition` (`id`)
);

CREATE TABLE `video_encodingaudio` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` varchar(10) NOT NULL,
  `video_id` int NOT NULL,
  `encoding_format` varchar(35) NOT NULL,
  `source_file` varchar(255) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `video_encodingaudio_video_id_fk_video_video` (`video_id`),
  CONSTRAINT `video_encodingaudio_video_id_fk_video_video` FOREIGN KEY (`video_id`) REFERENCES `video_video` (`id`)
);

CREATE TABLE `video_playlistvideo` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` varchar(10) NOT NULL,
  `video_id` int NOT NULL,
  `encoding_format` varchar(35) NOT NULL,
  `source_file` varchar(255) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `video_playlistvideo_video_id_fk_video_video` (`video_id`),
  CONSTRAINT `video_playlistvideo_video_id_fk_video_video` FOREIGN KEY (`video_id`) REFERENCES `video_video` (`id`)
);

CREATE TABLE `video_encodinglog` (
  `id` int NOT NULL AUTO_INCREMENT,
  `video_id` int NOT NULL,
  `log` longtext DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `video_encodinglog_video_id_uniq` (`video_id`),
  CONSTRAINT `video_encodinglog_video_id_fk_video_video` FOREIGN KEY (`video_id`) REFERENCES `video_video` (`id`)
);

CREATE TABLE `video_encodingstep` (
  `id` int NOT NULL AUTO_INCREMENT,
  `video_id` int NOT NULL,
  `num_step` int NOT NULL,
  `desc_step` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `video_encodingstep_video_id_uniq` (`video_id`),
  CONSTRAINT `video_encodingstep_video_id_fk_video_video` FOREIGN KEY (`video_id`) REFERENCES `video_video` (`id`)
);

CREATE TABLE `chapter_chapter` (
  `id` int NOT NULL AUTO_INCREMENT,
  `video_id` int NOT NULL,
  `title` varchar(100) NOT NULL,
  `slug` varchar(105) NOT NULL,
  `time_start` int unsigned NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `slug` (`slug`),
  UNIQUE KEY `chapter_chapter_title_time_start_video_id_uniq` (`title`, `time_start`, `video_id`),
  KEY `chapter_chapter_video_id_fk_video_video` (`video_id`),
  CONSTRAINT `chapter_chapter_video_id_fk_video_video` FOREIGN KEY (`video_id`) REFERENCES `video_video` (`id`)
);

CREATE TABLE `completion_contributor` (
  `id` int NOT NULL AUTO_INCREMENT,
  `video_id` int NOT NULL,
  `name` varchar(200) NOT NULL,
  `email_address` varchar(254) NOT NULL,
  `role` varchar(200) NOT NULL,
  `weblink` varchar(200) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `completion_contributor_video_id_fk_video_video` (`video_id`),
  CONSTRAINT `completion_contributor_video_id_fk_video_video` FOREIGN KEY (`video_id`) REFERENCES `video_video` (`id`)
);

CREATE TABLE `completion_document` (
  `id` int NOT NULL AUTO_INCREMENT,
  `video_id` int NOT NULL,
  `document_id` int DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `completion_document_video_id_fk_video_video` (`video_id`),
  KEY `completion_document_document_id_fk_podfile_customfilemodel` (`document_id`),
  CONSTRAINT `completion_document_video_id_fk_video_video` FOREIGN KEY (`video_id`) REFERENCES `video_video` (`id`),
  CONSTRAINT `completion_document_document_id_fk_podfile_customfilemodel` FOREIGN KEY (`document_id`) REFERENCES `podfile_customfilemodel` (`id`)
);

CREATE TABLE `completion_track` (
  `id` int NOT NULL AUTO_INCREMENT,
  `video_id` int NOT NULL,
  `kind` varchar(10) NOT NULL,
  `lang` varchar(2) NOT NULL,
  `src_id` int DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `completion_track_video_id_fk_video_video` (`video_id`),
  KEY `completion_track_src_id_fk_podfile_customfilemodel` (`src_id`),
  CONSTRAINT `completion_track_video_id_fk_video_video` FOREIGN KEY (`video_id`) REFERENCES `video_video` (`id`),
  CONSTRAINT `completion_track_src_id_fk_podfile_customfilemodel` FOREIGN KEY (`src_id`) REFERENCES `podfile_customfilemodel` (`id`)
);

CREATE TABLE `completion_overlay` (
  `id` int NOT NULL AUTO_INCREMENT,
  `video_id` int NOT NULL,
  `title` varchar(100) NOT NULL,
  `slug` varchar(105) NOT NULL,
  `time_start` int unsigned NOT NULL,
  `time_end` int unsigned NOT NULL,
  `content` longtext NOT NULL,
  `position` varchar(100) DEFAULT NULL,
  `background` tinyint(1) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `slug` (`slug`),
  KEY `completion_overlay_video_id_fk_video_video` (`video_id`),
  CONSTRAINT `completion_overlay_video_id_fk_video_video` FOREIGN KEY (`video_id`) REFERENCES `video_video` (`id`)
);

CREATE TABLE `enrichment_enrichment` (
  `id` int NOT NULL AUTO_INCREMENT,
  `video_id` int NOT NULL,
  `title` varchar(100) NOT NULL,
  `slug` varchar(105) NOT NULL,
  `stop_video` tinyint(1) NOT NULL,
  `start` int unsigned NOT NULL,
  `end` int unsigned NOT NULL,
  `type` varchar(10) DEFAULT NULL,
  `image_id` int DEFAULT NULL,
  `richtext` longtext NOT NULL,
  `weblink` varchar(200) DEFAULT NULL,
  `document_id` int DEFAULT NULL,
  `embed` longtext DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `slug` (`slug`),
  KEY `enrichment_enrichment_video_id_fk_video_video` (`video_id`),
  KEY `enrichment_enrichment_image_id_fk_podfile_customimagemodel` (`image_id`),
  KEY `enrichment_enrichment_document_id_fk_podfile_customfilemodel` (`document_id`),
  CONSTRAINT `enrichment_enrichment_video_id_fk_video_video` FOREIGN KEY (`video_id`) REFERENCES `video_video` (`id`),
  CONSTRAINT `enrichment_enrichment_image_id_fk_podfile_customimagemodel` FOREIGN KEY (`image_id`) REFERENCES `podfile_customimagemodel` (`id`),
  CONSTRAINT `enrichment_enrichment_document_id_fk_podfile_customfilemodel` FOREIGN KEY (`document_id`) REFERENCES `podfile_customfilemodel` (`id`)
);

CREATE TABLE `tagging_tag` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` varchar(50) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `name` (`name`)
);

CREATE TABLE `tagging_taggeditem` (
  `id` int NOT NULL AUTO_INCREMENT,
  `tag_id` int NOT NULL,
  `content_type_id` int NOT NULL,
  `object_id` int unsigned NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `tagging_taggeditem_tag_id_content_type_id_object_id_uniq` (`tag_id`, `content_type_id`, `object_id`),
  KEY `tagging_taggeditem_object_id_idx` (`object_id`),
  KEY `tagging_taggeditem_content_type_id_fk_django_content_type` (`content_type_id`),
  CONSTRAINT `tagging_taggeditem_tag_id_fk_tagging_tag` FOREIGN KEY (`tag_id`) REFERENCES `tagging_tag` (`id`),
  CONSTRAINT `tagging_taggeditem_content_type_id_fk_django_content_type` FOREIGN KEY (`content_type_id`) REFERENCES `django_content_type` (`id`)
);

CREATE TABLE `playlist_playlist` (
  `id` int NOT NULL AUTO_INCREMENT,
  `title` varchar(100) NOT NULL,
  `slug` varchar(100) NOT NULL,
  `owner_id` int NOT NULL,
  `description` longtext NOT NULL,
  `visible` tinyint(1) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `title` (`title`),
  UNIQUE KEY `slug` (`slug`),
  KEY `playlist_playlist_owner_id_fk_auth_user` (`owner_id`),
  CONSTRAINT `playlist_playlist_owner_id_fk_auth_user` FOREIGN KEY (`owner_id`) REFERENCES `auth_user` (`id`)
);

CREATE TABLE `playlist_playlistelement` (
  `id` int NOT NULL AUTO_INCREMENT,
  `playlist_id` int NOT NULL,
  `video_id` int NOT NULL,
  `position` int unsigned NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `playlist_playlistelement_playlist_id_video_id_uniq` (`playlist_id`, `video_id`),
  KEY `playlist_playlistelement_video_id_fk_video_video` (`video_id`),
  CONSTRAINT `playlist_playlistelement_playlist_id_fk_playlist_playlist` FOREIGN KEY (`playlist_id`) REFERENCES `playlist_playlist` (`id`),
  CONSTRAINT `playlist_playlistelement_video_id_fk_video_video` FOREIGN KEY (`video_id`) REFERENCES `video_video` (`id`)
);

CREATE TABLE `live_building` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` varchar(200) NOT NULL,
  `headband_id` int DEFAULT NULL,
  `gmapurl` varchar(250) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `name` (`name`),
  KEY `live_building_headband_id_fk_podfile_customimagemodel` (`headband_id`),
  CONSTRAINT `live_building_headband_id_fk_podfile_customimagemodel` FOREIGN KEY (`headband_id`) REFERENCES `podfile_customimagemodel` (`id`)
);

CREATE TABLE `live_broadcaster` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` varchar(200) NOT NULL,
  `slug` varchar(200) NOT NULL,
  `building_id` int NOT NULL,
  `description` longtext NOT NULL,
  `poster_id` int DEFAULT NULL,
  `url` varchar(200) NOT NULL,
  `video_on_hold_id` int DEFAULT NULL,
  `iframe_url` varchar(200) DEFAULT NULL,
  `iframe_height` int DEFAULT NULL,
  `aside_iframe_url` varchar(200) DEFAULT NULL,
  `status` tinyint(1) NOT NULL,
  `is_restricted` tinyint(1) NOT NULL,
  `password` varchar(50) DEFAULT NULL,
  `viewcount` int NOT NULL,
  `enable_viewer_count` tinyint(1) NOT NULL,
  `public` tinyint(1) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `name` (`name`),
  UNIQUE KEY `slug` (`slug`),
  UNIQUE KEY `url` (`url`),
  KEY `live_broadcaster_building_id_fk_live_building` (`building_id`),
  KEY `live_broadcaster_poster_id_fk_podfile_customimagemodel` (`poster_id`),
  KEY `live_broadcaster_video_on_hold_id_fk_video_video` (`video_on_hold_id`),
  CONSTRAINT `live_broadcaster_building_id_fk_live_building` FOREIGN KEY (`building_id`) REFERENCES `live_building` (`id`),
  CONSTRAINT `live_broadcaster_poster_id_fk_podfile_customimagemodel` FOREIGN KEY (`poster_id`) REFERENCES `podfile_customimagemodel` (`id`),
  CONSTRAINT `live_broadcaster_video_on_hold_id_fk_video_video` FOREIGN KEY (`video_on_hold_id`) REFERENCES `video_video` (`id`)
);

CREATE TABLE `django_flatpage` (
  `id` int NOT NULL AUTO_INCREMENT,
  `url` varchar(100) NOT NULL,
  `title` varchar(200) NOT NULL,
  `title_fr` varchar(200) DEFAULT NULL,
  `title_en` varchar(200) DEFAULT NULL,
  `content` longtext NOT NULL,
  `content_fr` longtext DEFAULT NULL,
  `content_en` longtext DEFAULT NULL,
  `enable_comments` tinyint(1) NOT NULL,
  `template_name` varchar(70) NOT NULL,
  `registration_required` tinyint(1) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `django_flatpage_url_idx` (`url`)
);

CREATE TABLE `django_flatpage_sites` (
  `id` int NOT NULL AUTO_INCREMENT,
  `flatpage_id` int NOT NULL,
  `site_id` int NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `django_flatpage_sites_flatpage_id_site_id_uniq` (`flatpage_id`, `site_id`),
  KEY `django_flatpage_sites_site_id_fk_django_site` (`site_id`),
  CONSTRAINT `django_flatpage_sites_flatpage_id_fk_django_flatpage` FOREIGN KEY (`flatpage_id`) REFERENCES `django_flatpage` (`id`),
  CONSTRAINT `django_flatpage_sites_site_id_fk_django_site` FOREIGN KEY (`site_id`) REFERENCES `django_site` (`id`)
);

SET FOREIGN_KEY_CHECKS = 1;
