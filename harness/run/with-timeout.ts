/**
 * Runs work under a time limit and the run's abort signal, and against the databases' `exited`
 * promises: a killed container must end the run at once, not leave it waiting on a dead socket.
 */
import { RehearseError } from '../errors.ts';

export interface LimitOptions {
  readonly what: string;
  readonly timeoutMs: number;
  readonly signal: AbortSignal;
  readonly deaths?: readonly Promise<string>[];
}

export async function withLimits<T>(work: (signal: AbortSignal) => Promise<T>, options: LimitOptions): Promise<T> {
  const controller = new AbortController();
  const onAbort = () => controller.abort(options.signal.reason);
  options.signal.addEventListener('abort', onAbort, { once: true });
  let timer: NodeJS.Timeout | undefined;
  let interrupted: (() => void) | undefined;
  const stoppers: Promise<never>[] = [
    new Promise<never>((_, reject) => {
      timer = setTimeout(() => {
        const error = new RehearseError('timeout', `${options.what} did not finish within ${Math.round(options.timeoutMs / 1000)}s`);
        controller.abort(error);
        reject(error);
      }, options.timeoutMs);
    }),
    new Promise<never>((_, reject) => {
      interrupted = () => reject(new RehearseError('interrupted', `${options.what} was interrupted`));
      if (options.signal.aborted) interrupted();
      else options.signal.addEventListener('abort', interrupted, { once: true });
    }),
    ...(options.deaths ?? []).map((death) =>
      death.then((why) => {
        const error = new RehearseError('infrastructure', `${options.what} stopped because a database died: ${why}`);
        controller.abort(error);
        throw error;
      }),
    ),
  ];
  try {
    return await Promise.race([work(controller.signal), ...stoppers]);
  } finally {
    clearTimeout(timer);
    options.signal.removeEventListener('abort', onAbort);
    if (interrupted) options.signal.removeEventListener('abort', interrupted);
    // Let the losers of the race settle quietly.
    for (const stopper of stoppers) stopper.catch(() => undefined);
  }
}
