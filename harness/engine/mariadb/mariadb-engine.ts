/** MariaDB assembled from its roles: the harness's reference engine for the mysql family. */
import { MARIADB_PLAIN_DUMP } from './mariadb-plain-dump.ts';
import type { EngineDefinition } from '../engine-definition.ts';
import { MARIADB_CAPABILITIES } from '../engine-capabilities.ts';
import { MARIADB_CLIENT_ENVIRONMENT } from './mariadb-client-environment.ts';
import { MariaDbDialect } from './mariadb-dialect.ts';
import { MariaDbDumpSource } from './mariadb-dump-source.ts';
import { MARIADB_LEAST_PRIVILEGE } from './mariadb-privileges.ts';
import { MARIADB_CONTAINER, mariadbProcessPlan } from './mariadb-server.ts';
import { renderMariaDbType } from './mariadb-type-rendering.ts';
import { MARIADB_DATA_LOSS_WARNINGS } from './mariadb-warnings.ts';

export const MARIADB_ENGINE: EngineDefinition = {
  kind: 'mariadb',
  displayName: 'MariaDB',
  family: 'mysql',
  capabilities: MARIADB_CAPABILITIES,
  // The driver loads with the first connection: scenario files import the engines, `rehearse list` never connects.
  connect: async (url) => (await import('./mariadb-connection.ts')).MariaDbConnection.open(url),
  dialect: new MariaDbDialect(),
  renderType: renderMariaDbType,
  plainDump: MARIADB_PLAIN_DUMP,
  dumpSource: (connection) => new MariaDbDumpSource(connection),
  containerFlavour: MARIADB_CONTAINER,
  processRecipe: mariadbProcessPlan,
  leastPrivilege: MARIADB_LEAST_PRIVILEGE,
  clientEnvironment: MARIADB_CLIENT_ENVIRONMENT,
  dataLossWarnings: MARIADB_DATA_LOSS_WARNINGS,
};
