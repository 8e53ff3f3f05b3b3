/**
 * Stopping a server process the way that releases what it holds: its graceful shutdown signal first
 * (PostgreSQL frees its shared memory and semaphores only when it shuts down itself), SIGKILL only when
 * it has not exited after a grace period.
 */

/** How long a server gets to shut down before SIGKILL. */
export const STOP_GRACE_MS = 10_000;

/** Whether a process exists (EPERM: it does, under another user). */
export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function signal(pid: number, name: NodeJS.Signals): void {
  try {
    process.kill(pid, name);
  } catch {
    // Exited meanwhile, or not ours to signal: nothing to stop.
  }
}

/** Blocks the thread: the sweep also runs in exit handlers, where nothing asynchronous completes. */
function sleepSync(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/**
 * Stops the processes `pids` (each with its own graceful signal), waiting for them all together, and
 * returns the pids that needed SIGKILL.
 */
export function stopServersSync(servers: readonly { pid: number; stopSignal: NodeJS.Signals }[], graceMs = STOP_GRACE_MS): number[] {
  const running = servers.filter((s) => isAlive(s.pid));
  for (const server of running) signal(server.pid, server.stopSignal);
  const deadline = Date.now() + graceMs;
  while (running.some((s) => isAlive(s.pid)) && Date.now() < deadline) sleepSync(100);
  const stubborn = running.filter((s) => isAlive(s.pid)).map((s) => s.pid);
  for (const pid of stubborn) signal(pid, 'SIGKILL');
  return stubborn;
}
