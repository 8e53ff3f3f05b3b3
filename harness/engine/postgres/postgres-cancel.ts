/**
 * Stops the statement a PostgreSQL connection is running: `pg_cancel_backend(pid)` from a second,
 * short-lived connection (https://www.postgresql.org/docs/current/functions-admin.html), then the
 * caller closes the first one. Closing alone would leave the backend running the statement until it
 * next tries to write to the vanished client.
 */
import pg from 'pg';
import { createLogger } from '../../log.ts';

const log = createLogger('engine/postgres');

/** How long the cancel may take before the connection is closed anyway. */
const CANCEL_TIMEOUT_MS = 5000;

/** Cancels the running statement of backend `pid`, connecting with `connectionString`; never throws. */
export async function cancelBackend(connectionString: string, pid: number): Promise<void> {
  const canceller = new pg.Client({ connectionString, connectionTimeoutMillis: CANCEL_TIMEOUT_MS });
  canceller.on('error', (error) => log.debug(`cancel connection: ${error.message}`));
  let timer: NodeJS.Timeout | undefined;
  try {
    await Promise.race([
      (async () => {
        await canceller.connect();
        await canceller.query('SELECT pg_cancel_backend($1)', [pid]);
      })(),
      new Promise((_, reject) => {
        timer = setTimeout(() => reject(new Error(`pg_cancel_backend(${pid}) did not answer within ${CANCEL_TIMEOUT_MS}ms`)), CANCEL_TIMEOUT_MS);
      }),
    ]);
    log.debug(`cancelled the statement of backend ${pid}`);
  } catch (error) {
    log.debug(`pg_cancel_backend(${pid}): ${(error as Error).message}`);
  } finally {
    clearTimeout(timer);
    await Promise.race([canceller.end().catch(() => undefined), new Promise((resolve) => setTimeout(resolve, 1000).unref())]);
  }
}
