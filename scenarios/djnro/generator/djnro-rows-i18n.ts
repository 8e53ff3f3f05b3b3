/**
 * The generic relations of DjNRO 0.8: name_i18n and url_i18n rows point at realms, institutions,
 * institution details and service locations through (content_type_id, object_id), a plain integer no
 * constraint protects. Names come in the realm's language and in English.
 */
import { institutionNames } from './djnro-names.ts';
import { RowRng } from './djnro-rng.ts';
import type { TableRows } from './djnro-rows-edumanage.ts';
import { ORPHANS_PER_TABLE } from './djnro-world.ts';

export const I18N_ROWS: readonly TableRows[] = [
  {
    table: 'edumanage_name_i18n',
    columns: ['id', 'name', 'lang', 'content_type_id', 'object_id'],
    *rows(world) {
      let id = 0;
      const realmType = world.contentTypeId('edumanage', 'realm');
      for (let realm = 1; realm <= world.realms; realm++) {
        const country = world.country(realm);
        yield [++id, `eduroam ${country.code.toUpperCase()} — ${country.cities[0]}`, country.lang, realmType, realm];
        yield [++id, `eduroam ${country.code.toUpperCase()} federation`, 'en', realmType, realm];
      }
      const institutionType = world.contentTypeId('edumanage', 'institution');
      for (let inst = 1; inst <= world.institutions; inst++) {
        const country = world.country(world.realmOf(inst));
        const names = institutionNames(new RowRng(world.seed, 'institution-name', inst), country, inst);
        yield [++id, names.local, country.lang, institutionType, inst];
        yield [++id, names.english, 'en', institutionType, inst];
      }
      const locType = world.contentTypeId('edumanage', 'serviceloc');
      for (let loc = 1; loc <= world.serviceLocs; loc++) {
        const rng = new RowRng(world.seed, 'serviceloc-name', loc);
        const country = world.country(world.realmOf(world.serviceLocInstitution(loc)));
        yield [++id, `${rng.pick(country.cities)} — ${rng.pick(['Campus', 'Library', 'Βιβλιοθήκη', 'Könyvtár', 'Bibliothèque', 'Mensa'])} ${loc}`, country.lang, locType, loc];
      }
      // Names left behind by institutions deleted with raw SQL: object_id points at no institution.
      if (world.has('orphan-generic')) {
        for (let k = 1; k <= ORPHANS_PER_TABLE; k++) yield [++id, `Dissolved Institute ${k}`, 'en', institutionType, world.institutions + 50 + k];
      }
    },
  },
  {
    table: 'edumanage_url_i18n',
    columns: ['id', 'URL', 'lang', 'type', 'content_type_id', 'object_id'],
    *rows(world) {
      let id = 0;
      const realmType = world.contentTypeId('edumanage', 'realm');
      for (let realm = 1; realm <= world.realms; realm++) yield [++id, `https://www.eduroam.${world.country(realm).code}/`, 'en', 'info', realmType, realm];
      const detailsType = world.contentTypeId('edumanage', 'institutiondetails');
      for (let inst = 1; inst <= world.institutions; inst++) {
        const lang = world.country(world.realmOf(inst)).lang;
        yield [++id, `https://inst${inst}.example.org/eduroam`, lang, 'info', detailsType, inst];
        yield [++id, `https://inst${inst}.example.org/eduroam/policy`, 'en', 'policy', detailsType, inst];
      }
      const locType = world.contentTypeId('edumanage', 'serviceloc');
      for (let loc = 1; loc <= world.serviceLocs; loc++) {
        if (loc % 4 === 0) yield [++id, `https://inst${world.serviceLocInstitution(loc)}.example.org/wifi/${loc}`, 'en', 'info', locType, loc];
      }
      if (world.has('orphan-generic')) {
        for (let k = 1; k <= ORPHANS_PER_TABLE; k++) yield [++id, `https://gone${k}.example.org/`, 'en', 'info', locType, world.serviceLocs + 70 + k];
      }
    },
  },
];
