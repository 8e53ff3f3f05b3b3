/**
 * What an engine can do. Code outside harness/engine/ branches on these flags, never on engine names;
 * each flag is read by the code named in its comment. Values are checked against real servers in
 * test/engine/engine.test.ts.
 */
export interface EngineCapabilities {
  /** The server reports warnings for statements that succeeded (MariaDB's SHOW WARNINGS). Read by the
   * integrity check, which says when a side cannot report silent data loss. */
  readonly supportsStatementWarnings: boolean;
  /** A server process must be started (false for SQLite, which is a file). Read by the provider choice
   * (file engines get a temporary file whatever --provider says) and by `snapshot create` (a file is
   * already a snapshot). */
  readonly needsServer: boolean;
  /** Several databases live in one server and can be created and dropped by name. Read by the server
   * provider, which creates one throwaway database per side. */
  readonly supportsCreateDatabase: boolean;
  /** `ALTER TABLE … ADD CONSTRAINT … FOREIGN KEY` works on an existing table (SQLite has no such
   * statement). Read by copyTables, which adds foreign keys after the rows. */
  readonly supportsAddForeignKey: boolean;
}

export const MARIADB_CAPABILITIES: EngineCapabilities = {
  supportsStatementWarnings: true,
  needsServer: true,
  supportsCreateDatabase: true,
  supportsAddForeignKey: true,
};

export const POSTGRES_CAPABILITIES: EngineCapabilities = {
  supportsStatementWarnings: true,
  needsServer: true,
  supportsCreateDatabase: true,
  supportsAddForeignKey: true,
};

export const SQLITE_CAPABILITIES: EngineCapabilities = {
  supportsStatementWarnings: false,
  needsServer: false,
  supportsCreateDatabase: false,
  supportsAddForeignKey: false,
};
