/**
 * What an engine can do. The orchestrator branches on these flags, never on engine names.
 * Values are checked against real servers in test/engine/capabilities.test.ts.
 */
export interface EngineCapabilities {
  /** DDL can be rolled back inside a transaction (PostgreSQL and SQLite yes, MariaDB no: DDL auto-commits). */
  readonly supportsTransactionalDdl: boolean;
  /** The server reports warnings for statements that succeeded (MariaDB's SHOW WARNINGS). */
  readonly supportsStatementWarnings: boolean;
  /** A server process must be started (false for SQLite, which is a file). */
  readonly needsServer: boolean;
  /** Several databases live in one server and can be created and dropped by name. */
  readonly supportsCreateDatabase: boolean;
}

export const MARIADB_CAPABILITIES: EngineCapabilities = {
  supportsTransactionalDdl: false,
  supportsStatementWarnings: true,
  needsServer: true,
  supportsCreateDatabase: true,
};

export const POSTGRES_CAPABILITIES: EngineCapabilities = {
  supportsTransactionalDdl: true,
  supportsStatementWarnings: true,
  needsServer: true,
  supportsCreateDatabase: true,
};

export const SQLITE_CAPABILITIES: EngineCapabilities = {
  supportsTransactionalDdl: true,
  supportsStatementWarnings: false,
  needsServer: false,
  supportsCreateDatabase: false,
};
