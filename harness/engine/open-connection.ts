/**
 * The one way the harness opens a database: `openConnection(url)` picks the engine from the URL scheme
 * (mariadb:, mysql:, postgres:, postgresql:, sqlite:).
 */
import { InfrastructureError, RehearseError, errorMessage } from '../errors.ts';
import { parseDatabaseUrl, redactUrl } from './connection-url.ts';
import type { Connection } from './engine.ts';
import { getEngine } from './engine-registry.ts';

/**
 * Opens a connection. A malformed URL or unsupported scheme is a BadInputError; a server that cannot be
 * reached or refuses the credentials is an InfrastructureError naming the URL with its password hidden.
 */
export async function openConnection(url: string): Promise<Connection> {
  const parsed = parseDatabaseUrl(url);
  try {
    return await getEngine(parsed.engine).connect(url);
  } catch (cause) {
    if (cause instanceof RehearseError) throw cause;
    throw new InfrastructureError(
      `cannot connect to ${parsed.engine} database ${redactUrl(url)}: ${errorMessage(cause)}. ` +
        'Check that the server is running and reachable, and that the user, password and database name are right.',
      { cause },
    );
  }
}
