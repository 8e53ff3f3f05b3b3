/**
 * Stops the statement a MariaDB/MySQL connection is running. The blocked connection cannot send
 * anything while its statement runs, so a second, short-lived connection asks the server to kill it
 * (`KILL QUERY <thread id>`, https://mariadb.com/kb/en/kill/); only then is the first one destroyed,
 * otherwise the server would go on running the statement for a client that has gone.
 */
import mysql from 'mysql2';
import type { ConnectionOptions } from 'mysql2';
import { createLogger } from '../../log.ts';

const log = createLogger('engine/mariadb');

/** How long the kill may take before the connection is destroyed anyway. */
const KILL_TIMEOUT_MS = 5000;

/** Kills the running statement of `threadId` from a second connection with `options`; never throws. */
export async function killRunningQuery(options: ConnectionOptions, threadId: number): Promise<void> {
  const killer = mysql.createConnection({ ...options, connectTimeout: KILL_TIMEOUT_MS });
  killer.on('error', (error: Error) => log.debug(`kill connection: ${error.message}`));
  let timer: NodeJS.Timeout | undefined;
  try {
    await Promise.race([
      killer.promise().query(`KILL QUERY ${Number(threadId)}`),
      new Promise((_, reject) => {
        timer = setTimeout(() => reject(new Error(`KILL QUERY ${threadId} did not answer within ${KILL_TIMEOUT_MS}ms`)), KILL_TIMEOUT_MS);
      }),
    ]);
    log.debug(`killed the statement of thread ${threadId}`);
  } catch (error) {
    // Already finished, server gone: the caller destroys the connection either way.
    log.debug(`KILL QUERY ${threadId}: ${(error as Error).message}`);
  } finally {
    clearTimeout(timer);
    killer.destroy();
  }
}
