/**
 * The foreign keys DjNRO's models declare between the tables the migration carries (edumanage 0.8 and
 * 1.0, accounts, auth), which the InnoDB target must enforce.
 */
import type { ExpectedForeignKey } from './innodb-foreign-keys-check.ts';

const fk = (table: string, column: string, references: string): ExpectedForeignKey => ({ table, column, references });

export const DJNRO_FOREIGN_KEYS: readonly ExpectedForeignKey[] = [
  fk('edumanage_name_i18n', 'content_type_id', 'django_content_type'),
  fk('edumanage_url_i18n', 'content_type_id', 'django_content_type'),
  fk('edumanage_institutioncontactpool', 'contact_id', 'edumanage_contact'),
  fk('edumanage_institutioncontactpool', 'institution_id', 'edumanage_institution'),
  fk('edumanage_instrealm', 'instid_id', 'edumanage_institution'),
  fk('edumanage_instrealm_proxyto', 'instrealm_id', 'edumanage_instrealm'),
  fk('edumanage_instrealm_proxyto', 'instserver_id', 'edumanage_instserver'),
  fk('edumanage_instserver', 'instid_id', 'edumanage_institution'),
  fk('edumanage_instrealmmon', 'realm_id', 'edumanage_instrealm'),
  fk('edumanage_monproxybackclient', 'instrealmmonid_id', 'edumanage_instrealmmon'),
  fk('edumanage_monlocalauthnparam', 'instrealmmonid_id', 'edumanage_instrealmmon'),
  fk('edumanage_serviceloc', 'institutionid_id', 'edumanage_institution'),
  fk('edumanage_serviceloc_contact', 'serviceloc_id', 'edumanage_serviceloc'),
  fk('edumanage_serviceloc_contact', 'contact_id', 'edumanage_contact'),
  fk('edumanage_institution', 'realmid_id', 'edumanage_realm'),
  fk('edumanage_institutiondetails', 'institution_id', 'edumanage_institution'),
  fk('edumanage_institutiondetails_contact', 'institutiondetails_id', 'edumanage_institutiondetails'),
  fk('edumanage_institutiondetails_contact', 'contact_id', 'edumanage_contact'),
  fk('edumanage_realm_contact', 'realm_id', 'edumanage_realm'),
  fk('edumanage_realm_contact', 'contact_id', 'edumanage_contact'),
  fk('edumanage_realmdata', 'realmid_id', 'edumanage_realm'),
  fk('edumanage_catenrollment', 'inst_id', 'edumanage_institution'),
  fk('edumanage_catenrollment', 'applier_id', 'auth_user'),
  fk('accounts_userprofile', 'user_id', 'auth_user'),
  fk('accounts_userprofile', 'institution_id', 'edumanage_institution'),
  fk('auth_user_groups', 'user_id', 'auth_user'),
  fk('auth_user_groups', 'group_id', 'auth_group'),
  fk('auth_user_user_permissions', 'permission_id', 'auth_permission'),
  fk('auth_group_permissions', 'permission_id', 'auth_permission'),
];
