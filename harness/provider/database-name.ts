/**
 * The name of a throwaway database. A dump may refer to its database by name (Sakila's views select from
 * `sakila.film`, mysqldump --databases writes `USE sakila`), so the container and process providers
 * create the database under the name the scenario sets or, failing that, the one the dump expects; the
 * default is {@link DEFAULT_DATABASE_NAME}. The server provider keeps its unique generated name instead
 * (a shared server's databases must not collide), and qualified references to the dump's name then fail.
 *
 * A name is checked before any server starts: it goes into SQL, container variables, GRANTs and URLs, and
 * the confined loading user gets every right on it, so a server's own databases (MariaDB's `mysql`,
 * PostgreSQL's `template1`) are never accepted.
 */
import type { EngineKind } from '../engine/engine.ts';
import { getEngine } from '../engine/engine-registry.ts';
import { BadInputError } from '../errors.ts';

/** The throwaway database's name when neither the scenario nor the dump names one. */
export const DEFAULT_DATABASE_NAME = 'rehearse';

/** PostgreSQL's identifier limit (NAMEDATALEN - 1); MariaDB allows 64. */
export const MAX_DATABASE_NAME_LENGTH = 63;

/** Letters, digits, `_` and `-`, not starting with a digit or `-`: needs no care in a URL, an environment
 * variable or a GRANT beyond ordinary quoting. */
const DATABASE_NAME = /^[A-Za-z_][A-Za-z0-9_-]*$/;

/** Why `name` cannot name a throwaway database of `engine`, or undefined when it can. */
export function databaseNameProblem(name: string, engine: EngineKind): string | undefined {
  if (name.length === 0 || name.length > MAX_DATABASE_NAME_LENGTH) return `must be 1 to ${MAX_DATABASE_NAME_LENGTH} characters long`;
  if (!DATABASE_NAME.test(name)) return 'must be letters, digits, "_" or "-", starting with a letter or "_"';
  const system = getEngine(engine).leastPrivilege?.systemDatabases ?? [];
  // Case-insensitively: a server with case-insensitive names would take MYSQL for mysql.
  if (system.some((own) => own.toLowerCase() === name.toLowerCase())) {
    return `is one of the server's own databases (${system.join(', ')}); the loading user would get rights on it`;
  }
  return undefined;
}

/** The name a container or process provider creates for `spec`, checked; a bad one is bad input naming the side. */
export function throwawayDatabaseName(spec: { readonly engine: EngineKind; readonly database?: string }, role: string): string {
  const name = spec.database ?? DEFAULT_DATABASE_NAME;
  const problem = databaseNameProblem(name, spec.engine);
  if (problem) throw new BadInputError(`${role}.database ${JSON.stringify(name)} ${problem}`);
  return name;
}
