/**
 * The rehearsal names its phases from the same list the verdict reads: a failed migration step gives
 * one reason for the step, one for the steps after it, and the skipped checks; the phase that ran the
 * steps adds none of its own.
 */
import { existsSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../support/run-cli.ts';
import { removeScenarioDirs, sqliteScenario } from './scenario-files.ts';

afterAll(removeScenarioDirs);

describe('the verdict of a failed step', () => {
  it('is ERROR with the step, the steps not run and the skipped checks as its only reasons', async () => {
    const dir = sqliteScenario(`steps: [
      sql({ id: 'schema', on: 'target', text: 'CREATE TABLE t (id INTEGER PRIMARY KEY)' }),
      sql({ id: 'broken', on: 'target', text: 'INSERT INTO no_such_table VALUES (1)' }),
      sql({ id: 'after', on: 'target', text: 'SELECT 1' }),
    ]`);
    const out = join(dir, 'out');
    const run = await runCli(['run', dir, '--out', out], out);
    expect(run.exitCode).toBe(2);
    const report = run.report!;
    expect(report.verdict).toBe('ERROR');
    expect(report.steps.map((s) => s.status)).toEqual(['passed', 'failed', 'not-run']);
    expect(report.phases.find((p) => p.name === 'migration steps')?.status).toBe('failed');
    expect(report.reasons).toHaveLength(4);
    expect(report.reasons[0]).toMatch(/^step "broken" failed: .*no_such_table/);
    expect(report.reasons.slice(1)).toEqual([
      '1 step(s) did not run',
      'check "rowCounts" was skipped: not run: a migration step failed',
      'check "contents" was skipped: not run: a migration step failed',
    ]);
    expect(report.reasons.some((r) => r.startsWith('phase '))).toBe(false);
    // The SQLite files of the run are gone with it.
    expect(readdirSync(tmpdir()).filter((name) => name.includes(report.runId))).toEqual([]);
    expect(existsSync(join(out, 'report.md'))).toBe(true);
  });
});
