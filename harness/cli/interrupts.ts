/**
 * Ctrl-C and crashes: the first SIGINT/SIGTERM aborts the rehearsal, which then stops its databases and
 * writes an ERROR report; a second one exits at once after a last sweep of this process's containers.
 */
import { sweepContainers } from '../provider/container/sweep.ts';
import { sweepProcesses } from '../provider/process/sweep-processes.ts';

export function installInterruptHandlers(controller: AbortController, write: (text: string) => void): void {
  let count = 0;
  const onSignal = (signal: NodeJS.Signals) => {
    count++;
    if (count === 1) {
      write(`\n${signal}: stopping the rehearsal and removing its databases (press Ctrl-C again to force)\n`);
      controller.abort(new Error(`interrupted by ${signal}`));
      return;
    }
    void lastSweep().finally(() => process.exit(2));
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  process.on('uncaughtException', (error) => {
    write(`internal error: ${error.stack ?? error.message}\n`);
    void lastSweep().finally(() => process.exit(2));
  });
}

/** Removes what this very process started, used when normal cleanup cannot run. */
async function lastSweep(): Promise<void> {
  await Promise.race([
    sweepContainers({ onlyPid: process.pid }).catch(() => undefined),
    new Promise((resolve) => setTimeout(resolve, 10_000).unref()),
  ]);
  sweepProcesses({ onlyPid: process.pid });
}
