/**
 * A database is ready when a real connection succeeds and answers a query, not when a port opens or a
 * log line appears: MariaDB's and PostgreSQL's official images both start a temporary server during
 * initialisation, whose log lines and sockets would fool the cheaper signals.
 */
import type { Connection } from '../engine/engine.ts';
import { errorMessage, InfrastructureError } from '../errors.ts';

export interface ReadinessOptions {
  readonly timeoutMs: number;
  readonly what: string;
  readonly signal?: AbortSignal;
  /** Settles when the database died while we were waiting: no point retrying. */
  readonly exited?: Promise<string>;
}

export async function waitForConnection(connect: () => Promise<Connection>, options: ReadinessOptions): Promise<void> {
  const deadline = Date.now() + options.timeoutMs;
  let died: string | undefined;
  void options.exited?.then((why) => (died = why));
  let lastError: unknown;
  for (let attempt = 0; ; attempt++) {
    if (options.signal?.aborted) throw new InfrastructureError(`${options.what}: start interrupted`);
    if (died) throw new InfrastructureError(`${options.what} exited before it was ready: ${died}`);
    try {
      const connection = await connect();
      try {
        await connection.query('SELECT 1');
        return;
      } finally {
        await connection.close().catch(() => undefined);
      }
    } catch (error) {
      lastError = error;
    }
    if (Date.now() > deadline) {
      throw new InfrastructureError(
        `${options.what} was not ready after ${Math.round(options.timeoutMs / 1000)}s: ${errorMessage(lastError)}`,
        { cause: lastError },
      );
    }
    await new Promise((resolve) => setTimeout(resolve, Math.min(100 * 2 ** Math.min(attempt, 4), 1000)));
  }
}
