/**
 * MySQL: the MariaDB pieces under another name. Both speak the same protocol (mysql2), SQL dialect and
 * warning codes, so only the kind and the URL scheme differ; MySQL-only behaviour would go in this folder.
 */
import type { EngineDefinition } from '../engine-definition.ts';
import { MARIADB_ENGINE } from '../mariadb/mariadb-engine.ts';
import { MARIADB_CONTAINER } from '../mariadb/mariadb-server.ts';

export const MYSQL_ENGINE: EngineDefinition = {
  ...MARIADB_ENGINE,
  kind: 'mysql',
  displayName: 'MySQL',
  containerFlavour: { ...MARIADB_CONTAINER, defaultImage: 'mysql:8.0' },
};
