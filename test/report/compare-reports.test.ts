/**
 * `rehearse compare`: what changed between two rehearsals, and exit 1 exactly when the second is worse.
 * The comparison itself on the fixtures, then the CLI on report files (exit 0, 1 and 2).
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compareReports } from '../../harness/report/audit/compare-reports.ts';
import { renderComparison } from '../../harness/report/audit/render-comparison.ts';
import { renderJsonReport } from '../../harness/report/json-reporter.ts';
import { runCli } from '../support/run-cli.ts';
import { makeTempDir } from '../support/temp-dir.ts';
import { ERROR, GO, NO_GO } from './fixtures.ts';

describe('compareReports', () => {
  it('GO then NO-GO is worse: the verdict, each check that went from passed to failed, and the new findings', () => {
    const comparison = compareReports(GO, NO_GO);
    expect(comparison.worse).toEqual([
      'verdict went from GO to NO-GO',
      'check "rowCounts" went from passed to failed',
      'check "prices" went from absent to failed',
      'check "tags" went from absent to failed',
      'check "prices" has 2 new finding(s)',
      'check "tags" has 1 new finding(s)',
    ]);
    const rowCounts = comparison.checks.find((c) => c.id === 'rowCounts')!;
    expect(rowCounts.counts).toEqual(['Track target rows: 3503 → 3502']);
  });

  it('NO-GO then GO is not worse, and says which findings are gone', () => {
    const comparison = compareReports(NO_GO, GO);
    expect(comparison.worse).toEqual([]);
    expect(comparison.checks.find((c) => c.id === 'prices')?.goneFindings).toEqual(['row TrackId=42 changed (UnitPrice)', 'row TrackId=77 only in source']);
  });

  it('the same rehearsal twice is not worse, whatever its timings', () => {
    const slower = { ...GO, steps: GO.steps.map((s) => ({ ...s, durationMs: s.durationMs * 3 })) };
    const comparison = compareReports(GO, slower);
    expect(comparison.worse).toEqual([]);
    expect(renderComparison(comparison, 'text')).toContain('  import: 1 min 30 s → 4 min 32 s (+200%)');
  });

  it('renders Markdown with the headline first and escaped cells', () => {
    const md = renderComparison(compareReports(GO, ERROR), 'markdown');
    expect(md.split('\n')[0]).toBe('## ❌ Worse: pod-v3-to-v4');
    expect(md).toContain('- verdict went from GO to ERROR');
    expect(md).toContain('| import | 1 min 30 s | 2.5 s | -97% |');
  });
});

describe('rehearse compare', () => {
  it('exits 1 when the second report is worse, 0 when not, 2 on a file that is not a report', async () => {
    const dir = makeTempDir('rehearse-compare-');
    const write = (name: string, text: string) => {
      writeFileSync(join(dir, name), text);
      return join(dir, name);
    };
    const go = write('go.json', renderJsonReport(GO));
    const noGo = write('no-go.json', renderJsonReport(NO_GO));
    const worse = await runCli(['compare', go, noGo]);
    expect(worse.exitCode).toBe(1);
    expect(worse.stdout.split('\n')[0]).toMatch(/^WORSE: verdict went from GO to NO-GO; check "rowCounts" went from passed to failed/);
    const better = await runCli(['compare', noGo, go, '--format', 'markdown']);
    expect(better.exitCode).toBe(0);
    expect(better.stdout.split('\n')[0]).toBe('## ✅ Not worse: pod-v3-to-v4');
    const bad = await runCli(['compare', go, write('broken.json', '{"schemaVersion": 1, "verdict": "MAYBE"}')]);
    expect(bad.exitCode).toBe(2);
    expect(bad.stderr.trim()).toMatch(/^rehearse: report .*broken\.json: verdict must be one of GO, NO-GO, ERROR$/);
  }, 120_000);
});
