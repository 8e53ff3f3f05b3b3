/**
 * Checks' spill folders are run directories: a process killed with SIGKILL while its spill is open leaves
 * the folder, and the next run's start-up sweep (whatever its provider) or `rehearse clean` removes it,
 * while the folder of a process still alive is kept.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { execa, type ResultPromise } from 'execa';
import { afterAll, describe, expect, it } from 'vitest';
import { RUN_DIR_PREFIX } from '../../harness/run-directory/run-directory.ts';
import { ROOT, runCli } from '../support/run-cli.ts';
import { makeTempDir } from '../support/temp-dir.ts';

const holders: ResultPromise[] = [];

afterAll(async () => {
  for (const holder of holders) holder.kill('SIGKILL');
  await Promise.allSettled(holders);
  // The holders are dead: the sweep of `rehearse clean` removes their folders.
  await runCli(['clean']);
});

/** Starts a process holding a spill open; resolves once the spill holds rows (wrapped: the process is
 * itself a promise, which an async function would wait for). */
async function startHolder(label: string): Promise<{ holder: ResultPromise }> {
  const holder = execa('node', ['--import', 'tsx', join(ROOT, 'test/support/spill-holder.ts'), label], { cwd: ROOT, reject: false });
  holders.push(holder);
  await new Promise<void>((resolve, reject) => {
    holder.stdout?.on('data', (chunk: Buffer) => chunk.toString().includes('ready') && resolve());
    void holder.finally(() => reject(new Error(`spill holder ${label} ended before it was ready`)));
  });
  return { holder };
}

/** The spill folders whose owner record names `pid`. */
function spillDirsOf(pid: number): string[] {
  return readdirSync(tmpdir())
    .filter((name) => name.startsWith(`${RUN_DIR_PREFIX}spill-`))
    .filter((name) => {
      try {
        return (JSON.parse(readFileSync(join(tmpdir(), name, 'owner.json'), 'utf8')) as { pid?: number }).pid === pid;
      } catch {
        return false;
      }
    })
    .map((name) => join(tmpdir(), name));
}

async function killed(holder: ResultPromise): Promise<void> {
  holder.kill('SIGKILL');
  await holder;
}

/** A scenario on SQLite files only: a whole run in seconds, which sweeps run directories as it starts. */
function sqliteScenario(): string {
  const dir = makeTempDir('rehearse-spill-scenario-');
  writeFileSync(join(dir, 'scenario.ts'), `import { defineScenario, query } from 'rehearse';
export default defineScenario({
  name: 'spill-sweep',
  source: { engine: 'sqlite' },
  target: { engine: 'sqlite' },
  contents: false,
  steps: [],
  checks: [query('SELECT 1 AS one', { orderInsensitive: true })],
});
`);
  return join(dir, 'scenario.ts');
}

describe('spill folders after a crash', () => {
  it('are private, owned, and swept by the next run when their owner was SIGKILLed; a live owner keeps its own', { timeout: 300_000 }, async () => {
    const id = randomBytes(3).toString('hex');
    const { holder: dead } = await startHolder(`dead-${id}`);
    const { holder: live } = await startHolder(`live-${id}`);
    const [deadDir] = spillDirsOf(dead.pid!);
    const [liveDir] = spillDirsOf(live.pid!);
    expect(deadDir).toMatch(new RegExp(`spill-dead-${id}-`));
    expect(liveDir).toMatch(new RegExp(`spill-live-${id}-`));
    expect(readdirSync(deadDir!).sort()).toEqual(['owner.json', 'spill.db']);
    await killed(dead);
    // SIGKILL let nothing run: the folder is still there, until a sweep.
    expect(existsSync(deadDir!)).toBe(true);

    const out = makeTempDir('rehearse-spill-out-');
    const run = await runCli(['run', sqliteScenario(), '--out', out], out);
    expect(run.exitCode).toBe(0);
    expect(run.report?.verdict).toBe('GO');
    expect(existsSync(deadDir!)).toBe(false);
    expect(existsSync(join(liveDir!, 'spill.db'))).toBe(true);

    // `rehearse clean` sweeps the same way.
    const { holder: later } = await startHolder(`later-${id}`);
    const [laterDir] = spillDirsOf(later.pid!);
    await killed(later);
    const dry = await runCli(['clean', '--dry-run']);
    expect(dry.stdout).toContain(`would remove ${laterDir}`);
    expect(dry.stdout).not.toContain(liveDir);
    expect(existsSync(laterDir!)).toBe(true);
    const clean = await runCli(['clean']);
    expect(clean.exitCode).toBe(0);
    expect(clean.stdout).toContain(`removed ${laterDir}`);
    expect(existsSync(laterDir!)).toBe(false);
    expect(existsSync(join(liveDir!, 'spill.db'))).toBe(true);

    // Its owner gone, the live holder's folder goes with the next sweep too.
    await killed(live);
    expect((await runCli(['clean'])).stdout).toContain(`removed ${liveDir}`);
    expect(existsSync(liveDir!)).toBe(false);
  });
});
