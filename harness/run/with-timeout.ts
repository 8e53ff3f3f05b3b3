/**
 * Runs work under a time limit and the run's abort signal, and against the databases' `exited`
 * promises: a killed container must end the run at once, not leave it waiting on a dead socket.
 *
 * A limit that only stopped waiting would leave the work running: a statement on the server that
 * cleanup then waits for, a child process, a task loop. So when a limit is reached the work's own
 * signal is aborted, `cancel` stops what runs on the databases (statements killed on the server,
 * connections closed), and the work gets a short grace to wind down before it is abandoned.
 */
import { RehearseError } from '../errors.ts';
import { createLogger } from '../log.ts';

const log = createLogger('run');

/** How long stopped work may take to settle after its signal and the cancel, before it is abandoned. */
export const ABANDON_GRACE_MS = 2000;

export interface LimitOptions {
  readonly what: string;
  readonly timeoutMs: number;
  readonly signal: AbortSignal;
  readonly deaths?: readonly Promise<string>[];
  /** Stops what the work runs on the databases; called once when a limit ends the work. */
  readonly cancel?: () => Promise<void>;
  /** @default {@link ABANDON_GRACE_MS} */
  readonly graceMs?: number;
}

export async function withLimits<T>(work: (signal: AbortSignal) => Promise<T>, options: LimitOptions): Promise<T> {
  const controller = new AbortController();
  const listeners: Array<() => void> = [];
  let timer: NodeJS.Timeout | undefined;
  const stopped = new Promise<RehearseError>((resolve) => {
    const stop = (error: RehearseError) => {
      if (!controller.signal.aborted) controller.abort(error);
      resolve(error);
    };
    timer = setTimeout(
      () => stop(new RehearseError('timeout', `${options.what} did not finish within ${Math.round(options.timeoutMs / 1000)}s (time limit)`)),
      options.timeoutMs,
    );
    const interrupted = () => stop(new RehearseError('interrupted', `${options.what} was interrupted`));
    if (options.signal.aborted) interrupted();
    else {
      options.signal.addEventListener('abort', interrupted, { once: true });
      listeners.push(() => options.signal.removeEventListener('abort', interrupted));
    }
    for (const death of options.deaths ?? []) {
      death.then(
        (why) => stop(new RehearseError('infrastructure', `${options.what} stopped because a database died: ${why}`)),
        () => undefined,
      );
    }
  });

  const running = Promise.resolve().then(() => work(controller.signal));
  const settled = running.then(
    () => undefined,
    () => undefined,
  );
  try {
    const first = await Promise.race([running.then((value) => ({ done: true as const, value })), stopped.then((error) => ({ done: false as const, error }))]);
    if (first.done) return first.value;
    log.debug(`${options.what}: ${first.error.message}; stopping what runs`);
    await options.cancel?.().catch((error: unknown) => log.debug(`cancel: ${String(error)}`));
    const grace = options.graceMs ?? ABANDON_GRACE_MS;
    const gone = await Promise.race([settled.then(() => true), delay(grace).then(() => false)]);
    if (!gone) log.debug(`${options.what}: still running ${grace}ms after being stopped; abandoned`);
    throw first.error;
  } finally {
    clearTimeout(timer);
    for (const remove of listeners) remove();
  }
}

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms).unref());
}
