/** What runs on this machine, read from /proc: for tests that prove a run left no process behind. */
import { readdirSync, readFileSync } from 'node:fs';

/** True while process `pid` exists (EPERM: it exists but belongs to another user). */
export function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** The pids of the processes for which `read(pid)` returns true (processes that end meanwhile are skipped). */
function processesWhere(read: (pid: string) => boolean): number[] {
  const found: number[] = [];
  for (const entry of readdirSync('/proc').filter((name) => /^\d+$/.test(name))) {
    try {
      if (read(entry)) found.push(Number(entry));
    } catch {
      // ended while being read
    }
  }
  return found;
}

/** Processes whose command line names one of `texts` (a database server names its data directory). */
export function processesNaming(texts: readonly string[]): number[] {
  return processesWhere((pid) => {
    const commandLine = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
    return texts.some((text) => commandLine.includes(text));
  });
}

/** Processes whose parent is one of `parents` (a postmaster's backends, which do not name its directory). */
export function childrenOf(parents: readonly number[]): number[] {
  return processesWhere((pid) => {
    // The parent pid is the 4th field, after the parenthesised command name.
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return parents.includes(Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]));
  });
}
