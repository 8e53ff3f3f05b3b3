/**
 * The CLI ends when the verdict is out: work abandoned at its time limit (a task that ignores its
 * signal and keeps a timer pending for two minutes) does not keep the process alive.
 */
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixtureScenario, runCli } from '../support/run-cli.ts';
import { makeTempDir } from '../support/temp-dir.ts';

/** Far below the task's two minutes, far above a last sweep on a loaded machine. */
const GENEROUS_BOUND_MS = 30_000;

describe('the CLI exits once its reports are written', () => {
  it('a task ignoring its signal: ERROR naming the limit, exit 2 soon after the report', async () => {
    const dir = makeTempDir('rehearse-stubborn-');
    const run = await runCli(['run', fixtureScenario('stubborn-task'), '--out', dir], dir);
    const ended = Date.now();
    expect(run.exitCode).toBe(2);
    expect(run.report?.verdict).toBe('ERROR');
    expect(run.report?.steps[0]?.error).toMatch(/step "stubborn" did not finish within 2s \(time limit\)/);
    // The exit follows the last report file; it does not wait out the task.
    expect(ended - statSync(join(dir, 'junit.xml')).mtimeMs).toBeLessThan(GENEROUS_BOUND_MS);
  }, 180_000);
});
