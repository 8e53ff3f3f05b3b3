/**
 * Gives a throwaway database its confined user (the engine's {@link LeastPrivilege}): the user snapshot
 * SQL and setup scripts run as, so that what a dump holds stays inside that one database. Every provider
 * creates it the same way, connected as its administrator to the new database.
 */
import { createHash, randomBytes } from 'node:crypto';
import { buildDatabaseUrl, parseDatabaseUrl, redactUrl } from '../engine/connection-url.ts';
import type { EngineKind } from '../engine/engine.ts';
import { getEngine } from '../engine/engine-registry.ts';
import type { LeastPrivilege } from '../engine/least-privilege.ts';
import { errorMessage, InfrastructureError } from '../errors.ts';
import { openConnection } from '../engine/open-connection.ts';

/** The user name on servers the harness starts for itself (one throwaway database each). */
export const CONFINED_USER = 'rehearse_load';

/** The engine's least-privilege rules; an engine with a server and none would load dumps unconfined. */
export function leastPrivilegeOf(engine: EngineKind): LeastPrivilege {
  const rules = getEngine(engine).leastPrivilege;
  if (!rules) throw new InfrastructureError(`engine "${engine}" defines no least-privilege user: its snapshots cannot be loaded confined`);
  return rules;
}

/** A user name unique to one run and side, short enough for the engine (hashed when it would not fit). */
export function confinedUserName(engine: EngineKind, runId: string, role: string): string {
  const name = `rehearse_${runId}_${role}`.replace(/\W/g, '_');
  const max = leastPrivilegeOf(engine).maxUserLength;
  return name.length <= max ? name : `rehearse_${createHash('sha256').update(name).digest('hex').slice(0, max - 9)}`;
}

/**
 * Creates `user` owning only the database of `adminUrl` (whose user must be allowed to create users and
 * grant on that database) and returns the URL that connects as it. Its generated password goes to `secrets`.
 */
export async function createConfinedUser(adminUrl: string, user: string, secrets?: { add(value: string): void }): Promise<string> {
  const parts = parseDatabaseUrl(adminUrl);
  const rules = leastPrivilegeOf(parts.engine);
  // A second wall behind the name check: the user owns its database, which must never be the server's own.
  if (rules.systemDatabases.some((own) => own.toLowerCase() === parts.database.toLowerCase())) {
    throw new InfrastructureError(`refusing to give the confined user ${user} the server's own database ${parts.database}`);
  }
  const password = randomBytes(12).toString('hex');
  secrets?.add(password);
  const admin = await openConnection(adminUrl);
  try {
    const quote = (name: string) => admin.dialect.quoteIdentifier(name);
    for (const statement of rules.createUser({ user, password, database: parts.database }, quote)) await admin.execute(statement);
  } catch (cause) {
    throw new InfrastructureError(
      `could not create the confined user ${user} for database ${parts.database} as ${redactUrl(adminUrl)}: ${errorMessage(cause)}. ` +
        'That user needs the right to create users and grant them rights on its databases.',
      { cause },
    );
  } finally {
    await admin.close();
  }
  return buildDatabaseUrl({ ...parts, user, password });
}

/** Removes a confined user created by {@link createConfinedUser}, connected as the administrator. */
export async function dropConfinedUser(adminUrl: string, user: string): Promise<void> {
  const rules = leastPrivilegeOf(parseDatabaseUrl(adminUrl).engine);
  const admin = await openConnection(adminUrl);
  try {
    for (const statement of rules.dropUser(user, (name) => admin.dialect.quoteIdentifier(name))) await admin.execute(statement);
  } finally {
    await admin.close();
  }
}
