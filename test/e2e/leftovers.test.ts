/**
 * Nothing left behind: runs killed at random moments (Ctrl-C, and SIGKILL that lets nothing run), then
 * one sweeping `rehearse clean`, leave the machine as it was: no container of theirs, no volume, no
 * database server process, no shared memory segment, no temporary folder.
 *
 * Both providers that start servers: containers, and local processes.
 *
 * Other runs may share this machine, so what is counted is what these runs made: containers by the
 * io.rehearse.pid label of the killed processes, processes inside those containers, process-provider
 * directories whose owner record names them and the servers started there, temporary folders named
 * after their run ids, and volumes and shared memory segments that appeared meanwhile and belong to no
 * one (dangling, unattached).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execa } from 'execa';
import { getContainerRuntimeClient } from 'testcontainers';
import { describe, expect, it } from 'vitest';
import { LABEL_MANAGED, LABEL_PID, LABEL_RUN } from '../../harness/provider/labels.ts';
import { RUN_DIR_PREFIX } from '../../harness/run-directory/run-directory.ts';
import { alive, childrenOf, processesNaming } from '../support/processes.ts';
import { fixtureScenario, ROOT, runCli } from '../support/run-cli.ts';
import { makeTempDir } from '../support/temp-dir.ts';

const PROVIDERS = ['container', 'process'] as const;
type Provider = (typeof PROVIDERS)[number];

interface Machine {
  readonly danglingVolumes: Set<string>;
  readonly freeShmSegments: Set<string>;
  /** POSIX shared memory (PostgreSQL's dynamic segments live in /dev/shm). */
  readonly shmFiles: Set<string>;
}

async function dockerode() {
  return (await getContainerRuntimeClient()).container.dockerode;
}

/** What belongs to no one on the machine now: dangling volumes and unattached shared memory. */
async function machine(): Promise<Machine> {
  const volumes = await (await dockerode()).listVolumes({ filters: { dangling: ['true'] } });
  const shm = await execa('ipcs', ['-m'], { reject: false });
  const free = shm.stdout
    .split('\n')
    .map((line) => line.trim().split(/\s+/))
    .filter((cols) => /^\d+$/.test(cols[1] ?? '') && cols[5] === '0')
    .map((cols) => cols[1]!);
  return {
    danglingVolumes: new Set((volumes.Volumes ?? []).map((v) => v.Name)),
    freeShmSegments: new Set(free),
    shmFiles: new Set(readdirSync('/dev/shm')),
  };
}

/** The /dev/shm files among `names` that no process maps: a live server of another run maps its own. */
function unmapped(names: readonly string[]): string[] {
  if (names.length === 0) return [];
  const mapped = new Set<string>();
  for (const entry of readdirSync('/proc').filter((name) => /^\d+$/.test(name))) {
    try {
      const maps = readFileSync(`/proc/${entry}/maps`, 'utf8');
      for (const name of names) if (maps.includes(`/dev/shm/${name}`)) mapped.add(name);
    } catch {
      // ended while being read, or not ours to read
    }
  }
  return names.filter((name) => !mapped.has(name));
}

/** Containers labelled with one of `pids`, with their run ids. */
async function containersOf(pids: readonly number[]): Promise<Array<{ id: string; runId: string }>> {
  const list = await (await dockerode()).listContainers({ all: true, filters: { label: [`${LABEL_MANAGED}=true`] } });
  return list
    .filter((c) => pids.includes(Number(c.Labels?.[LABEL_PID])))
    .map((c) => ({ id: c.Id, runId: c.Labels?.[LABEL_RUN] ?? '' }));
}

/** Database server processes (mariadbd, postgres) running in one of the containers `ids`. */
function serverProcessesIn(ids: readonly string[]): number[] {
  const found: number[] = [];
  for (const entry of readdirSync('/proc').filter((name) => /^\d+$/.test(name))) {
    try {
      const name = readFileSync(`/proc/${entry}/comm`, 'utf8').trim();
      if (name !== 'mariadbd' && name !== 'postgres') continue;
      const cgroup = readFileSync(`/proc/${entry}/cgroup`, 'utf8');
      if (ids.some((id) => cgroup.includes(id))) found.push(Number(entry));
    } catch {
      // ended while being read
    }
  }
  return found;
}

function tempDirsOf(runIds: readonly string[]): string[] {
  return readdirSync(tmpdir()).filter((name) => name.startsWith('rehearse-') && runIds.some((id) => id && name.includes(id)));
}

/** A delay in [from, to) ms after the rehearsal starts, printed so that a failing moment can be replayed. */
function randomMoment(from: number, to: number): number {
  const ms = Math.round(from + Math.random() * (to - from));
  process.stderr.write(`leftovers: signal after ${ms} ms\n`);
  return ms;
}

/** Process-provider directories of `pid` (their owner record names it), with their server pids. */
function processDirsOf(pid: number): Array<{ dir: string; serverPid?: number }> {
  const found: Array<{ dir: string; serverPid?: number }> = [];
  for (const name of readdirSync(tmpdir()).filter((n) => n.startsWith(RUN_DIR_PREFIX))) {
    try {
      const owner = JSON.parse(readFileSync(join(tmpdir(), name, 'owner.json'), 'utf8')) as { pid?: number; serverPid?: number };
      if (owner.pid === pid) found.push({ dir: name, serverPid: owner.serverPid });
    } catch {
      // not ours, or not written yet
    }
  }
  return found;
}

interface KilledRun {
  readonly pid: number;
  /** Containers it started. */
  readonly ids: string[];
  readonly runIds: string[];
  /** Process-provider directories it made, and the servers started in them. */
  readonly dirs: string[];
  readonly serverPids: number[];
  /** Processes the servers started (PostgreSQL backends and workers). */
  readonly serverChildren: number[];
}

async function runKilledAfter(provider: Provider, signal: NodeJS.Signals, ms: number): Promise<KilledRun> {
  const outDir = makeTempDir('rehearse-leftover-out-');
  const child = execa('node', [join(ROOT, 'bin/rehearse.js'), 'run', fixtureScenario('chinook-slow'), '--provider', provider, '--out', outDir], {
    cwd: ROOT, reject: false, env: { CI: 'true' },
  });
  const pid = child.pid!;
  const seen: Array<{ id: string; runId: string }> = [];
  const dirs: Array<{ dir: string; serverPid?: number }> = [];
  const serverChildren: number[] = [];
  // Note what the run starts while it runs: after a Ctrl-C its own cleanup removes it all.
  const look = async () => {
    dirs.push(...processDirsOf(pid));
    serverChildren.push(...childrenOf(dirs.flatMap((d) => (d.serverPid ? [d.serverPid] : []))));
    seen.push(...(await containersOf([pid])));
  };
  const watcher = setInterval(() => void look().catch(() => undefined), 500);
  // Moments count from the start of the rehearsal, so that a loaded machine's slow start-up does not
  // push them all before it.
  await new Promise<void>((resolve) => {
    let seen = '';
    child.stderr?.on('data', (chunk: Buffer) => {
      seen += chunk.toString();
      if (seen.includes(` via ${provider}`)) resolve();
    });
    void child.finally(() => resolve());
  });
  await new Promise((resolve) => setTimeout(resolve, ms));
  await look().catch(() => undefined);
  child.kill(signal);
  const result = await child;
  clearInterval(watcher);
  await look();
  expect(result.exitCode ?? result.signal).toBe(signal === 'SIGKILL' ? 'SIGKILL' : 2);
  return {
    pid,
    ids: [...new Set(seen.map((c) => c.id))],
    runIds: [...new Set(seen.map((c) => c.runId))],
    dirs: [...new Set(dirs.map((d) => d.dir))],
    serverPids: [...new Set(dirs.flatMap((d) => (d.serverPid ? [d.serverPid] : [])))],
    serverChildren: [...new Set(serverChildren)],
  };
}

/** How long processes of a removed server may take to end by themselves. */
const SETTLE_MS = 10_000;

/** The processes among `pids` still running after up to `ms`. */
async function stillAliveAfter(pids: readonly number[], ms: number): Promise<number[]> {
  const until = Date.now() + ms;
  while (pids.some(alive) && Date.now() < until) await new Promise((resolve) => setTimeout(resolve, 250));
  return pids.filter(alive);
}


describe.each(PROVIDERS)('nothing left behind: --provider %s', (provider) => {
  it('runs killed at random moments (Ctrl-C, SIGKILL) and one `rehearse clean` leave the machine as it was', async () => {
    const before = await machine();
    const runs = [
      await runKilledAfter(provider, 'SIGINT', randomMoment(0, 30_000)),
      await runKilledAfter(provider, 'SIGKILL', randomMoment(0, 30_000)),
      await runKilledAfter(provider, 'SIGKILL', randomMoment(10_000, 40_000)),
    ];
    const clean = await runCli(['clean']);
    expect(clean.exitCode).toBe(0);

    const pids = runs.map((r) => r.pid);
    const ids = runs.flatMap((r) => r.ids);
    const runIds = runs.flatMap((r) => r.runIds);
    const dirs = runs.flatMap((r) => r.dirs);
    // At least one run had its databases up when killed, or the test would prove nothing.
    expect(ids.length + dirs.length).toBeGreaterThan(0);
    const after = await machine();
    expect(await containersOf(pids)).toEqual([]);
    expect(serverProcessesIn(ids)).toEqual([]);
    // A postmaster's backends notice its end by themselves, within seconds: only those still there after are left behind.
    expect(await stillAliveAfter(runs.flatMap((r) => [...r.serverPids, ...r.serverChildren]), SETTLE_MS)).toEqual([]);
    expect(processesNaming(dirs)).toEqual([]);
    expect(tempDirsOf(runIds)).toEqual([]);
    expect(readdirSync(tmpdir()).filter((name) => dirs.includes(name))).toEqual([]);
    expect([...after.danglingVolumes].filter((v) => !before.danglingVolumes.has(v))).toEqual([]);
    expect([...after.freeShmSegments].filter((s) => !before.freeShmSegments.has(s))).toEqual([]);
    const newShmFiles = [...after.shmFiles].filter((f) => !before.shmFiles.has(f) && /^PostgreSQL\./.test(f));
    expect(unmapped(newShmFiles)).toEqual([]);
  }, 900_000);
});
