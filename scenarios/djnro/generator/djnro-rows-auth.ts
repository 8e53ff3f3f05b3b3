/**
 * django_content_type, auth and accounts rows of DjNRO 0.8: the content types and permissions Django 1.2
 * created, an administrator and one manager per institution (with a profile), groups, and the
 * permission assignments the document warns about.
 */
import { personName } from './djnro-names.ts';
import { RowRng } from './djnro-rng.ts';
import { timestamp, type TableRows } from './djnro-rows-edumanage.ts';
import { ASSIGNED_CUSTOM_PERMISSIONS, GROUPS, SOURCE_CONTENT_TYPES } from './djnro-world.ts';

export const AUTH_ROWS: readonly TableRows[] = [
  {
    table: 'django_content_type',
    columns: ['id', 'app_label', 'model'],
    *rows() {
      let id = 0;
      for (const [app, model] of SOURCE_CONTENT_TYPES) yield [++id, app, model];
    },
  },
  {
    table: 'auth_permission',
    columns: ['id', 'name', 'content_type_id', 'codename'],
    *rows(world) {
      let id = 0;
      for (const p of world.permissions()) yield [++id, p.name, p.contentType, p.codename];
    },
  },
  {
    table: 'auth_group',
    columns: ['id', 'name'],
    *rows() {
      let id = 0;
      for (const name of GROUPS) yield [++id, name];
    },
  },
  {
    table: 'auth_group_permissions',
    columns: ['id', 'group_id', 'permission_id'],
    *rows(world) {
      let id = 0;
      for (const codename of ['overview', 'change_institution', 'change_serviceloc']) yield [++id, 1, world.permissionId(codename)];
      for (const codename of ['change_realm', 'add_institution', 'delete_institution']) yield [++id, 2, world.permissionId(codename)];
      if (world.has('custom-permissions')) for (const [codename] of ASSIGNED_CUSTOM_PERMISSIONS) yield [++id, 1, world.permissionId(codename)];
    },
  },
  {
    table: 'auth_user',
    columns: ['id', 'password', 'last_login', 'is_superuser', 'username', 'first_name', 'last_name', 'email', 'is_staff', 'is_active', 'date_joined'],
    *rows(world) {
      for (let id = 1; id <= world.users; id++) {
        const rng = new RowRng(world.seed, 'user', id);
        const { given, family } = personName(rng);
        // Django 1.2 set last_login at creation: the column was NOT NULL until Django 1.8.
        const joined = timestamp(world, rng);
        // Federated logins: longerusername's 255 characters hold eduPersonPrincipalName-like names.
        const username = id === 1 ? 'admin' : `manager${id - 1}@inst${id - 1}.${world.country(world.realmOf(id - 1)).code}`;
        yield [id, `sha1$${rng.int(10000, 99999)}$${'0'.repeat(8)}${id.toString(16).padStart(32, '0')}`, joined, id === 1 ? 1 : 0,
          username, given, family, `${username.replace('@', '.')}@example.org`.slice(0, 75), id === 1 ? 1 : 0, rng.chance(0.95) ? 1 : 0, joined];
      }
    },
  },
  {
    table: 'auth_user_groups',
    columns: ['id', 'user_id', 'group_id'],
    *rows(world) {
      let id = 0;
      for (let user = 2; user <= world.users; user++) if (user % 5 === 0) yield [++id, user, 1 + (user % 3)];
    },
  },
  {
    table: 'auth_user_user_permissions',
    columns: ['id', 'user_id', 'permission_id'],
    *rows(world) {
      let id = 0;
      const overview = world.permissionId('overview');
      for (let user = 2; user <= world.users; user++) if (user % 7 === 0) yield [++id, user, overview];
      if (world.has('custom-permissions')) {
        for (const [codename] of ASSIGNED_CUSTOM_PERMISSIONS) yield [++id, 2, world.permissionId(codename)];
      }
      // A permission row deleted by hand: MyISAM kept the user's assignment, which points nowhere.
      if (world.has('orphan-m2m')) yield [++id, 3, world.permissions().length + 10];
    },
  },
  {
    table: 'accounts_userprofile',
    columns: ['id', 'user_id', 'institution_id', 'is_social_active'],
    *rows(world) {
      for (let inst = 1; inst <= world.institutions; inst++) yield [inst, inst + 1, inst, inst % 3 === 0 ? 1 : 0];
    },
  },
];
