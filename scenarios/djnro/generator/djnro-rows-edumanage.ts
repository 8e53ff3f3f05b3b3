/**
 * Rows of the edumanage tables of a DjNRO 0.8 federation: realms with their statistics, institutions
 * with details and contact pools, RADIUS servers, realms with monitoring, service locations with
 * coordinates, and the many-to-many tables between them. Every row derives from (seed, table, id).
 */
import type { SqlValue } from 'rehearse';
import { personName } from './djnro-names.ts';
import { RowRng } from './djnro-rng.ts';
import { ORPHANS_PER_TABLE, type DjnroWorld } from './djnro-world.ts';

/** One table's rows, generated lazily in primary-key order. */
export interface TableRows {
  readonly table: string;
  readonly columns: readonly string[];
  rows(world: DjnroWorld): Iterable<SqlValue[]>;
}

export function timestamp(world: DjnroWorld, rng: RowRng): string {
  return new Date((world.epoch + rng.int(0, 365 * 86400)) * 1000).toISOString().slice(0, 19).replace('T', ' ');
}

function* range(count: number): Iterable<number> {
  for (let id = 1; id <= count; id++) yield id;
}

const ENCRYPTION_LEVELS = ['WPA/TKIP', 'WPA2/AES', 'WPA/AES', 'WPA2/TKIP'];

export const EDUMANAGE_ROWS: readonly TableRows[] = [
  {
    table: 'edumanage_realm',
    columns: ['id', 'country', 'stype', 'address_street', 'address_city', 'ts'],
    *rows(world) {
      for (const id of range(world.realms)) {
        const rng = new RowRng(world.seed, 'realm', id);
        const country = world.country(id);
        yield [id, country.code, 0, rng.pick(country.streets).slice(0, 32), rng.pick(country.cities).slice(0, 24), timestamp(world, rng)];
      }
    },
  },
  {
    table: 'edumanage_realmdata',
    columns: ['id', 'realmid_id', 'number_inst', 'number_user', 'number_id', 'number_IdP', 'number_SP', 'number_IdPSP', 'ts'],
    *rows(world) {
      for (const id of range(world.realms)) {
        const rng = new RowRng(world.seed, 'realmdata', id);
        const inst = Math.floor(world.institutions / world.realms);
        yield [id, id, inst, rng.int(1000, 900000), rng.int(1000, 900000), rng.int(0, inst), rng.int(0, inst), rng.int(0, inst), timestamp(world, rng)];
      }
    },
  },
  {
    table: 'edumanage_contact',
    columns: ['id', 'contact_name', 'contact_email', 'contact_phone'],
    *rows(world) {
      for (const id of range(world.contacts)) {
        const rng = new RowRng(world.seed, 'contact', id);
        const { given, family } = personName(rng);
        yield [id, `${given} ${family}`, `noc${id}@example.org`, `+30 210 ${String(rng.int(1000000, 9999999))}`];
      }
    },
  },
  {
    table: 'edumanage_realm_contact',
    columns: ['id', 'realm_id', 'contact_id'],
    *rows(world) {
      let id = 0;
      for (const realm of range(world.realms)) for (const contact of world.realmContacts(realm)) yield [++id, realm, contact];
      // A contact deleted with a raw DELETE: MyISAM kept the join rows (no cascade, no constraint).
      if (world.has('orphan-m2m')) for (const k of range(ORPHANS_PER_TABLE)) yield [++id, ((k - 1) % world.realms) + 1, world.contacts + 100 + k];
    },
  },
  {
    table: 'edumanage_institution',
    columns: ['id', 'realmid_id', 'type'],
    *rows(world) {
      for (const id of range(world.institutions)) yield [id, world.realmOf(id), new RowRng(world.seed, 'institution', id).int(1, 3)];
    },
  },
  {
    table: 'edumanage_institutiondetails',
    columns: ['id', 'institution_id', 'address_street', 'address_city', 'oper_name', 'number_user', 'number_id', 'ts'],
    *rows(world) {
      for (const id of range(world.institutions)) {
        const rng = new RowRng(world.seed, 'institutiondetails', id);
        const country = world.country(world.realmOf(id));
        const oper = rng.chance(0.3) ? null : `${country.code}.inst${id}`.slice(0, 24);
        yield [id, id, `${rng.pick(country.streets)} ${rng.int(1, 200)}`, rng.pick(country.cities), oper, rng.int(100, 60000), rng.int(100, 90000), timestamp(world, rng)];
      }
    },
  },
  {
    table: 'edumanage_institutiondetails_contact',
    columns: ['id', 'institutiondetails_id', 'contact_id'],
    *rows(world) {
      let id = 0;
      for (const inst of range(world.institutions)) for (const contact of world.institutionContacts(inst)) yield [++id, inst, contact];
    },
  },
  {
    table: 'edumanage_institutioncontactpool',
    columns: ['id', 'contact_id', 'institution_id'],
    *rows(world) {
      let id = 0;
      for (const inst of range(world.institutions)) for (const contact of world.institutionContacts(inst)) yield [++id, contact, inst];
    },
  },
  {
    table: 'edumanage_instserver',
    columns: ['id', 'instid_id', 'type', 'name', 'addr_type', 'host', 'rad_pkt_type', 'auth_port', 'acct_port', 'status_server', 'secret', 'proto', 'ts'],
    *rows(world) {
      for (const id of range(world.servers)) {
        const rng = new RowRng(world.seed, 'instserver', id);
        const inst = Math.ceil(id / 2);
        const v6 = rng.chance(0.2);
        const host = v6 ? `2001:648:2ff${inst % 10}::${id.toString(16)}` : `10.${(inst >> 8) & 255}.${inst & 255}.${id % 2 === 0 ? 2 : 1}`;
        yield [id, inst, rng.int(1, 3), rng.chance(0.2) ? null : `radius${id % 2 === 0 ? 2 : 1}`, v6 ? 'ipv6' : 'ipv4', host, 'auth+acct', 1812, 1813, rng.chance(0.5) ? 1 : 0, `s3cr3t-${id}`, 'radius', timestamp(world, rng)];
      }
    },
  },
  {
    table: 'edumanage_instrealm',
    columns: ['id', 'realm', 'instid_id'],
    *rows(world) {
      for (const id of range(world.institutions)) yield [id, `inst${id}.${world.country(world.realmOf(id)).code}`, id];
    },
  },
  {
    table: 'edumanage_instrealm_proxyto',
    columns: ['id', 'instrealm_id', 'instserver_id'],
    *rows(world) {
      let id = 0;
      for (const realm of range(world.institutions)) for (const server of world.institutionServers(realm)) yield [++id, realm, server];
      // Servers removed by hand while realms still proxied to them.
      if (world.has('orphan-m2m')) for (const k of range(ORPHANS_PER_TABLE)) yield [++id, k, world.servers + 200 + k];
    },
  },
  {
    table: 'edumanage_instrealmmon',
    columns: ['id', 'realm_id', 'mon_type'],
    *rows(world) {
      for (const id of range(world.institutions)) yield [id, id, 'localauthn'];
    },
  },
  {
    table: 'edumanage_monlocalauthnparam',
    columns: ['id', 'instrealmmonid_id', 'eap_method', 'phase2', 'username', 'pass'],
    *rows(world) {
      for (const id of range(world.institutions)) {
        const rng = new RowRng(world.seed, 'monlocalauthnparam', id);
        yield [id, id, rng.pick(['PEAP', 'TTLS']), rng.pick(['MS-CHAPv2', 'PAP']), `monitor@inst${id}`, `pw-${rng.int(1000, 9999)}`];
      }
    },
  },
  {
    table: 'edumanage_monproxybackclient',
    columns: ['id', 'instrealmmonid_id', 'name', 'host', 'status_server', 'secret', 'proto', 'ts'],
    *rows(world) {
      for (const id of range(world.institutions)) {
        const rng = new RowRng(world.seed, 'monproxybackclient', id);
        yield [id, id, `proxyback${id}`, `192.0.2.${(id % 250) + 1}`, rng.chance(0.5) ? 1 : 0, `pb-${id}`, 'radius', timestamp(world, rng)];
      }
    },
  },
  {
    table: 'edumanage_serviceloc',
    columns: ['id', 'institutionid_id', 'longitude', 'latitude', 'address_street', 'address_city', 'SSID', 'enc_level', 'port_restrict', 'transp_proxy', 'IPv6', 'NAT', 'AP_no', 'wired', 'ts'],
    *rows(world) {
      for (const id of range(world.serviceLocs)) {
        const rng = new RowRng(world.seed, 'serviceloc', id);
        const inst = world.serviceLocInstitution(id);
        const country = world.country(world.realmOf(inst));
        // Decimal(12,8): eight decimals, as the map picker stored them.
        const lon = (country.longitude + (rng.next() - 0.5) * 4).toFixed(8);
        const lat = (country.latitude + (rng.next() - 0.5) * 3).toFixed(8);
        const levels = ENCRYPTION_LEVELS.filter(() => rng.chance(0.5));
        yield [id, inst, lon, lat, `${rng.pick(country.streets)} ${rng.int(1, 99)}`, rng.pick(country.cities), 'eduroam', (levels.length ? levels : ['WPA2/AES']).join(','),
          rng.chance(0.3) ? 1 : 0, rng.chance(0.2) ? 1 : 0, rng.chance(0.6) ? 1 : 0, rng.chance(0.5) ? 1 : 0, rng.int(1, 120), rng.chance(0.1) ? 1 : 0, timestamp(world, rng)];
      }
    },
  },
  {
    table: 'edumanage_serviceloc_contact',
    columns: ['id', 'serviceloc_id', 'contact_id'],
    *rows(world) {
      let id = 0;
      for (const loc of range(world.serviceLocs)) yield [++id, loc, world.institutionContacts(world.serviceLocInstitution(loc))[loc % 2] as number];
      // Join rows left behind by service locations deleted by hand.
      if (world.has('orphan-m2m')) for (const k of range(ORPHANS_PER_TABLE)) yield [++id, world.serviceLocs + 300 + k, 1];
    },
  },
];
