/**
 * Per-table results reach the reports: rowCounts and contents name each table with its source and target
 * rows, and contents its row-by-row tally. A migration that loses a row shows that table as differing
 * (with the row counted as only in source) in report.json and as a failing row in report.html; a sound
 * one shows every table ok.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../support/run-cli.ts';
import { makeTempDir } from '../support/temp-dir.ts';
import { writeAuditScenario } from './audit-scenario.ts';

async function rehearse(sabotage: boolean) {
  const dir = makeTempDir('rehearse-tables-');
  const { scenarioDir } = await writeAuditScenario(dir, { sabotage });
  const out = join(dir, 'out');
  const run = await runCli(['run', join(scenarioDir, 'scenario.ts'), '--out', out, '--quiet'], out);
  return { run, html: readFileSync(join(out, 'report.html'), 'utf8') };
}

describe('per-table results in the reports', () => {
  it('a lost row makes its table differ in both checks, in report.json and report.html', async () => {
    const { run, html } = await rehearse(true);
    expect(run.exitCode).toBe(1);
    const tables = Object.fromEntries(run.report!.checks.map((c) => [c.id, c.tables]));
    expect(tables.rowCounts).toEqual([{ table: 'item', sourceRows: 200, targetRows: 199, ok: false }]);
    expect(tables.contents).toEqual([{ table: 'item', sourceRows: 200, targetRows: 199, identical: 199, modified: 0, removed: 1, added: 0, explained: 0, ok: false }]);
    expect(html).toContain('<tr class="bad"><td>item</td><td class="num">200</td><td class="num">199</td><td class="num">199</td><td class="num">0</td><td class="num">1</td>');
  }, 300_000);

  it('a sound migration shows every table ok', async () => {
    const { run, html } = await rehearse(false);
    expect(run.exitCode).toBe(0);
    for (const check of run.report!.checks) expect(check.tables).toEqual([expect.objectContaining({ table: 'item', sourceRows: 200, targetRows: 200, ok: true })]);
    expect(html).not.toContain('<tr class="bad">');
    expect(html).toContain('<tr><td>item</td><td class="num">200</td><td class="num">200</td>');
  }, 300_000);
});
