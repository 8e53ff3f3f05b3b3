/**
 * The two schemas of the migration, derived from the field model the way the web2py DAL creates tables
 * (`migrate=True`): SQLite for the 2010 production file, MariaDB for the new server.
 *
 * - SQLite (pydal SQLiteAdapter types): `string` → CHAR(n), `text` → TEXT, `boolean` → CHAR(1) holding
 *   T/F, `datetime` → TIMESTAMP, `list:reference` → TEXT. The DAL also writes `REFERENCES t (id) ON
 *   DELETE CASCADE` for references, which SQLite never enforced (foreign keys are off unless
 *   `PRAGMA foreign_keys=ON`). The clauses are left out here because the snapshot loader checks declared
 *   foreign keys, and a 2010 file that holds dangling references (the point of one defect) must load.
 * - MariaDB (pydal MySQLAdapter types): `string` → VARCHAR(n), `text` → LONGTEXT, `boolean` → CHAR(1),
 *   references → INT with FOREIGN KEY … ON DELETE CASCADE, every table InnoDB in utf8mb4 with a case- and
 *   accent-insensitive collation (the migration plan's last step replaced MyISAM with InnoDB).
 */
import { SAHANA_TABLES, type FieldSpec, type TableSpec } from './sahana-model.ts';

/** The collation of every target table: case- and accent-insensitive, PAD SPACE. */
export const TARGET_COLLATION = 'utf8mb4_unicode_ci';

const SQLITE_TYPES: Readonly<Record<FieldSpec['type'], (f: FieldSpec) => string>> = {
  id: () => 'INTEGER PRIMARY KEY AUTOINCREMENT',
  string: (f) => `CHAR(${f.length ?? 512})`,
  text: () => 'TEXT',
  integer: () => 'INTEGER',
  double: () => 'DOUBLE',
  boolean: () => 'CHAR(1)',
  date: () => 'DATE',
  datetime: () => 'TIMESTAMP',
  reference: () => 'INTEGER',
  'list:reference': () => 'TEXT',
};

const MARIADB_TYPES: Readonly<Record<FieldSpec['type'], (f: FieldSpec) => string>> = {
  id: () => 'INT AUTO_INCREMENT NOT NULL',
  string: (f) => `VARCHAR(${f.length ?? 512})`,
  text: () => 'LONGTEXT',
  integer: () => 'INT',
  double: () => 'DOUBLE',
  boolean: () => 'CHAR(1)',
  date: () => 'DATE',
  datetime: () => 'DATETIME',
  reference: () => 'INT',
  'list:reference': () => 'LONGTEXT',
};

function constraints(field: FieldSpec): string {
  return `${field.notnull ? ' NOT NULL' : ''}${field.unique ? ' UNIQUE' : ''}`;
}

function sqliteTable(table: TableSpec): string {
  const columns = table.fields.map((f) => `  ${f.name} ${SQLITE_TYPES[f.type](f)}${constraints(f)}`);
  return `CREATE TABLE ${table.name}(\n${columns.join(',\n')}\n);`;
}

function mariadbTable(table: TableSpec): string {
  const lines = table.fields.map((f) => `  \`${f.name}\` ${MARIADB_TYPES[f.type](f)}${constraints(f)}`);
  lines.push('  PRIMARY KEY (`id`)');
  for (const f of table.fields.filter((x) => x.type === 'reference')) {
    lines.push(`  FOREIGN KEY (\`${f.name}\`) REFERENCES \`${f.references!}\` (\`id\`) ON DELETE CASCADE`);
  }
  return `CREATE TABLE \`${table.name}\` (\n${lines.join(',\n')}\n) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=${TARGET_COLLATION};`;
}

/** The SQLite schema of the 2010 production file. */
export function sqliteSchema(): string {
  return SAHANA_TABLES.map(sqliteTable).join('\n');
}

/** The MariaDB schema web2py creates on the new server, tables in `db.tables` order (parents first). */
export function mariadbSchema(): string {
  return SAHANA_TABLES.map(mariadbTable).join('\n');
}
