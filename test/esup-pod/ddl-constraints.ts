/**
 * Reads the keys of a rendered Pod DDL file (scenarios/esup-pod/schema/<version>/<engine>.sql) back into
 * plain sets, so a test can compare them with what the Django models declare. It understands the two
 * shapes render-ddl.ts writes: mysqldump-like inline keys for MariaDB, pg_dump-like CREATE TABLE
 * constraints plus ALTER TABLE / CREATE INDEX statements for PostgreSQL.
 */

/** The keys found on one table. */
export interface TableKeys {
  /** Column lists of the primary key and every UNIQUE constraint. */
  readonly uniques: string[][];
  /** Column lists of every index, unique or not (primary key included). */
  readonly indexes: string[][];
  /** Foreign keys: column → referenced table. */
  readonly foreignKeys: Map<string, string>;
}

const unquote = (name: string): string => name.trim().replace(/^[`"]|[`"]$/g, '');
const columnList = (text: string): string[] => text.split(',').map(unquote);

function keysOf(tables: Map<string, TableKeys>, name: string): TableKeys {
  let keys = tables.get(name);
  if (!keys) {
    keys = { uniques: [], indexes: [], foreignKeys: new Map() };
    tables.set(name, keys);
  }
  return keys;
}

/** Every table's keys in one DDL text. */
export function parseDdlKeys(ddl: string): Map<string, TableKeys> {
  const tables = new Map<string, TableKeys>();
  for (const match of ddl.matchAll(/CREATE TABLE ([`"]?\w+[`"]?) \(\n([\s\S]*?)\n\);/g)) {
    const keys = keysOf(tables, unquote(match[1]!));
    for (const line of match[2]!.split('\n')) {
      const unique = /^\s*(?:CONSTRAINT \S+ )?(?:PRIMARY KEY|UNIQUE(?: KEY \S+)?) \(([^)]*)\)/.exec(line);
      if (unique) {
        keys.uniques.push(columnList(unique[1]!));
        keys.indexes.push(columnList(unique[1]!));
        continue;
      }
      const index = /^\s*KEY \S+ \(([^)]*)\)/.exec(line);
      if (index) keys.indexes.push(columnList(index[1]!));
      const foreign = /FOREIGN KEY \(([^)]*)\) REFERENCES (\S+)/.exec(line);
      if (foreign) keys.foreignKeys.set(unquote(foreign[1]!), unquote(foreign[2]!));
    }
  }
  for (const match of ddl.matchAll(/ALTER TABLE (\S+) ADD CONSTRAINT \S+ FOREIGN KEY \(([^)]*)\) REFERENCES (\S+)/g)) {
    keysOf(tables, unquote(match[1]!)).foreignKeys.set(unquote(match[2]!), unquote(match[3]!));
  }
  for (const match of ddl.matchAll(/CREATE (UNIQUE )?INDEX \S+ ON (\S+) \(([^)]*)\)/g)) {
    const keys = keysOf(tables, unquote(match[2]!));
    keys.indexes.push(columnList(match[3]!));
    if (match[1]) keys.uniques.push(columnList(match[3]!));
  }
  return tables;
}
