/**
 * SQLite assembled from its roles: a file, no server (no container, no process, no dump source: the
 * file itself is the snapshot) and no statement warnings.
 */
import { SQLITE_PLAIN_DUMP } from './sqlite-plain-dump.ts';
import { parseDatabaseUrl } from '../connection-url.ts';
import type { EngineDefinition } from '../engine-definition.ts';
import { SQLITE_CAPABILITIES } from '../engine-capabilities.ts';
import { copySqliteDatabase, SQLITE_MAGIC, verifySqliteFile } from './sqlite-database-file.ts';
import { SqliteDialect } from './sqlite-dialect.ts';
import { renderSqliteType } from './sqlite-type-rendering.ts';

export const SQLITE_ENGINE: EngineDefinition = {
  kind: 'sqlite',
  displayName: 'SQLite',
  family: 'sqlite',
  capabilities: SQLITE_CAPABILITIES,
  // The driver loads with the first connection: scenario files import the engines, `rehearse list` never connects.
  connect: async (url) => {
    const parsed = parseDatabaseUrl(url);
    const { SqliteConnection } = await import('./sqlite-connection.ts');
    return SqliteConnection.open(parsed.file ?? parsed.database);
  },
  plainDump: SQLITE_PLAIN_DUMP,
  dialect: new SqliteDialect(),
  renderType: renderSqliteType,
  dataLossWarnings: [],
  databaseFile: { urlFor: (file) => `sqlite://${file}`, magic: SQLITE_MAGIC, verify: verifySqliteFile, copyInto: copySqliteDatabase },
};
