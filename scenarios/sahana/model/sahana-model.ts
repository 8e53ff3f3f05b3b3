/**
 * The web2py field model of the Sahana Eden tables the Haiti 2010 migration moved, as the DAL knows them
 * (models/00_tables.py, 02_pr.py, 03_gis.py, 05_or.py and auth of sinsai/Sahana_eden at de7e9d7a, January
 * 2010, distilled in research/djnro-sahana.md §B4). Field types are pydal's: the CSV export and import
 * (../web2py/) convert values by these types, the DDL renderers derive both schemas from them, and the
 * checks find references, lists and natural keys here. Tables are listed in `db.tables` order, the order
 * of the define_table calls, which is the order of the CSV export.
 *
 * Deviation on purpose: `or_organisation.sector_id` was a plain string holding `|1|14|` in 2010; it is
 * modelled as pydal's `list:reference or_sector`, whose ids the import remaps through id_map.
 */

/** pydal field types used by these tables. */
export const FIELD_TYPES = ['id', 'string', 'text', 'integer', 'double', 'boolean', 'date', 'datetime', 'reference', 'list:reference'] as const;
export type FieldType = (typeof FIELD_TYPES)[number];

export interface FieldSpec {
  readonly name: string;
  readonly type: FieldType;
  /** `string` length (web2py's default is 512). */
  readonly length?: number;
  /** Referenced table of `reference` and `list:reference` fields. */
  readonly references?: string;
  readonly notnull?: boolean;
  /** A database UNIQUE (`unique=True`), enforced by both schemas. */
  readonly unique?: boolean;
}

export interface TableSpec {
  readonly name: string;
  readonly fields: readonly FieldSpec[];
  /** Columns that name a row across databases (its uuid, or what users know it by when it has none). */
  readonly naturalKey: readonly string[];
  /** Columns the application treats as unique without a database constraint (IS_NOT_IN_DB validators). */
  readonly validatedUnique?: readonly string[];
}

const id: FieldSpec = { name: 'id', type: 'id' };
const str = (name: string, length = 512, extra: Partial<FieldSpec> = {}): FieldSpec => ({ name, type: 'string', length, ...extra });
const text = (name: string): FieldSpec => ({ name, type: 'text' });
const int = (name: string): FieldSpec => ({ name, type: 'integer' });
const ref = (name: string, table: string): FieldSpec => ({ name, type: 'reference', references: table });
/** `uuidstamp`: a native VARCHAR(64), notnull and unique. */
const uuid: FieldSpec = str('uuid', 64, { notnull: true, unique: true });
/** `timestamp` + `deletion_status`. */
const stamps: readonly FieldSpec[] = [
  { name: 'created_on', type: 'datetime' },
  { name: 'modified_on', type: 'datetime' },
  { name: 'deleted', type: 'boolean' },
];

export const SAHANA_TABLES: readonly TableSpec[] = [
  {
    name: 'auth_user',
    fields: [id, str('first_name', 128), str('last_name', 128), str('person_uuid', 64), str('utc_offset', 16), str('email'), str('password'), str('registration_key')],
    naturalKey: ['email', 'first_name', 'last_name'],
    validatedUnique: ['email'],
  },
  { name: 'auth_group', fields: [id, str('role'), text('description')], naturalKey: ['role'] },
  { name: 'auth_membership', fields: [id, ref('user_id', 'auth_user'), ref('group_id', 'auth_group')], naturalKey: [] },
  { name: 'pr_pentity', fields: [id, uuid, ...stamps, int('opt_pr_entity_type'), str('label', 128)], naturalKey: ['uuid'] },
  {
    name: 'pr_person',
    fields: [
      id, uuid, ...stamps, ref('pr_pe_id', 'pr_pentity'), str('pr_pe_label', 128), str('first_name', 128, { notnull: true }), str('middle_name', 128),
      str('last_name', 128), int('gender'), int('age_group'), str('email', 128), str('mobile_phone', 32), { name: 'date_of_birth', type: 'date' },
      str('nationality', 128), str('occupation', 128), text('comment'),
    ],
    naturalKey: ['uuid'],
    validatedUnique: ['email'],
  },
  { name: 'gis_marker', fields: [id, uuid, str('name', 128, { unique: true }), str('image', 128)], naturalKey: ['uuid'] },
  {
    name: 'gis_feature_class',
    fields: [id, uuid, str('name', 128, { unique: true }), str('description'), ref('marker_id', 'gis_marker'), str('module', 64), str('resource', 64)],
    naturalKey: ['uuid'],
  },
  {
    name: 'gis_location',
    fields: [
      id, uuid, ...stamps, str('name', 128, { notnull: true }), ref('feature_class_id', 'gis_feature_class'), ref('marker_id', 'gis_marker'),
      ref('parent', 'gis_location'), int('gis_feature_type'), { name: 'lat', type: 'double' }, { name: 'lon', type: 'double' }, text('wkt'),
    ],
    naturalKey: ['uuid'],
  },
  {
    name: 'gis_layer_js',
    fields: [id, uuid, str('name', 128), str('description', 256), { name: 'enabled', type: 'boolean' }, text('code')],
    naturalKey: ['uuid'],
  },
  {
    name: 'pr_contact',
    fields: [id, uuid, ...stamps, ref('pr_pe_id', 'pr_pentity'), str('name', 128), int('opt_pr_contact_method'), str('value', 128), int('priority'), text('comment')],
    naturalKey: ['uuid'],
  },
  { name: 'or_sector', fields: [id, uuid, str('name', 128, { unique: true })], naturalKey: ['uuid'] },
  {
    name: 'or_organisation',
    fields: [
      id, uuid, ...stamps, str('name', 128, { notnull: true, unique: true }), str('acronym', 8), int('type'),
      { name: 'sector_id', type: 'list:reference', references: 'or_sector' }, str('country', 64), str('website', 255), str('twitter', 64),
      str('donation_phone', 32), text('comment'),
    ],
    naturalKey: ['uuid'],
  },
  {
    name: 'or_office',
    fields: [
      id, uuid, ...stamps, str('name', 128, { notnull: true }), ref('organisation_id', 'or_organisation'), int('type'),
      ref('location_id', 'gis_location'), ref('parent', 'or_office'), text('address'), str('phone1', 32), str('email', 128),
    ],
    naturalKey: ['uuid'],
  },
  {
    name: 'or_contact',
    fields: [
      id, uuid, ...stamps, ref('person_id', 'pr_person'), ref('organisation_id', 'or_organisation'), ref('office_id', 'or_office'),
      str('title', 128), ref('manager_id', 'pr_person'), { name: 'focal_point', type: 'boolean' },
    ],
    naturalKey: ['uuid'],
  },
];

/** A table of the model by name; a name outside the model is a programming error. */
export function sahanaTable(name: string): TableSpec {
  const table = SAHANA_TABLES.find((t) => t.name === name);
  if (!table) throw new Error(`no Sahana table "${name}" in the model`);
  return table;
}

/** Fields whose values are ids of another table: what id_map remaps. */
export function referenceFields(table: TableSpec): FieldSpec[] {
  return table.fields.filter((f) => f.type === 'reference' || f.type === 'list:reference');
}
