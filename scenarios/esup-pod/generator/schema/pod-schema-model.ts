/**
 * A small typed description of the Esup-Pod tables, from which both the DDL files in
 * scenarios/esup-pod/schema/ and the generator's INSERT statements are derived. One description per
 * version (pod-schema-v1.ts, pod-schema-v2-v4.ts) renders to MariaDB and PostgreSQL, so the two engines
 * and the data writer can never disagree about a column name or width.
 *
 * Types follow Django's backend mapping (research/esup-pod.md §2.8): Django declares no database
 * defaults, so neither do we; `positive` is PositiveIntegerField (unsigned on MariaDB, CHECK >= 0 on
 * PostgreSQL).
 */
import type { DefectName } from '../pod-defects.ts';

export const POD_VERSIONS = ['v1', 'v2', 'v3', 'v4'] as const;
export type PodVersion = (typeof POD_VERSIONS)[number];

export const POD_ENGINES = ['mariadb', 'postgres'] as const;
export type PodEngine = (typeof POD_ENGINES)[number];

export type ColumnType =
  | { readonly kind: 'id'; readonly big: boolean }
  | { readonly kind: 'int'; readonly big?: boolean; readonly small?: boolean; readonly positive?: boolean }
  | { readonly kind: 'varchar'; readonly length: number }
  | { readonly kind: 'text' }
  | { readonly kind: 'bool' }
  | { readonly kind: 'datetime' }
  | { readonly kind: 'date' }
  | { readonly kind: 'time' }
  /** DurationField: bigint microseconds on MariaDB, interval on PostgreSQL. */
  | { readonly kind: 'duration' };

export interface ColumnSpec {
  readonly name: string;
  readonly type: ColumnType;
  readonly nullable?: boolean;
  /** Foreign key to `table`.id. */
  readonly references?: string;
  /** A single-column UNIQUE constraint. */
  readonly unique?: boolean;
  /** A single-column non-unique index (Django `db_index=True`, implied by SlugField). */
  readonly index?: boolean;
}

export interface ConstraintSpec {
  readonly name?: string;
  readonly columns: readonly string[];
  /** Left out of the DDL when this defect is requested: a production schema that did not enforce it
   * (migrations are generated per installation, research §2.1). */
  readonly omitWith?: DefectName;
}

export interface CheckSpec {
  readonly name: string;
  readonly mariadb: string;
  readonly postgres: string;
  readonly omitWith?: DefectName;
}

export interface TableSpec {
  readonly name: string;
  readonly columns: readonly ColumnSpec[];
  /** Multi-column UNIQUE constraints (unique_together, M2M pairs). */
  readonly uniques?: readonly ConstraintSpec[];
  /** Multi-column non-unique indexes (index_together). */
  readonly indexes?: readonly ConstraintSpec[];
  readonly checks?: readonly CheckSpec[];
  /** Primary key columns when it is not `id` (filer_image.file_ptr_id). */
  readonly primaryKey?: readonly string[];
  /** Rows the generator never writes on purpose (documented, e.g. "USE_PODFILE=True"). */
  readonly note?: string;
}

export interface PodSchema {
  readonly version: PodVersion;
  /** Tables in creation and insertion order: every FK points to an earlier table (or to itself). */
  readonly tables: readonly TableSpec[];
}

/** Column helpers, so that specs read like the Django models they mirror. */
export const col = {
  id: (big: boolean): ColumnSpec => ({ name: 'id', type: { kind: 'id', big } }),
  fk: (name: string, table: string, big: boolean, nullable = false): ColumnSpec => ({
    name,
    type: { kind: 'int', big },
    references: table,
    nullable,
  }),
  int: (name: string, options: { positive?: boolean; small?: boolean; big?: boolean; nullable?: boolean; index?: boolean } = {}): ColumnSpec => ({
    name,
    type: { kind: 'int', positive: options.positive, small: options.small, big: options.big },
    nullable: options.nullable,
    index: options.index,
  }),
  str: (name: string, length: number, options: { nullable?: boolean; unique?: boolean; index?: boolean } = {}): ColumnSpec => ({
    name,
    type: { kind: 'varchar', length },
    ...options,
  }),
  text: (name: string, nullable = false): ColumnSpec => ({ name, type: { kind: 'text' }, nullable }),
  bool: (name: string, nullable = false): ColumnSpec => ({ name, type: { kind: 'bool' }, nullable }),
  datetime: (name: string, nullable = false): ColumnSpec => ({ name, type: { kind: 'datetime' }, nullable }),
  date: (name: string, nullable = false): ColumnSpec => ({ name, type: { kind: 'date' }, nullable }),
  time: (name: string, nullable = false): ColumnSpec => ({ name, type: { kind: 'time' }, nullable }),
  duration: (name: string): ColumnSpec => ({ name, type: { kind: 'duration' } }),
};

/** A Django many-to-many join table: id, two FKs, unique pair. */
export function m2m(
  name: string,
  left: { column: string; table: string; big: boolean },
  right: { column: string; table: string; big: boolean },
  options: { idBig?: boolean; omitUniqueWith?: DefectName } = {},
): TableSpec {
  return {
    name,
    columns: [col.id(options.idBig ?? false), col.fk(left.column, left.table, left.big), col.fk(right.column, right.table, right.big)],
    uniques: [{ columns: [left.column, right.column], omitWith: options.omitUniqueWith }],
  };
}

export function findTable(schema: PodSchema, name: string): TableSpec {
  const table = schema.tables.find((t) => t.name === name);
  if (!table) throw new Error(`table "${name}" is not in the Pod ${schema.version} schema description`);
  return table;
}
