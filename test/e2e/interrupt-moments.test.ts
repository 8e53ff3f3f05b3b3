/**
 * Ctrl-C at any moment exits 2 and leaves no container: while the program loads, while the scenario
 * loads, as the databases start, while the snapshot loads. Once the rehearsal runs, an ERROR report is
 * written; before, nothing is.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { execa } from 'execa';
import { getContainerRuntimeClient } from 'testcontainers';
import { describe, expect, it } from 'vitest';
import { LABEL_MANAGED, LABEL_PID } from '../../harness/provider/labels.ts';
import { fixtureScenario, ROOT } from '../support/run-cli.ts';
import { makeTempDir } from '../support/temp-dir.ts';

async function containersOfPid(pid: number): Promise<string[]> {
  const client = await getContainerRuntimeClient();
  const list = await client.container.dockerode.listContainers({ all: true, filters: { label: [`${LABEL_MANAGED}=true`, `${LABEL_PID}=${pid}`] } });
  return list.map((c) => c.Id);
}

/** Moments while the program loads its own modules: a signal then meets the entry script's handlers,
 * or arrives as the command's own handlers take over (a signal once got lost right there). None comes
 * earlier than Node's own start-up on a busy machine, when a signal is Node's to handle, not ours. */
const LOADING_MOMENTS_MS = [600, 900, 1200, 1500, 1800];

/** Starts a run, sends SIGINT when `marker` appears on stderr (or after `marker` ms), and waits for the exit. */
async function interruptAt(scenario: string, marker: string | number) {
  const outDir = makeTempDir('rehearse-moment-');
  const child = execa('node', [join(ROOT, 'bin/rehearse.js'), 'run', fixtureScenario(scenario), '--out', outDir], {
    cwd: ROOT, reject: false, env: { CI: 'true' },
  });
  let seen = '';
  await new Promise<void>((resolve, reject) => {
    if (typeof marker === 'number') return void setTimeout(resolve, marker);
    const timer = setTimeout(() => reject(new Error(`"${marker}" never appeared:\n${seen}`)), 240_000);
    child.stderr?.on('data', (chunk: Buffer) => {
      seen += chunk.toString();
      if (seen.includes(marker)) {
        clearTimeout(timer);
        resolve();
      }
    });
  });
  child.kill('SIGINT');
  const result = await child;
  return { result, pid: child.pid!, reportWritten: existsSync(join(outDir, 'report.json')) };
}

describe('Ctrl-C at any moment exits 2 and leaves nothing', () => {
  it('while the program itself loads', { timeout: 600_000 }, async () => {
    // Whatever the moment, exit 2 and no container; a lost signal would let the run go on to its end.
    for (const ms of LOADING_MOMENTS_MS) {
      const { result, pid } = await interruptAt('chinook-slow', ms);
      expect({ ms, exitCode: result.exitCode }).toEqual({ ms, exitCode: 2 });
      expect(await containersOfPid(pid)).toEqual([]);
    }
  });

  it('while the scenario loads', async () => {
    const { result, reportWritten } = await interruptAt('slow-loading', 'scenario module loading');
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toMatch(/SIGINT: interrupted before any database started/);
    expect(reportWritten).toBe(false);
  }, 120_000);

  // The rehearsal runs from here on: it stops, removes what it started and writes an ERROR report.
  for (const [moment, marker] of [
    ['as the databases start', ' via container'],
    ['while the snapshot loads', '✔ start databases'],
  ] as const) {
    it(moment, async () => {
      const { result, pid, reportWritten } = await interruptAt('chinook-slow', marker);
      expect(result.exitCode).toBe(2);
      expect(reportWritten).toBe(true);
      expect(await containersOfPid(pid)).toEqual([]);
    }, 300_000);
  }
});
