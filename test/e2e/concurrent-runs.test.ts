/**
 * Whole rehearsals at once on one machine, through the CLI as users on a shared machine start them: four
 * `rehearse run --provider process` of the bundled Chinook scenario (local mariadbd and postgres, a real
 * snapshot) started at the same moment, each with its own --out, all end GO with exit 0; afterwards no
 * server process, run directory or temporary folder of theirs is left. The same with two runs through
 * the container provider, and no container of theirs left.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execa } from 'execa';
import { describe, expect, it } from 'vitest';
import type { RehearsalResult } from '../../harness/run/rehearsal-result.ts';
import { RUN_DIR_PREFIX, PENDING_DIR_PREFIX } from '../../harness/run-directory/run-directory.ts';
import { containersOfRun } from '../support/containers.ts';
import { alive, processesNaming } from '../support/processes.ts';
import { ROOT } from '../support/run-cli.ts';
import { makeTempDir } from '../support/temp-dir.ts';

interface RunDirectorySeen {
  readonly name: string;
  readonly serverPid?: number;
}

/** The run directories (and servers) whose owner record names one of `pids`. */
function runDirectoriesOf(pids: readonly number[]): RunDirectorySeen[] {
  const found: RunDirectorySeen[] = [];
  for (const name of readdirSync(tmpdir()).filter((n) => n.startsWith(RUN_DIR_PREFIX) || n.startsWith(PENDING_DIR_PREFIX))) {
    try {
      const owner = JSON.parse(readFileSync(join(tmpdir(), name, 'owner.json'), 'utf8')) as { pid?: number; serverPid?: number };
      if (owner.pid !== undefined && pids.includes(owner.pid)) found.push({ name, serverPid: owner.serverPid });
    } catch {
      // not written yet, already removed, or another user's
    }
  }
  return found;
}

/** Starts `count` runs at the same moment and watches the run directories they make until all have ended. */
async function runAtOnce(count: number, provider: 'process' | 'container') {
  const outs = Array.from({ length: count }, () => makeTempDir(`rehearse-concurrent-${provider}-`));
  const children = outs.map((out) =>
    execa('node', [join(ROOT, 'bin/rehearse.js'), 'run', 'chinook-mariadb-to-postgres', '--provider', provider, '--out', out], {
      cwd: ROOT, reject: false, env: { CI: 'true' },
    }),
  );
  const pids = children.map((child) => child.pid!);
  const seen = new Map<string, RunDirectorySeen>();
  const look = () => {
    for (const dir of runDirectoriesOf(pids)) seen.set(dir.name, { ...seen.get(dir.name), ...dir });
  };
  const watcher = setInterval(look, 300);
  const results = await Promise.all(children);
  clearInterval(watcher);
  const reports = outs.map((out) => JSON.parse(readFileSync(join(out, 'report.json'), 'utf8')) as RehearsalResult);
  return { results, reports, pids, seen: [...seen.values()] };
}

/** The processes among `pids` still running after up to `ms` (a postmaster's helpers end by themselves). */
async function stillAliveAfter(pids: readonly number[], ms: number): Promise<number[]> {
  const until = Date.now() + ms;
  while (pids.some(alive) && Date.now() < until) await new Promise((resolve) => setTimeout(resolve, 250));
  return pids.filter(alive);
}

function tempFoldersOf(runIds: readonly string[]): string[] {
  return readdirSync(tmpdir()).filter((name) => runIds.some((id) => name.includes(id)));
}

describe('whole rehearsals at once through the CLI', () => {
  it('four runs through the process provider all give GO and leave no process, run directory or temp folder', { timeout: 1_500_000 }, async () => {
    const { results, reports, pids, seen } = await runAtOnce(4, 'process');
    // A failed run shows its output in the difference.
    expect(results.map((r) => (r.exitCode === 0 ? 0 : r.stderr))).toEqual([0, 0, 0, 0]);
    expect(reports.map((r) => r.verdict)).toEqual(['GO', 'GO', 'GO', 'GO']);
    expect(reports.map((r) => r.databases.source?.provider)).toEqual(Array(4).fill('process'));
    // Each run had its own databases: four distinct runs, and both servers of each were seen.
    expect(new Set(reports.map((r) => r.runId)).size).toBe(4);
    const servers = seen.flatMap((dir) => (dir.serverPid ? [dir.serverPid] : []));
    expect(new Set(servers).size).toBe(8);

    expect(pids.filter(alive)).toEqual([]);
    expect(await stillAliveAfter(servers, 10_000)).toEqual([]);
    expect(processesNaming(seen.map((dir) => dir.name))).toEqual([]);
    expect(runDirectoriesOf(pids)).toEqual([]);
    expect(readdirSync(tmpdir()).filter((name) => seen.some((dir) => dir.name === name))).toEqual([]);
    expect(tempFoldersOf(reports.map((r) => r.runId))).toEqual([]);
  });

  it('two runs through the container provider both give GO and leave no container or temp folder', { timeout: 1_200_000 }, async () => {
    const { results, reports, pids, seen } = await runAtOnce(2, 'container');
    expect(results.map((r) => (r.exitCode === 0 ? 0 : r.stderr))).toEqual([0, 0]);
    expect(reports.map((r) => r.verdict)).toEqual(['GO', 'GO']);
    expect(reports.map((r) => r.databases.source?.provider)).toEqual(['container', 'container']);
    for (const report of reports) expect(await containersOfRun(report.runId)).toEqual([]);
    expect(pids.filter(alive)).toEqual([]);
    expect(runDirectoriesOf(pids)).toEqual([]);
    expect(readdirSync(tmpdir()).filter((name) => seen.some((dir) => dir.name === name))).toEqual([]);
    expect(tempFoldersOf(reports.map((r) => r.runId))).toEqual([]);
  });
});
