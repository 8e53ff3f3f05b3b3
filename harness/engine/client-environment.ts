/**
 * How an engine's own command-line tools and client libraries expect to be told where a database is:
 * the URL schemes they accept and the environment variables their client library reads (libpq's PGHOST…,
 * the MySQL client's MYSQL_PWD…). Each server engine supplies one (EngineDefinition.clientEnvironment,
 * in harness/engine/<engine>/<engine>-client-environment.ts); exec steps apply it without knowing the engine.
 */
import type { ParsedDatabaseUrl } from './connection-url.ts';

export interface ClientEnvironment {
  /** URL schemes the engine's tools accept, without "://", e.g. ['mysql', 'mariadb']. */
  readonly urlSchemes: readonly string[];
  /** The client library's variables for one connection, unprefixed (PGHOST, PGPASSWORD, …). */
  variables(connection: ParsedDatabaseUrl): Record<string, string>;
}
