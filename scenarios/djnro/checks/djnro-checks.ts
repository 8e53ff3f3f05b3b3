/**
 * The checks of a DjNRO dumpdata/loaddata migration. The every-table contents() comparison carries the
 * weight; it is told what the procedure changes on purpose: content types and permissions are recreated
 * by `migrate` on the new host (other ids), so rows that point at them are compared through natural keys,
 * and loaddata renumbers many-to-many rows, so join tables are compared by their pair of ids.
 */
import { contents, query, type Check } from 'rehearse';
import { DJNRO_FOREIGN_KEYS } from './djnro-foreign-keys.ts';
import { genericRelations } from './generic-relations-check.ts';
import { innodbForeignKeys } from './innodb-foreign-keys-check.ts';

/** Many-to-many tables (loaddata re-inserts them with new ids) and the pair that identifies a row. */
export const DJNRO_JOIN_TABLES: Readonly<Record<string, readonly [string, string]>> = {
  edumanage_realm_contact: ['realm_id', 'contact_id'],
  edumanage_institutiondetails_contact: ['institutiondetails_id', 'contact_id'],
  edumanage_serviceloc_contact: ['serviceloc_id', 'contact_id'],
  edumanage_instrealm_proxyto: ['instrealm_id', 'instserver_id'],
  auth_user_groups: ['user_id', 'group_id'],
};

/** A content type id read as its natural key "app_label.model", the same text on both hosts. */
const CONTENT_TYPE_NATURAL_KEY = "(SELECT CONCAT(ct.app_label, '.', ct.model) FROM django_content_type ct WHERE ct.id = $value)";

/** Who holds which permission, by natural keys: user name or group name, codename, app label, model.
 * LEFT JOINs keep an assignment whose permission row is gone (NULL codename) visible. */
const PERMISSION_ASSIGNMENTS = `
SELECT 'user' AS holder_kind, u.username AS holder, p.codename, ct.app_label, ct.model
FROM auth_user_user_permissions a JOIN auth_user u ON u.id = a.user_id
LEFT JOIN auth_permission p ON p.id = a.permission_id LEFT JOIN django_content_type ct ON ct.id = p.content_type_id
UNION ALL
SELECT 'group', g.name, p.codename, ct.app_label, ct.model
FROM auth_group_permissions a JOIN auth_group g ON g.id = a.group_id
LEFT JOIN auth_permission p ON p.id = a.permission_id LEFT JOIN django_content_type ct ON ct.id = p.content_type_id`;

/** Permissions that are not Django's defaults: declared by Meta.permissions or created by hand. */
const CUSTOM_PERMISSIONS = `
SELECT p.codename, ct.app_label, ct.model, p.name
FROM auth_permission p JOIN django_content_type ct ON ct.id = p.content_type_id
WHERE p.codename NOT LIKE 'add\\_%' AND p.codename NOT LIKE 'change\\_%' AND p.codename NOT LIKE 'delete\\_%' AND p.codename NOT LIKE 'view\\_%'`;

export function djnroChecks(): Check[] {
  const joinTables = Object.fromEntries(Object.entries(DJNRO_JOIN_TABLES).map(([table, pair]) => [table, { columns: { id: false }, key: [...pair] }] as const));
  const byNaturalKey = { normalize: { content_type_id: { source: CONTENT_TYPE_NATURAL_KEY, target: CONTENT_TYPE_NATURAL_KEY } } };
  return [
    contents({
      tables: {
        // Left out of the dump by the procedure and recreated by migrate: compared below by natural key.
        django_content_type: false,
        auth_permission: false,
        auth_user_user_permissions: false,
        auth_group_permissions: false,
        ...joinTables,
        edumanage_name_i18n: byNaturalKey,
        edumanage_url_i18n: byNaturalKey,
      },
      // The 1.0 schema's own migration history, which the 0.8 database (South) never had.
      addedTables: { django_migrations: 'written by migrate when the 1.0 schema is created' },
    }),
    query(PERMISSION_ASSIGNMENTS, { id: 'permission-assignments', key: ['holder_kind', 'holder', 'codename', 'app_label', 'model'], orderInsensitive: true, maskColumns: ['holder'], description: 'every permission held by a user or a group, by natural key' }),
    query(CUSTOM_PERMISSIONS, { id: 'custom-permissions', key: ['codename', 'app_label', 'model'], orderInsensitive: true, description: 'permissions beyond add/change/delete/view, by natural key' }),
    genericRelations(),
    innodbForeignKeys({ foreignKeys: DJNRO_FOREIGN_KEYS }),
  ];
}
