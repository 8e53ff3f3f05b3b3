/**
 * The shape of a generated DjNRO 0.8 database, computed from the options alone: how many rows each table
 * has and which ids relate to which. Row generators derive every row from these numbers and the seed,
 * so no table is held in memory and any table can be written without the others.
 */
import type { DjnroDefectName } from './djnro-defects.ts';
import { COUNTRIES, type Country } from './djnro-names.ts';

/** django_content_type as Django 1.2's syncdb numbered it on the 0.8 host: INSTALLED_APPS order, then
 * each app's models in definition order. The target numbers its own (fewer apps), so ids differ and
 * only natural keys carry content types across. */
export const SOURCE_CONTENT_TYPES = [
  ['auth', 'permission'], ['auth', 'group'], ['auth', 'user'], ['auth', 'message'],
  ['contenttypes', 'contenttype'], ['sessions', 'session'], ['sites', 'site'], ['flatpages', 'flatpage'], ['admin', 'logentry'],
  ['edumanage', 'name_i18n'], ['edumanage', 'contact'], ['edumanage', 'institutioncontactpool'], ['edumanage', 'url_i18n'],
  ['edumanage', 'instrealm'], ['edumanage', 'instserver'], ['edumanage', 'instrealmmon'], ['edumanage', 'monproxybackclient'],
  ['edumanage', 'monlocalauthnparam'], ['edumanage', 'serviceloc'], ['edumanage', 'institution'], ['edumanage', 'institutiondetails'],
  ['edumanage', 'realm'], ['edumanage', 'realmdata'],
  ['accounts', 'userprofile'], ['south', 'migrationhistory'], ['registration', 'registrationprofile'],
  ['social_auth', 'usersocialauth'], ['social_auth', 'nonce'], ['social_auth', 'association'],
] as const;

/** Permissions created by hand in the production database (defects): codename, name, content type. */
export const ASSIGNED_CUSTOM_PERMISSIONS = [
  ['export_kml', 'Can export the service locations as KML', 'edumanage', 'serviceloc'],
  ['manage_servers', 'Can manage the RADIUS servers of any institution', 'edumanage', 'instserver'],
] as const;
export const UNASSIGNED_CUSTOM_PERMISSIONS = [
  ['approve_realm', 'Can approve a realm', 'edumanage', 'realm'],
  ['export_csv', 'Can export institutions as CSV', 'edumanage', 'institution'],
] as const;

export const GROUPS = ['Helpdesk', 'Realm managers', 'Διαχειριστές'] as const;

/** Rows each orphan defect adds per table. */
export const ORPHANS_PER_TABLE = 3;

export interface DjnroWorldOptions {
  readonly institutions: number;
  readonly realms: number;
  readonly seed: number;
  readonly defects: ReadonlySet<DjnroDefectName>;
}

export class DjnroWorld {
  readonly institutions: number;
  readonly realms: number;
  readonly seed: number;
  readonly defects: ReadonlySet<DjnroDefectName>;
  readonly contacts: number;
  readonly servers: number;
  readonly serviceLocs: number;
  /** The administrator (id 1) and one manager per institution. */
  readonly users: number;
  /** 2014-09-26, the 0.8.11 release: every timestamp lies in the year before it. */
  readonly epoch = Date.UTC(2013, 8, 26) / 1000;

  constructor(options: DjnroWorldOptions) {
    this.institutions = options.institutions;
    this.realms = options.realms;
    this.seed = options.seed;
    this.defects = options.defects;
    this.contacts = 2 * options.realms + 2 * options.institutions;
    this.servers = 2 * options.institutions;
    this.serviceLocs = 3 * options.institutions;
    this.users = 1 + options.institutions;
  }

  has(defect: DjnroDefectName): boolean {
    return this.defects.has(defect);
  }

  realmOf(institution: number): number {
    return ((institution - 1) % this.realms) + 1;
  }

  country(realm: number): Country {
    return COUNTRIES[(realm - 1) % COUNTRIES.length] as Country;
  }

  realmContacts(realm: number): [number, number] {
    return [2 * realm - 1, 2 * realm];
  }

  institutionContacts(institution: number): [number, number] {
    const base = 2 * this.realms + 2 * (institution - 1);
    return [base + 1, base + 2];
  }

  institutionServers(institution: number): [number, number] {
    return [2 * institution - 1, 2 * institution];
  }

  serviceLocInstitution(serviceLoc: number): number {
    return Math.ceil(serviceLoc / 3);
  }

  contentTypeId(app: string, model: string): number {
    const index = SOURCE_CONTENT_TYPES.findIndex(([a, m]) => a === app && m === model);
    if (index < 0) throw new Error(`generator bug: no content type ${app}.${model}`);
    return index + 1;
  }

  /** auth_permission: add/change/delete per content type (Django 1.2 had no view), then accounts'
   * declared "overview", then the hand-made ones the defects add. Ids in that order. */
  permissions(): { codename: string; name: string; contentType: number }[] {
    const list = SOURCE_CONTENT_TYPES.flatMap(([app, model]) =>
      ['add', 'change', 'delete'].map((verb) => ({ codename: `${verb}_${model}`, name: `Can ${verb} ${model}`, contentType: this.contentTypeId(app, model) })),
    );
    list.push({ codename: 'overview', name: 'Helpdesk/Managerial Overview', contentType: this.contentTypeId('accounts', 'userprofile') });
    const custom = [...(this.has('custom-permissions') ? ASSIGNED_CUSTOM_PERMISSIONS : []), ...(this.has('unassigned-custom-permissions') ? UNASSIGNED_CUSTOM_PERMISSIONS : [])];
    for (const [codename, name, app, model] of custom) list.push({ codename, name, contentType: this.contentTypeId(app, model) });
    return list;
  }

  permissionId(codename: string): number {
    const index = this.permissions().findIndex((p) => p.codename === codename);
    if (index < 0) throw new Error(`generator bug: no permission ${codename}`);
    return index + 1;
  }
}
