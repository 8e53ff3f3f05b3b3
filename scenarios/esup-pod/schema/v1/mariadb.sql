-- Esup-Pod v1 schema for MariaDB/MySQL: the tables that carry data worth checking.
-- Rendered from scenarios/esup-pod/generator/schema/ by write-schema-files.ts: edit the descriptions, not this file.
-- Sources and version differences: /work/shared/research/esup-pod.md sections 2-5.

SET NAMES utf8mb4;
SET FOREIGN_KEY_CHECKS = 0;

CREATE TABLE `django_site` (
  `id` int NOT NULL AUTO_INCREMENT,
  `domain` varchar(100) NOT NULL,
  `name` varchar(50) NOT NULL,
  PRIMARY KEY (`id`)
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

CREATE TABLE `auth_user` (
  `id` int NOT NULL AUTO_INCREMENT,
  `password` varchar(128) NOT NULL,
  `last_login` datetime(6) DEFAULT NULL,
  `is_superuser` tinyint(1) NOT NULL,
  `username` varchar(30) NOT NULL,
  `first_name` varchar(30) NOT NULL,
  `last_name` varchar(30) NOT NULL,
  `email` varchar(254) NOT NULL,
  `is_staff` tinyint(1) NOT NULL,
  `is_active` tinyint(1) NOT NULL,
  `date_joined` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `username` (`username`)
);

CREATE TABLE `filer_folder` (
  `id` int NOT NULL AUTO_INCREMENT,
  `parent_id` int DEFAULT NULL,
  `name` varchar(255) NOT NULL,
  `owner_id` int DEFAULT NULL,
  `uploaded_at` datetime(6) NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `modified_at` datetime(6) NOT NULL,
  `lft` int unsigned NOT NULL,
  `rght` int unsigned NOT NULL,
  `tree_id` int unsigned NOT NULL,
  `level` int unsigned NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `filer_folder_parent_id_name_uniq` (`parent_id`, `name`),
  KEY `filer_folder_lft_idx` (`lft`),
  KEY `filer_folder_rght_idx` (`rght`),
  KEY `filer_folder_tree_id_idx` (`tree_id`),
  KEY `filer_folder_level_idx` (`level`),
  KEY `filer_folder_owner_id_fk_auth_user` (`owner_id`),
  CONSTRAINT `filer_folder_parent_id_fk_filer_folder` FOREIGN KEY (`parent_id`) REFERENCES `filer_folder` (`id`),
  CONSTRAINT `filer_folder_owner_id_fk_auth_user` FOREIGN KEY (`owner_id`) REFERENCES `auth_user` (`id`)
);

CREATE TABLE `filer_file` (
  `id` int NOT NULL AUTO_INCREMENT,
  `polymorphic_ctype_id` int DEFAULT NULL,
  `folder_id` int DEFAULT NULL,
  `file` varchar(255) DEFAULT NULL,
  `_file_size` int DEFAULT NULL,
  `sha1` varchar(40) NOT NULL,
  `has_all_mandatory_data` tinyint(1) NOT NULL,
  `original_filename` varchar(255) DEFAULT NULL,
  `name` varchar(255) NOT NULL,
  `description` longtext DEFAULT NULL,
  `uploaded_at` datetime(6) NOT NULL,
  `modified_at` datetime(6) NOT NULL,
  `owner_id` int DEFAULT NULL,
  `is_public` tinyint(1) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `filer_file_polymorphic_ctype_id_fk_django_content_type` (`polymorphic_ctype_id`),
  KEY `filer_file_folder_id_fk_filer_folder` (`folder_id`),
  KEY `filer_file_owner_id_fk_auth_user` (`owner_id`),
  CONSTRAINT `filer_file_polymorphic_ctype_id_fk_django_content_type` FOREIGN KEY (`polymorphic_ctype_id`) REFERENCES `django_content_type` (`id`),
  CONSTRAINT `filer_file_folder_id_fk_filer_folder` FOREIGN KEY (`folder_id`) REFERENCES `filer_folder` (`id`),
  CONSTRAINT `filer_file_owner_id_fk_auth_user` FOREIGN KEY (`owner_id`) REFERENCES `auth_user` (`id`)
);

CREATE TABLE `filer_image` (
  `file_ptr_id` int NOT NULL,
  `_height` int DEFAULT NULL,
  `_width` int DEFAULT NULL,
  `date_taken` datetime(6) DEFAULT NULL,
  `default_alt_text` varchar(255) DEFAULT NULL,
  `default_caption` varchar(255) DEFAULT NULL,
  `author` varchar(255) DEFAULT NULL,
  `must_always_publish_author_credit` tinyint(1) NOT NULL,
  `must_always_publish_copyright` tinyint(1) NOT NULL,
  `subject_location` varchar(64) DEFAULT NULL,
  PRIMARY KEY (`file_ptr_id`),
  CONSTRAINT `filer_image_file_ptr_id_fk_filer_file` FOREIGN KEY (`file_ptr_id`) REFERENCES `filer_file` (`id`)
);

CREATE TABLE `core_userprofile` (
  `id` int NOT NULL AUTO_INCREMENT,
  `user_id` int NOT NULL,
  `image_id` int DEFAULT NULL,
  `description` longtext NOT NULL,
  `url` varchar(200) NOT NULL,
  `auth_type` varchar(20) NOT NULL,
  `affiliation` varchar(50) NOT NULL,
  `commentaire` longtext NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `core_userprofile_user_id_uniq` (`user_id`),
  KEY `core_userprofile_image_id_fk_filer_image` (`image_id`),
  CONSTRAINT `core_userprofile_user_id_fk_auth_user` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`),
  CONSTRAINT `core_userprofile_image_id_fk_filer_image` FOREIGN KEY (`image_id`) REFERENCES `filer_image` (`file_ptr_id`)
);

CREATE TABLE `core_encodingtype` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` varchar(250) NOT NULL,
  `bitrate_audio` int unsigned NOT NULL,
  `bitrate_video` int unsigned NOT NULL,
  `output_height` int NOT NULL,
  `mediatype` varchar(5) NOT NULL,
  `support_hls` tinyint(1) NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `pods_type` (
  `id` int NOT NULL AUTO_INCREMENT,
  `title` varchar(100) NOT NULL,
  `title_fr` varchar(100) DEFAULT NULL,
  `title_en` varchar(100) DEFAULT NULL,
  `slug` varchar(100) NOT NULL,
  `description` longtext NOT NULL,
  `description_fr` longtext DEFAULT NULL,
  `description_en` longtext DEFAULT NULL,
  `headband_id` int DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `title` (`title`),
  UNIQUE KEY `slug` (`slug`),
  KEY `pods_type_headband_id_fk_filer_image` (`headband_id`),
  CONSTRAINT `pods_type_headband_id_fk_filer_image` FOREIGN KEY (`headband_id`) REFERENCES `filer_image` (`file_ptr_id`)
);

CREATE TABLE `pods_discipline` (
  `id` int NOT NULL AUTO_INCREMENT,
  `title` varchar(100) NOT NULL,
  `title_fr` varchar(100) DEFAULT NULL,
  `title_en` varchar(100) DEFAULT NULL,
  `slug` varchar(100) NOT NULL,
  `description` longtext NOT NULL,
  `description_fr` longtext DEFAULT NULL,
  `description_en` longtext DEFAULT NULL,
  `headband_id` int DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `title` (`title`),
  UNIQUE KEY `slug` (`slug`),
  KEY `pods_discipline_headband_id_fk_filer_image` (`headband_id`),
  CONSTRAINT `pods_discipline_headband_id_fk_filer_image` FOREIGN KEY (`headband_id`) REFERENCES `filer_image` (`file_ptr_id`)
);

CREATE TABLE `pods_channel` (
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
  KEY `pods_channel_headband_id_fk_filer_image` (`headband_id`),
  CONSTRAINT `pods_channel_headband_id_fk_filer_image` FOREIGN KEY (`headband_id`) REFERENCES `filer_image` (`file_ptr_id`)
);

CREATE TABLE `pods_channel_owners` (
  `id` int NOT NULL AUTO_INCREMENT,
  `channel_id` int NOT NULL,
  `user_id` int NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `pods_channel_owners_channel_id_user_id_uniq` (`channel_id`, `user_id`),
  KEY `pods_channel_owners_user_id_fk_auth_user` (`user_id`),
  CONSTRAINT `pods_channel_owners_channel_id_fk_pods_channel` FOREIGN KEY (`channel_id`) REFERENCES `pods_channel` (`id`),
  CONSTRAINT `pods_channel_owners_user_id_fk_auth_user` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
);

CREATE TABLE `pods_channel_users` (
  `id` int NOT NULL AUTO_INCREMENT,
  `channel_id` int NOT NULL,
  `user_id` int NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `pods_channel_users_channel_id_user_id_uniq` (`channel_id`, `user_id`),
  KEY `pods_channel_users_user_id_fk_auth_user` (`user_id`),
  CONSTRAINT `pods_channel_users_channel_id_fk_pods_channel` FOREIGN KEY (`channel_id`) REFERENCES `pods_channel` (`id`),
  CONSTRAINT `pods_channel_users_user_id_fk_auth_user` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
);

CREATE TABLE `pods_theme` (
  `id` int NOT NULL AUTO_INCREMENT,
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
  UNIQUE KEY `title` (`title`),
  UNIQUE KEY `slug` (`slug`),
  KEY `pods_theme_headband_id_fk_filer_image` (`headband_id`),
  KEY `pods_theme_channel_id_fk_pods_channel` (`channel_id`),
  CONSTRAINT `pods_theme_headband_id_fk_filer_image` FOREIGN KEY (`headband_id`) REFERENCES `filer_image` (`file_ptr_id`),
  CONSTRAINT `pods_theme_channel_id_fk_pods_channel` FOREIGN KEY (`channel_id`) REFERENCES `pods_channel` (`id`)
);

CREATE TABLE `pods_pod` (
  `id` int NOT NULL AUTO_INCREMENT,
  `video` varchar(255) NOT NULL,
  `allow_downloading` tinyint(1) NOT NULL,
  `is_360` tinyint(1) NOT NULL,
  `title` varchar(250) NOT NULL,
  `title_fr` varchar(250) DEFAULT NULL,
  `title_en` varchar(250) DEFAULT NULL,
  `slug` varchar(255) NOT NULL,
  `owner_id` int NOT NULL,
  `date_added` date NOT NULL,
  `date_evt` date DEFAULT NULL,
  `cursus` varchar(1) NOT NULL,
  `main_lang` varchar(2) NOT NULL,
  `description` longtext NOT NULL,
  `description_fr` longtext DEFAULT NULL,
  `description_en` longtext DEFAULT NULL,
  `view_count` int unsigned NOT NULL,
  `encoding_in_progress` tinyint(1) NOT NULL,
  `encoding_status` varchar(250) DEFAULT NULL,
  `thumbnail_id` int DEFAULT NULL,
  `to_encode` tinyint(1) NOT NULL,
  `overview` varchar(255) DEFAULT NULL,
  `duration` int NOT NULL,
  `infoVideo` longtext DEFAULT NULL,
  `type_id` int NOT NULL,
  `is_draft` tinyint(1) NOT NULL,
  `is_restricted` tinyint(1) NOT NULL,
  `password` varchar(50) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `slug` (`slug`),
  KEY `pods_pod_owner_id_fk_auth_user` (`owner_id`),
  KEY `pods_pod_thumbnail_id_fk_filer_image` (`thumbnail_id`),
  KEY `pods_pod_type_id_fk_pods_type` (`type_id`),
  CONSTRAINT `pods_pod_owner_id_fk_auth_user` FOREIGN KEY (`owner_id`) REFERENCES `auth_user` (`id`),
  CONSTRAINT `pods_pod_thumbnail_id_fk_filer_image` FOREIGN KEY (`thumbnail_id`) REFERENCES `filer_image` (`file_ptr_id`),
  CONSTRAINT `pods_pod_type_id_fk_pods_type` FOREIGN KEY (`type_id`) REFERENCES `pods_type` (`id`)
);

CREATE TABLE `pods_pod_channel` (
  `id` int NOT NULL AUTO_INCREMENT,
  `pod_id` int NOT NULL,
  `channel_id` int NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `pods_pod_channel_pod_id_channel_id_uniq` (`pod_id`, `channel_id`),
  KEY `pods_pod_channel_channel_id_fk_pods_channel` (`channel_id`),
  CONSTRAINT `pods_pod_channel_pod_id_fk_pods_pod` FOREIGN KEY (`pod_id`) REFERENCES `pods_pod` (`id`),
  CONSTRAINT `pods_pod_channel_channel_id_fk_pods_channel` FOREIGN KEY (`channel_id`) REFERENCES `pods_channel` (`id`)
);

CREATE TABLE `pods_pod_theme` (
  `id` int NOT NULL AUTO_INCREMENT,
  `pod_id` int NOT NULL,
  `theme_id` int NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `pods_pod_theme_pod_id_theme_id_uniq` (`pod_id`, `theme_id`),
  KEY `pods_pod_theme_theme_id_fk_pods_theme` (`theme_id`),
  CONSTRAINT `pods_pod_theme_pod_id_fk_pods_pod` FOREIGN KEY (`pod_id`) REFERENCES `pods_pod` (`id`),
  CONSTRAINT `pods_pod_theme_theme_id_fk_pods_theme` FOREIGN KEY (`theme_id`) REFERENCES `pods_theme` (`id`)
);

CREATE TABLE `pods_pod_discipline` (
  `id` int NOT NULL AUTO_INCREMENT,
  `pod_id` int NOT NULL,
  `discipline_id` int NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `pods_pod_discipline_pod_id_discipline_id_uniq` (`pod_id`, `discipline_id`),
  KEY `pods_pod_discipline_discipline_id_fk_pods_discipline` (`discipline_id`),
  CONSTRAINT `pods_pod_discipline_pod_id_fk_pods_pod` FOREIGN KEY (`pod_id`) REFERENCES `pods_pod` (`id`),
  CONSTRAINT `pods_pod_discipline_discipline_id_fk_pods_discipline` FOREIGN KEY (`discipline_id`) REFERENCES `pods_discipline` (`id`)
);

CREATE TABLE `pods_encodingpods` (
  `id` int NOT NULL AUTO_INCREMENT,
  `video_id` int NOT NULL,
  `encodingType_id` int NOT NULL,
  `encodingFile` varchar(255) DEFAULT NULL,
  `encodingFormat` varchar(22) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `pods_encodingpods_video_id_fk_pods_pod` (`video_id`),
  KEY `pods_encodingpods_encodingType_id_fk_core_encodingtype` (`encodingType_id`),
  CONSTRAINT `pods_encodingpods_video_id_fk_pods_pod` FOREIGN KEY (`video_id`) REFERENCES `pods_pod` (`id`),
  CONSTRAINT `pods_encodingpods_encodingType_id_fk_core_encodingtype` FOREIGN KEY (`encodingType_id`) REFERENCES `core_encodingtype` (`id`)
);

CREATE TABLE `pods_chapterpods` (
  `id` int NOT NULL AUTO_INCREMENT,
  `video_id` int NOT NULL,
  `title` varchar(100) NOT NULL,
  `slug` varchar(105) NOT NULL,
  `time` int unsigned NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `slug` (`slug`),
  KEY `pods_chapterpods_video_id_fk_pods_pod` (`video_id`),
  CONSTRAINT `pods_chapterpods_video_id_fk_pods_pod` FOREIGN KEY (`video_id`) REFERENCES `pods_pod` (`id`)
);

CREATE TABLE `pods_contributorpods` (
  `id` int NOT NULL AUTO_INCREMENT,
  `video_id` int NOT NULL,
  `name` varchar(200) NOT NULL,
  `email_address` varchar(254) DEFAULT NULL,
  `role` varchar(200) DEFAULT NULL,
  `weblink` varchar(200) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `pods_contributorpods_video_id_fk_pods_pod` (`video_id`),
  CONSTRAINT `pods_contributorpods_video_id_fk_pods_pod` FOREIGN KEY (`video_id`) REFERENCES `pods_pod` (`id`)
);

CREATE TABLE `pods_overlaypods` (
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
  KEY `pods_overlaypods_video_id_fk_pods_pod` (`video_id`),
  CONSTRAINT `pods_overlaypods_video_id_fk_pods_pod` FOREIGN KEY (`video_id`) REFERENCES `pods_pod` (`id`)
);

CREATE TABLE `pods_trackpods` (
  `id` int NOT NULL AUTO_INCREMENT,
  `video_id` int NOT NULL,
  `kind` varchar(10) NOT NULL,
  `lang` varchar(2) NOT NULL,
  `src_id` int DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `pods_trackpods_video_id_fk_pods_pod` (`video_id`),
  KEY `pods_trackpods_src_id_fk_filer_file` (`src_id`),
  CONSTRAINT `pods_trackpods_video_id_fk_pods_pod` FOREIGN KEY (`video_id`) REFERENCES `pods_pod` (`id`),
  CONSTRAINT `pods_trackpods_src_id_fk_filer_file` FOREIGN KEY (`src_id`) REFERENCES `filer_file` (`id`)
);

CREATE TABLE `pods_docpods` (
  `id` int NOT NULL AUTO_INCREMENT,
  `video_id` int NOT NULL,
  `document_id` int DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `pods_docpods_video_id_fk_pods_pod` (`video_id`),
  KEY `pods_docpods_document_id_fk_filer_file` (`document_id`),
  CONSTRAINT `pods_docpods_video_id_fk_pods_pod` FOREIGN KEY (`video_id`) REFERENCES `pods_pod` (`id`),
  CONSTRAINT `pods_docpods_document_id_fk_filer_file` FOREIGN KEY (`document_id`) REFERENCES `filer_file` (`id`)
);

CREATE TABLE `pods_enrichpods` (
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
  KEY `pods_enrichpods_video_id_fk_pods_pod` (`video_id`),
  KEY `pods_enrichpods_image_id_fk_filer_image` (`image_id`),
  KEY `pods_enrichpods_document_id_fk_filer_file` (`document_id`),
  CONSTRAINT `pods_enrichpods_video_id_fk_pods_pod` FOREIGN KEY (`video_id`) REFERENCES `pods_pod` (`id`),
  CONSTRAINT `pods_enrichpods_image_id_fk_filer_image` FOREIGN KEY (`image_id`) REFERENCES `filer_image` (`file_ptr_id`),
  CONSTRAINT `pods_enrichpods_document_id_fk_filer_file` FOREIGN KEY (`document_id`) REFERENCES `filer_file` (`id`)
);

CREATE TABLE `pods_playlist` (
  `id` int NOT NULL AUTO_INCREMENT,
  `title` varchar(100) NOT NULL,
  `slug` varchar(100) NOT NULL,
  `description` longtext NOT NULL,
  `visible` tinyint(1) NOT NULL,
  `owner_id` int NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `title` (`title`),
  UNIQUE KEY `slug` (`slug`),
  KEY `pods_playlist_owner_id_fk_auth_user` (`owner_id`),
  CONSTRAINT `pods_playlist_owner_id_fk_auth_user` FOREIGN KEY (`owner_id`) REFERENCES `auth_user` (`id`)
);

CREATE TABLE `pods_playlistvideo` (
  `id` int NOT NULL AUTO_INCREMENT,
  `playlist_id` int NOT NULL,
  `video_id` int NOT NULL,
  `position` int unsigned NOT NULL,
  PRIMARY KEY (`id`),
  KEY `pods_playlistvideo_playlist_id_fk_pods_playlist` (`playlist_id`),
  KEY `pods_playlistvideo_video_id_fk_pods_pod` (`video_id`),
  CONSTRAINT `pods_playlistvideo_playlist_id_fk_pods_playlist` FOREIGN KEY (`playlist_id`) REFERENCES `pods_playlist` (`id`),
  CONSTRAINT `pods_playlistvideo_video_id_fk_pods_pod` FOREIGN KEY (`video_id`) REFERENCES `pods_pod` (`id`)
);

CREATE TABLE `taggit_tag` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` varchar(100) NOT NULL,
  `slug` varchar(100) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `name` (`name`),
  UNIQUE KEY `slug` (`slug`)
);

CREATE TABLE `taggit_taggeditem` (
  `id` int NOT NULL AUTO_INCREMENT,
  `tag_id` int NOT NULL,
  `object_id` int NOT NULL,
  `content_type_id` int NOT NULL,
  PRIMARY KEY (`id`),
  KEY `taggit_taggeditem_object_id_idx` (`object_id`),
  KEY `taggit_taggeditem_content_type_id_object_id_idx` (`content_type_id`, `object_id`),
  KEY `taggit_taggeditem_tag_id_fk_taggit_tag` (`tag_id`),
  CONSTRAINT `taggit_taggeditem_tag_id_fk_taggit_tag` FOREIGN KEY (`tag_id`) REFERENCES `taggit_tag` (`id`),
  CONSTRAINT `taggit_taggeditem_content_type_id_fk_django_content_type` FOREIGN KEY (`content_type_id`) REFERENCES `django_content_type` (`id`)
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
