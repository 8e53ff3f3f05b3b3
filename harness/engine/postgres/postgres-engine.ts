/** PostgreSQL assembled from its roles. It raises errors where MariaDB warns, so no warning means data loss. */
import { POSTGRES_ARCHIVE_RESTORE } from './postgres-archive-restore.ts';
import { POSTGRES_PLAIN_DUMP } from './postgres-plain-dump.ts';
import type { EngineDefinition } from '../engine-definition.ts';
import { POSTGRES_CAPABILITIES } from '../engine-capabilities.ts';
import { POSTGRES_CLIENT_ENVIRONMENT } from './postgres-client-environment.ts';
import { PostgresDialect } from './postgres-dialect.ts';
import { PostgresDumpSource } from './postgres-dump-source.ts';
import { POSTGRES_LEAST_PRIVILEGE } from './postgres-privileges.ts';
import { POSTGRES_CONTAINER, postgresProcessPlan } from './postgres-server.ts';
import { renderPostgresType } from './postgres-type-rendering.ts';

export const POSTGRES_ENGINE: EngineDefinition = {
  kind: 'postgres',
  displayName: 'PostgreSQL',
  family: 'postgres',
  capabilities: POSTGRES_CAPABILITIES,
  // The driver loads with the first connection: scenario files import the engines, `rehearse list` never connects.
  connect: async (url) => (await import('./postgres-connection.ts')).PostgresConnection.open(url),
  dialect: new PostgresDialect(),
  renderType: renderPostgresType,
  plainDump: POSTGRES_PLAIN_DUMP,
  archiveRestore: POSTGRES_ARCHIVE_RESTORE,
  dumpSource: (connection) => new PostgresDumpSource(connection),
  containerFlavour: POSTGRES_CONTAINER,
  processRecipe: postgresProcessPlan,
  leastPrivilege: POSTGRES_LEAST_PRIVILEGE,
  clientEnvironment: POSTGRES_CLIENT_ENVIRONMENT,
  dataLossWarnings: [],
};
