/**
 * Provenance through the real CLI: a rehearsal records the hash of the snapshot, its member, the scenario
 * and every file the scenario references; `rehearse verify-report` recomputes them (exit 0), names each
 * file changed since (exit 1), and rejects what is not a report (exit 2, one line).
 */
import { appendFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../support/run-cli.ts';
import { makeTempDir } from '../support/temp-dir.ts';
import { writeAuditScenario } from './audit-scenario.ts';

describe('provenance and rehearse verify-report', () => {
  it('records every input hash, verifies them, and names each file changed since the run', async () => {
    const dir = makeTempDir('rehearse-verify-');
    const { scenarioDir } = await writeAuditScenario(dir);
    const out = join(dir, 'out');
    const run = await runCli(['run', join(scenarioDir, 'scenario.ts'), '--out', out, '--quiet'], out);
    expect(run.stderr).not.toMatch(/internal error/);
    expect(run.exitCode).toBe(0);
    const provenance = run.report!.provenance!;
    expect(provenance.scenario.files.map((f) => [f.path, f.role])).toEqual([
      ['scenario.ts', 'scenario'],
      ['target-schema.sql', 'target setup'],
      ['copy.sql', 'step copy'],
      ['note.mjs', 'step note'],
    ]);
    expect(provenance.snapshot?.members.map((m) => m.name)).toEqual(['dumps/01-items.sql']);
    expect(provenance.harness.gitCommit).toMatch(/^[0-9a-f]{40}$/);
    expect(provenance.servers.map((s) => s.role)).toEqual(['source', 'target']);
    expect(run.report!.cutover).toMatchObject({ rows: 200, productionRows: 200_000, productionRowsFrom: 'manifest', factor: 1000 });

    const clean = await runCli(['verify-report', out]);
    expect(clean.stdout).toBe('ok: 7 hash(es) verified, 0 mismatch(es)');
    expect(clean.exitCode).toBe(0);

    appendFileSync(join(scenarioDir, 'copy.sql'), '-- changed after the rehearsal\n');
    const tampered = await runCli(['verify-report', join(out, 'report.json')]);
    expect(tampered.exitCode).toBe(1);
    const lines = tampered.stdout.split('\n');
    expect(lines).toContainEqual(expect.stringMatching(/^MISMATCH step copy file copy\.sql: sha256 [0-9a-f]{64} differs from the report's [0-9a-f]{64}$/));
    expect(lines).toContainEqual(expect.stringMatching(/^MISMATCH scenario folder .*audit-scenario: sha256/));
    expect(lines.at(-1)).toBe('FAILED: 5 hash(es) verified, 2 mismatch(es)');
  });

  it('exits 2 with one line for a file that is not a report', async () => {
    const dir = makeTempDir('rehearse-verify-');
    writeFileSync(join(dir, 'report.json'), '{"schemaVersion": 7}');
    const run = await runCli(['verify-report', dir]);
    expect(run.exitCode).toBe(2);
    expect(run.stderr.trim()).toMatch(/^rehearse: report .*report\.json: schemaVersion must be 1 \(a rehearse report\.json\), got 7$/);
  });
});
