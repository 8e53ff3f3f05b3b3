/**
 * Ctrl-C ends a rehearsal in ERROR with its databases removed; after a crash (SIGKILL, nothing can run),
 * `rehearse clean` removes what the dead run left.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { execa } from 'execa';
import { getContainerRuntimeClient } from 'testcontainers';
import { describe, expect, it } from 'vitest';
import { LABEL_MANAGED, LABEL_PID } from '../../harness/provider/labels.ts';
import { fixtureScenario, ROOT, runCli } from '../support/run-cli.ts';
import { makeTempDir } from '../support/temp-dir.ts';

async function containersOfPid(pid: number): Promise<string[]> {
  const client = await getContainerRuntimeClient();
  const list = await client.container.dockerode.listContainers({ all: true, filters: { label: [`${LABEL_MANAGED}=true`, `${LABEL_PID}=${pid}`] } });
  return list.map((c) => c.Id);
}

function startRun(outDir: string) {
  return execa('node', [join(ROOT, 'bin/rehearse.js'), 'run', fixtureScenario('chinook-slow'), '--out', outDir], { cwd: ROOT, reject: false, env: { CI: 'true' } });
}

async function waitForStep(child: ReturnType<typeof startRun>): Promise<void> {
  await new Promise<void>((resolve, reject) => {
    let seen = '';
    const timer = setTimeout(() => reject(new Error(`the run never reached its step:\n${seen}`)), 120_000);
    child.stderr?.on('data', (chunk: Buffer) => {
      seen += chunk.toString();
      if (seen.includes('✔ prepare target')) {
        clearTimeout(timer);
        resolve();
      }
    });
  });
}

describe('interrupts and crashes', () => {
  it('Ctrl-C (SIGINT) mid-step ends in ERROR, exit 2, report written, no container left', async () => {
    const dir = makeTempDir('rehearse-int-');
    const child = startRun(dir);
    await waitForStep(child);
    expect((await containersOfPid(child.pid!)).length).toBe(2);
    child.kill('SIGINT');
    const result = await child;
    expect(result.exitCode).toBe(2);
    expect(await containersOfPid(child.pid!)).toEqual([]);
    const report = JSON.parse(readFileSync(join(dir, 'report.json'), 'utf8'));
    expect(report.verdict).toBe('ERROR');
    expect(report.steps[0].error).toMatch(/interrupted/);
  });

  it('after a crash (SIGKILL) the containers remain until `rehearse clean` removes them', async () => {
    const dir = makeTempDir('rehearse-int-');
    const child = startRun(dir);
    await waitForStep(child);
    child.kill('SIGKILL');
    await child;
    expect(existsSync(join(dir, 'report.json'))).toBe(false);
    expect((await containersOfPid(child.pid!)).length).toBe(2);
    const clean = await runCli(['clean']);
    expect(clean.exitCode).toBe(0);
    expect(clean.stdout).toMatch(/removed container/);
    expect(await containersOfPid(child.pid!)).toEqual([]);
  });
});
