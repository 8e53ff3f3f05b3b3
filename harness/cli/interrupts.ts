/**
 * Ctrl-C and crashes, so that every interruption exits 2 and leaves nothing running.
 *
 * The handlers are installed before the scenario loads. Until the rehearsal starts nothing of ours
 * runs, so Ctrl-C exits 2 at once. Once it runs, the first SIGINT/SIGTERM aborts it: it stops what runs,
 * removes its databases and writes an ERROR report, then the CLI exits. A second one (or a cleanup that
 * does not finish within {@link FORCED_EXIT_MS}) exits at once after a last sweep of what this process
 * started.
 */
import { sweepContainers } from '../provider/container/sweep.ts';
import { sweepRunDirectories } from '../run-directory/sweep-run-directories.ts';

/** Exit code of an interrupted run, as of every ERROR. */
const EXIT_INTERRUPTED = 2;

/** How long an interrupted rehearsal may take to clean up and report before the CLI exits anyway. */
const FORCED_EXIT_MS = 60_000;

/** How long the last sweep may take: a hung container engine must not keep the process alive. */
const LAST_SWEEP_MS = 10_000;

const HANDLED_SIGNALS = ['SIGINT', 'SIGTERM'] as const;

/** Set once these handlers run; bin/rehearse.js's early handlers check it. */
const INTERRUPTS_INSTALLED = Symbol.for('rehearse.interrupts-installed');

export interface Interrupts {
  /** Aborted by the first Ctrl-C once the rehearsal runs. */
  readonly signal: AbortSignal;
  /** From now on Ctrl-C stops the rehearsal (which reports) rather than exiting at once. */
  rehearsalStarted(): void;
  /** Removes what this process may still have running (bounded), then exits with `code`. */
  exit(code: number): Promise<never>;
}

export function installInterruptHandlers(write: (text: string) => void): Interrupts {
  const controller = new AbortController();
  let running = false;
  let count = 0;
  const exit = async (code: number): Promise<never> => {
    await lastSweep();
    process.exit(code);
  };
  const onSignal = (signal: NodeJS.Signals) => {
    count++;
    if (!running) {
      write(`\n${signal}: interrupted before any database started\n`);
      process.exit(EXIT_INTERRUPTED);
    }
    if (count === 1) {
      write(`\n${signal}: stopping the rehearsal and removing its databases (press Ctrl-C again to force)\n`);
      controller.abort(new Error(`interrupted by ${signal}`));
      setTimeout(() => void exit(EXIT_INTERRUPTED), FORCED_EXIT_MS).unref();
      return;
    }
    void exit(EXIT_INTERRUPTED);
  };
  // The entry script's early handlers cover module loading only; the flag makes them stand aside. They
  // are not removed: removing a signal's last listener stops Node's signal watcher, and a signal that
  // had arrived but was not yet dispatched would be lost (the run would then go on to the end).
  (globalThis as Record<symbol, unknown>)[INTERRUPTS_INSTALLED] = true;
  for (const signal of HANDLED_SIGNALS) process.on(signal, onSignal);
  process.on('uncaughtException', (error) => {
    write(`internal error: ${error.stack ?? error.message}\n`);
    void exit(EXIT_INTERRUPTED);
  });
  return {
    signal: controller.signal,
    rehearsalStarted: () => {
      running = true;
    },
    exit,
  };
}

/** Removes what this very process started, when normal cleanup cannot run or may have missed it. */
async function lastSweep(): Promise<void> {
  await Promise.race([
    sweepContainers({ onlyPid: process.pid }).catch(() => undefined),
    new Promise((resolve) => setTimeout(resolve, LAST_SWEEP_MS).unref()),
  ]);
  try {
    sweepRunDirectories({ onlyPid: process.pid });
  } catch {
    // Best effort: the next run's or `rehearse clean`'s sweep removes what is left.
  }
}
