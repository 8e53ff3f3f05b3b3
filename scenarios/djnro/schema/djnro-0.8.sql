-- The DjNRO 0.8.11 database as it stood on the production host: edumanage (0039), accounts, auth and
-- contenttypes. No ENGINE clause and no FOREIGN KEY: the tables were created by a server whose default
-- engine was MyISAM, which parses and drops foreign keys (the scenario sets default-storage-engine=MyISAM).
-- Column types are those Django creates for DjNRO's declarations; auth_user.username is 255 characters
-- (longerusername 0001); datetimes have no fractional seconds, as Django 1.2 created them.
CREATE TABLE `accounts_userprofile` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `is_social_active` tinyint(1) NOT NULL,
  `institution_id` int(11) NOT NULL,
  `user_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `user_id` (`user_id`),
  KEY `accounts_userprofile_institution_id_17e8ea28` (`institution_id`)
) DEFAULT CHARSET=utf8 COLLATE=utf8_unicode_ci;
CREATE TABLE `auth_group` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(150) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `name` (`name`)
) DEFAULT CHARSET=utf8 COLLATE=utf8_unicode_ci;
CREATE TABLE `auth_group_permissions` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `group_id` int(11) NOT NULL,
  `permission_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `auth_group_permissions_group_id_permission_id_0cd325b0_uniq` (`group_id`,`permission_id`),
  KEY `auth_group_permissions_group_id_b120cbf9` (`group_id`),
  KEY `auth_group_permissions_permission_id_84c5c92e` (`permission_id`)
) DEFAULT CHARSET=utf8 COLLATE=utf8_unicode_ci;
CREATE TABLE `auth_permission` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `content_type_id` int(11) NOT NULL,
  `codename` varchar(100) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `auth_permission_content_type_id_codename_01ab375a_uniq` (`content_type_id`,`codename`),
  KEY `auth_permission_content_type_id_2f476e4b` (`content_type_id`)
) DEFAULT CHARSET=utf8 COLLATE=utf8_unicode_ci;
CREATE TABLE `auth_user` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `password` varchar(128) NOT NULL,
  `last_login` datetime DEFAULT NULL,
  `is_superuser` tinyint(1) NOT NULL,
  `username` varchar(255) NOT NULL,
  `first_name` varchar(150) NOT NULL,
  `last_name` varchar(150) NOT NULL,
  `email` varchar(254) NOT NULL,
  `is_staff` tinyint(1) NOT NULL,
  `is_active` tinyint(1) NOT NULL,
  `date_joined` datetime NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `username` (`username`)
) DEFAULT CHARSET=utf8 COLLATE=utf8_unicode_ci;
CREATE TABLE `auth_user_groups` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `user_id` int(11) NOT NULL,
  `group_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `auth_user_groups_user_id_group_id_94350c0c_uniq` (`user_id`,`group_id`),
  KEY `auth_user_groups_user_id_6a12ed8b` (`user_id`),
  KEY `auth_user_groups_group_id_97559544` (`group_id`)
) DEFAULT CHARSET=utf8 COLLATE=utf8_unicode_ci;
CREATE TABLE `auth_user_user_permissions` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `user_id` int(11) NOT NULL,
  `permission_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `auth_user_user_permissions_user_id_permission_id_14a6b632_uniq` (`user_id`,`permission_id`),
  KEY `auth_user_user_permissions_user_id_a95ead1b` (`user_id`),
  KEY `auth_user_user_permissions_permission_id_1fbb5f2c` (`permission_id`)
) DEFAULT CHARSET=utf8 COLLATE=utf8_unicode_ci;
CREATE TABLE `django_content_type` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `app_label` varchar(100) NOT NULL,
  `model` varchar(100) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `django_content_type_app_label_model_76bd3d3b_uniq` (`app_label`,`model`)
) DEFAULT CHARSET=utf8 COLLATE=utf8_unicode_ci;
CREATE TABLE `edumanage_contact` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `contact_name` varchar(255) NOT NULL,
  `contact_email` varchar(80) NOT NULL,
  `contact_phone` varchar(80) NOT NULL,
  PRIMARY KEY (`id`)
) DEFAULT CHARSET=utf8 COLLATE=utf8_unicode_ci;
CREATE TABLE `edumanage_institution` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `type` int(10) unsigned NOT NULL CHECK (`type` >= 0),
  `realmid_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `edumanage_institution_realmid_id_37cca3c9` (`realmid_id`)
) DEFAULT CHARSET=utf8 COLLATE=utf8_unicode_ci;
CREATE TABLE `edumanage_institutioncontactpool` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `contact_id` int(11) NOT NULL,
  `institution_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `contact_id` (`contact_id`),
  KEY `edumanage_institutioncontactpool_institution_id_ae452cfa` (`institution_id`)
) DEFAULT CHARSET=utf8 COLLATE=utf8_unicode_ci;
CREATE TABLE `edumanage_institutiondetails` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `address_street` varchar(96) NOT NULL,
  `address_city` varchar(64) NOT NULL,
  `oper_name` varchar(24) DEFAULT NULL,
  `number_user` int(10) unsigned DEFAULT NULL CHECK (`number_user` >= 0),
  `number_id` int(10) unsigned DEFAULT NULL CHECK (`number_id` >= 0),
  `ts` datetime NOT NULL,
  `institution_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `institution_id` (`institution_id`)
) DEFAULT CHARSET=utf8 COLLATE=utf8_unicode_ci;
CREATE TABLE `edumanage_institutiondetails_contact` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `institutiondetails_id` int(11) NOT NULL,
  `contact_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `edumanage_institutiondet_institutiondetails_id_co_f406567d_uniq` (`institutiondetails_id`,`contact_id`),
  KEY `edumanage_institutiondetail_institutiondetails_id_a97f2b28` (`institutiondetails_id`),
  KEY `edumanage_institutiondetails_contact_contact_id_3043817a` (`contact_id`)
) DEFAULT CHARSET=utf8 COLLATE=utf8_unicode_ci;
CREATE TABLE `edumanage_instrealm` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `realm` varchar(160) NOT NULL,
  `instid_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `edumanage_instrealm_instid_id_7d7d2d55` (`instid_id`)
) DEFAULT CHARSET=utf8 COLLATE=utf8_unicode_ci;
CREATE TABLE `edumanage_instrealm_proxyto` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `instrealm_id` int(11) NOT NULL,
  `instserver_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `edumanage_instrealm_prox_instrealm_id_instserver__329bf02c_uniq` (`instrealm_id`,`instserver_id`),
  KEY `edumanage_instrealm_proxyto_instrealm_id_4c886695` (`instrealm_id`),
  KEY `edumanage_instrealm_proxyto_instserver_id_f05b9c5a` (`instserver_id`)
) DEFAULT CHARSET=utf8 COLLATE=utf8_unicode_ci;
CREATE TABLE `edumanage_instrealmmon` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `mon_type` varchar(16) NOT NULL,
  `realm_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `edumanage_instrealmmon_realm_id_mon_type_a914091f_uniq` (`realm_id`,`mon_type`),
  KEY `edumanage_instrealmmon_realm_id_d6e2aa11` (`realm_id`)
) DEFAULT CHARSET=utf8 COLLATE=utf8_unicode_ci;
CREATE TABLE `edumanage_instserver` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `type` int(10) unsigned NOT NULL CHECK (`type` >= 0),
  `name` varchar(80) DEFAULT NULL,
  `addr_type` varchar(16) NOT NULL,
  `host` varchar(80) NOT NULL,
  `rad_pkt_type` varchar(48) DEFAULT NULL,
  `auth_port` int(10) unsigned DEFAULT NULL CHECK (`auth_port` >= 0),
  `acct_port` int(10) unsigned DEFAULT NULL CHECK (`acct_port` >= 0),
  `status_server` tinyint(1) NOT NULL,
  `secret` varchar(80) NOT NULL,
  `proto` varchar(12) NOT NULL,
  `ts` datetime NOT NULL,
  `instid_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `edumanage_instserver_instid_id_961e6d75` (`instid_id`)
) DEFAULT CHARSET=utf8 COLLATE=utf8_unicode_ci;
CREATE TABLE `edumanage_monlocalauthnparam` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `eap_method` varchar(16) NOT NULL,
  `phase2` varchar(16) NOT NULL,
  `username` varchar(36) NOT NULL,
  `pass` varchar(80) NOT NULL,
  `instrealmmonid_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `instrealmmonid_id` (`instrealmmonid_id`)
) DEFAULT CHARSET=utf8 COLLATE=utf8_unicode_ci;
CREATE TABLE `edumanage_monproxybackclient` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(80) DEFAULT NULL,
  `host` varchar(80) NOT NULL,
  `status_server` tinyint(1) NOT NULL,
  `secret` varchar(80) NOT NULL,
  `proto` varchar(12) NOT NULL,
  `ts` datetime NOT NULL,
  `instrealmmonid_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `edumanage_monproxybackclient_instrealmmonid_id_d919fc74` (`instrealmmonid_id`)
) DEFAULT CHARSET=utf8 COLLATE=utf8_unicode_ci;
CREATE TABLE `edumanage_name_i18n` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(80) NOT NULL,
  `lang` varchar(5) NOT NULL,
  `object_id` int(10) unsigned DEFAULT NULL CHECK (`object_id` >= 0),
  `content_type_id` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `edumanage_name_i18n_content_type_id_80b51738` (`content_type_id`)
) DEFAULT CHARSET=utf8 COLLATE=utf8_unicode_ci;
CREATE TABLE `edumanage_realm` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `country` varchar(5) NOT NULL,
  `stype` int(10) unsigned NOT NULL CHECK (`stype` >= 0),
  `address_street` varchar(32) NOT NULL,
  `address_city` varchar(24) NOT NULL,
  `ts` datetime NOT NULL,
  PRIMARY KEY (`id`)
) DEFAULT CHARSET=utf8 COLLATE=utf8_unicode_ci;
CREATE TABLE `edumanage_realm_contact` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `realm_id` int(11) NOT NULL,
  `contact_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `edumanage_realm_contact_realm_id_contact_id_c3e12539_uniq` (`realm_id`,`contact_id`),
  KEY `edumanage_realm_contact_realm_id_02ddd667` (`realm_id`),
  KEY `edumanage_realm_contact_contact_id_200c42e7` (`contact_id`)
) DEFAULT CHARSET=utf8 COLLATE=utf8_unicode_ci;
CREATE TABLE `edumanage_realmdata` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `number_inst` int(10) unsigned NOT NULL CHECK (`number_inst` >= 0),
  `number_user` int(10) unsigned NOT NULL CHECK (`number_user` >= 0),
  `number_id` int(10) unsigned NOT NULL CHECK (`number_id` >= 0),
  `number_IdP` int(10) unsigned NOT NULL CHECK (`number_IdP` >= 0),
  `number_SP` int(10) unsigned NOT NULL CHECK (`number_SP` >= 0),
  `number_IdPSP` int(10) unsigned NOT NULL CHECK (`number_IdPSP` >= 0),
  `ts` datetime NOT NULL,
  `realmid_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `realmid_id` (`realmid_id`)
) DEFAULT CHARSET=utf8 COLLATE=utf8_unicode_ci;
CREATE TABLE `edumanage_serviceloc` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `longitude` decimal(12,8) NOT NULL,
  `latitude` decimal(12,8) NOT NULL,
  `address_street` varchar(96) NOT NULL,
  `address_city` varchar(64) NOT NULL,
  `SSID` varchar(16) NOT NULL,
  `enc_level` varchar(64) NOT NULL,
  `port_restrict` tinyint(1) NOT NULL,
  `transp_proxy` tinyint(1) NOT NULL,
  `IPv6` tinyint(1) NOT NULL,
  `NAT` tinyint(1) NOT NULL,
  `AP_no` int(10) unsigned NOT NULL CHECK (`AP_no` >= 0),
  `wired` tinyint(1) NOT NULL,
  `ts` datetime NOT NULL,
  `institutionid_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `edumanage_serviceloc_institutionid_id_691984a9` (`institutionid_id`)
) DEFAULT CHARSET=utf8 COLLATE=utf8_unicode_ci;
CREATE TABLE `edumanage_serviceloc_contact` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `serviceloc_id` int(11) NOT NULL,
  `contact_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `edumanage_serviceloc_con_serviceloc_id_contact_id_78f81ea4_uniq` (`serviceloc_id`,`contact_id`),
  KEY `edumanage_serviceloc_contact_serviceloc_id_5474eda8` (`serviceloc_id`),
  KEY `edumanage_serviceloc_contact_contact_id_13c3af5a` (`contact_id`)
) DEFAULT CHARSET=utf8 COLLATE=utf8_unicode_ci;
CREATE TABLE `edumanage_url_i18n` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `URL` varchar(180) NOT NULL,
  `lang` varchar(5) NOT NULL,
  `type` varchar(10) NOT NULL,
  `object_id` int(10) unsigned DEFAULT NULL CHECK (`object_id` >= 0),
  `content_type_id` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `edumanage_url_i18n_content_type_id_aee78813` (`content_type_id`)
) DEFAULT CHARSET=utf8 COLLATE=utf8_unicode_ci;
