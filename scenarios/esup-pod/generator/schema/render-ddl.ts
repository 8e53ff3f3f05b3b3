/**
 * Renders a {@link PodSchema} as SQL DDL for MariaDB or PostgreSQL, in the shape each engine's own dump
 * tool writes it, so that a scenario can load it like a production dump:
 * - MariaDB (like mysqldump): `SET FOREIGN_KEY_CHECKS = 0` first, every constraint inline in CREATE TABLE,
 *   no ENGINE or CHARSET clause, so the server defaults apply (a legacy scenario can run MyISAM, which
 *   parses and ignores FKs: https://mariadb.com/kb/en/foreign-keys/);
 * - PostgreSQL (like pg_dump): tables with PK/UNIQUE/CHECK first; FKs and FK indexes after the data, FKs
 *   DEFERRABLE INITIALLY DEFERRED as Django creates them. Serial ids up to Django 4.0 (v2, v3), identity
 *   columns from Django 4.1 (v4); the sequence is `<table>_<column>_seq` either way
 *   (https://www.postgresql.org/docs/15/sql-createtable.html). Identifiers are quoted only when needed
 *   (mixed case such as "parentId_id", reserved words such as "order").
 */
import { createHash } from 'node:crypto';
import type { DefectName } from '../pod-defects.ts';
import type { ColumnSpec, ColumnType, PodEngine, PodSchema, TableSpec } from './pod-schema-model.ts';

export interface RenderOptions {
  /** Constraints marked `omitWith` one of these defects are left out. */
  readonly defects?: ReadonlySet<DefectName>;
  /** PostgreSQL FKs (`table.column`) rendered NOT VALID because the data breaks them on purpose. */
  readonly notValidForeignKeys?: ReadonlySet<string>;
}

export interface RenderedSchema {
  /** Session settings and CREATE TABLE statements: run before the data. */
  readonly beforeData: string;
  /** Statements that must follow the data (PostgreSQL FKs and indexes; MariaDB re-enables FK checks). */
  readonly afterData: string;
}

const PG_RESERVED = new Set(
  ('all analyse analyze and any array as asc asymmetric both case cast check collate column constraint create ' +
    'current_date current_role current_time current_timestamp current_user default deferrable desc distinct do else end ' +
    'except false fetch for foreign from grant group having in initially intersect into lateral leading limit localtime ' +
    'localtimestamp not null offset on only or order placing primary references returning select session_user some ' +
    'symmetric table then to trailing true union unique user using variadic when where window with').split(' '),
);

export function quoteIdentifier(engine: PodEngine, name: string): string {
  if (engine === 'mariadb') return `\`${name.replaceAll('`', '``')}\``;
  return /^[a-z_][a-z0-9_]*$/.test(name) && !PG_RESERVED.has(name) ? name : `"${name.replaceAll('"', '""')}"`;
}

/** A constraint or index name within the 64/63-character limits, made unique with a hash like Django's. */
export function constraintName(table: string, columns: readonly string[], suffix: string): string {
  const full = `${table}_${columns.join('_')}_${suffix}`;
  if (full.length <= 60) return full;
  const hash = createHash('sha256').update(full).digest('hex').slice(0, 8);
  return `${full.slice(0, 60 - hash.length - suffix.length - 2)}_${hash}_${suffix}`;
}

export function renderSchema(schema: PodSchema, engine: PodEngine, options: RenderOptions = {}): RenderedSchema {
  return engine === 'mariadb' ? renderMariaDb(schema, options) : renderPostgres(schema, options);
}

const kept = (omitWith: DefectName | undefined, options: RenderOptions): boolean =>
  omitWith === undefined || !(options.defects?.has(omitWith) ?? false);

function mariaDbType(type: ColumnType): string {
  switch (type.kind) {
    case 'id':
      return `${type.big ? 'bigint' : 'int'} NOT NULL AUTO_INCREMENT`;
    case 'int':
      return `${type.big ? 'bigint' : type.small ? 'smallint' : 'int'}${type.positive ? ' unsigned' : ''}`;
    case 'varchar':
      return `varchar(${type.length})`;
    case 'text':
      return 'longtext';
    case 'bool':
      return 'tinyint(1)';
    case 'datetime':
      return 'datetime(6)';
    case 'date':
      return 'date';
    case 'time':
      return 'time(6)';
    case 'duration':
      return 'bigint';
  }
}

function renderMariaDb(schema: PodSchema, options: RenderOptions): RenderedSchema {
  const q = (name: string): string => quoteIdentifier('mariadb', name);
  const list = (names: readonly string[]): string => names.map(q).join(', ');
  const statements = schema.tables.map((table) => {
    const lines = table.columns.map((c) => `  ${q(c.name)} ${mariaDbType(c.type)}${c.type.kind === 'id' ? '' : c.nullable ? ' DEFAULT NULL' : ' NOT NULL'}`);
    lines.push(`  PRIMARY KEY (${list(table.primaryKey ?? ['id'])})`);
    for (const c of table.columns.filter((c) => c.unique)) lines.push(`  UNIQUE KEY ${q(c.name)} (${q(c.name)})`);
    for (const u of table.uniques ?? []) {
      if (kept(u.omitWith, options)) lines.push(`  UNIQUE KEY ${q(u.name ?? constraintName(table.name, u.columns, 'uniq'))} (${list(u.columns)})`);
    }
    for (const index of secondaryIndexes(table)) lines.push(`  KEY ${q(index.name)} (${list(index.columns)})`);
    // InnoDB creates an index for a foreign key that no other index leads with, named after the
    // constraint; mysqldump writes it as a KEY, and a MyISAM table (which ignores FKs) still needs it.
    const leading = new Set([...leadingColumns(table, options), ...secondaryIndexes(table).map((i) => i.columns[0]!)]);
    for (const c of foreignKeys(table)) {
      if (!leading.has(c.name)) lines.push(`  KEY ${q(constraintName(table.name, [c.name], `fk_${c.references}`))} (${q(c.name)})`);
    }
    for (const c of foreignKeys(table)) {
      lines.push(`  CONSTRAINT ${q(constraintName(table.name, [c.name], `fk_${c.references}`))} FOREIGN KEY (${q(c.name)}) REFERENCES ${q(c.references!)} (${q(referencedKey(schema, c.references!))})`);
    }
    for (const check of table.checks ?? []) {
      if (kept(check.omitWith, options)) lines.push(`  CONSTRAINT ${q(check.name)} CHECK (${check.mariadb})`);
    }
    return `CREATE TABLE ${q(table.name)} (\n${lines.join(',\n')}\n);\n`;
  });
  return {
    beforeData: `SET NAMES utf8mb4;\nSET FOREIGN_KEY_CHECKS = 0;\n\n${statements.join('\n')}`,
    afterData: 'SET FOREIGN_KEY_CHECKS = 1;\n',
  };
}

function postgresType(type: ColumnType, identity: boolean): string {
  switch (type.kind) {
    case 'id':
      if (identity) return `${type.big ? 'bigint' : 'integer'} NOT NULL GENERATED BY DEFAULT AS IDENTITY`;
      return type.big ? 'bigserial NOT NULL' : 'serial NOT NULL';
    case 'int':
      return type.big ? 'bigint' : type.small ? 'smallint' : 'integer';
    case 'varchar':
      return `varchar(${type.length})`;
    case 'text':
      return 'text';
    case 'bool':
      return 'boolean';
    case 'datetime':
      return 'timestamp with time zone';
    case 'date':
      return 'date';
    case 'time':
      return 'time without time zone';
    case 'duration':
      return 'interval';
  }
}

function renderPostgres(schema: PodSchema, options: RenderOptions): RenderedSchema {
  const q = (name: string): string => quoteIdentifier('postgres', name);
  const list = (names: readonly string[]): string => names.map(q).join(', ');
  const identity = schema.version === 'v4';
  const creates = schema.tables.map((table) => {
    const lines = table.columns.map((c) => {
      const check = c.type.kind === 'int' && c.type.positive ? ` CHECK (${q(c.name)} >= 0)` : '';
      return `  ${q(c.name)} ${postgresType(c.type, identity)}${c.type.kind === 'id' || c.nullable ? '' : ' NOT NULL'}${check}`;
    });
    lines.push(`  CONSTRAINT ${q(`${table.name}_pkey`)} PRIMARY KEY (${list(table.primaryKey ?? ['id'])})`);
    for (const c of table.columns.filter((c) => c.unique)) lines.push(`  CONSTRAINT ${q(constraintName(table.name, [c.name], 'key'))} UNIQUE (${q(c.name)})`);
    for (const u of table.uniques ?? []) {
      if (kept(u.omitWith, options)) lines.push(`  CONSTRAINT ${q(u.name ?? constraintName(table.name, u.columns, 'uniq'))} UNIQUE (${list(u.columns)})`);
    }
    for (const check of table.checks ?? []) {
      if (kept(check.omitWith, options)) lines.push(`  CONSTRAINT ${q(check.name)} CHECK (${check.postgres})`);
    }
    return `CREATE TABLE ${q(table.name)} (\n${lines.join(',\n')}\n);\n`;
  });
  const after: string[] = [];
  for (const table of schema.tables) {
    for (const index of secondaryIndexes(table)) after.push(`CREATE INDEX ${q(index.name)} ON ${q(table.name)} (${list(index.columns)});`);
    for (const c of foreignKeys(table)) {
      const notValid = options.notValidForeignKeys?.has(`${table.name}.${c.name}`) ? ' NOT VALID' : '';
      after.push(
        `ALTER TABLE ${q(table.name)} ADD CONSTRAINT ${q(constraintName(table.name, [c.name], `fk_${c.references}`))} ` +
          `FOREIGN KEY (${q(c.name)}) REFERENCES ${q(c.references!)} (${q(referencedKey(schema, c.references!))}) DEFERRABLE INITIALLY DEFERRED${notValid};`,
      );
      if (!(table.primaryKey ?? ['id']).includes(c.name) && !c.index) {
        after.push(`CREATE INDEX ${q(constraintName(table.name, [c.name], 'idx'))} ON ${q(table.name)} (${q(c.name)});`);
      }
    }
  }
  return {
    beforeData: `SET client_encoding = 'UTF8';\nSET standard_conforming_strings = on;\n\n${creates.join('\n')}`,
    afterData: `${after.join('\n')}\n`,
  };
}

/** Non-unique indexes: `db_index` columns and `index_together` sets, in declaration order. */
function secondaryIndexes(table: TableSpec): { name: string; columns: readonly string[] }[] {
  return [
    ...table.columns.filter((c) => c.index).map((c) => ({ name: constraintName(table.name, [c.name], 'idx'), columns: [c.name] })),
    ...(table.indexes ?? []).map((i) => ({ name: i.name ?? constraintName(table.name, i.columns, 'idx'), columns: i.columns })),
  ];
}

/** First columns of the primary key and of the UNIQUE constraints kept in this rendering. */
function leadingColumns(table: TableSpec, options: RenderOptions): string[] {
  return [
    (table.primaryKey ?? ['id'])[0]!,
    ...table.columns.filter((c) => c.unique).map((c) => c.name),
    ...(table.uniques ?? []).filter((u) => kept(u.omitWith, options)).map((u) => u.columns[0]!),
  ];
}

function foreignKeys(table: TableSpec): ColumnSpec[] {
  return table.columns.filter((c) => c.references !== undefined);
}

function referencedKey(schema: PodSchema, tableName: string): string {
  const table = schema.tables.find((t) => t.name === tableName);
  if (!table) throw new Error(`FK to "${tableName}", which is not in the Pod ${schema.version} schema description`);
  return table.primaryKey?.[0] ?? 'id';
}
