/** The SQL pieces the domain-check fixtures need that differ per engine, so that tests do not branch. */
import type { TestEngine } from '../support/test-databases.ts';

export interface EngineSql {
  /** A primary key the database numbers itself. */
  readonly autoId: string;
  /** Statements that let rows break enforced foreign keys, as an import with checks off does. */
  readonly foreignKeysOff: string;
}

export const ENGINE_SQL: Record<TestEngine, EngineSql> = {
  mariadb: { autoId: 'INT AUTO_INCREMENT PRIMARY KEY', foreignKeysOff: 'SET FOREIGN_KEY_CHECKS = 0;' },
  // Replica mode skips the triggers that enforce foreign keys (superuser only, which the test user is).
  postgres: { autoId: 'SERIAL PRIMARY KEY', foreignKeysOff: 'SET session_replication_role = replica;' },
  sqlite: { autoId: 'INTEGER PRIMARY KEY', foreignKeysOff: 'PRAGMA foreign_keys = OFF;' },
};
