/**
 * A {@link ReportComparison} as plain text (terminals, CI logs) or Markdown (pull-request comments, job
 * summaries): worse-or-not first, then the verdicts, the checks that changed, the step timings.
 */
import { formatDuration } from '../render/format-duration.ts';
import { code, table } from '../render/markdown.ts';
import type { ReportComparison, StepTiming } from './compare-reports.ts';

export const COMPARISON_FORMATS = ['text', 'markdown'] as const;
export type ComparisonFormat = (typeof COMPARISON_FORMATS)[number];

const FINDINGS_SHOWN = 10;

function timing(step: StepTiming): string[] {
  const before = step.beforeMs === undefined ? '–' : formatDuration(step.beforeMs);
  const after = step.afterMs === undefined ? '–' : formatDuration(step.afterMs);
  const change = step.beforeMs && step.afterMs !== undefined ? `${step.afterMs >= step.beforeMs ? '+' : ''}${Math.round(((step.afterMs - step.beforeMs) / step.beforeMs) * 100)}%` : '';
  return [step.id, before, after, change];
}

function changed(c: ReportComparison['checks'][number]): boolean {
  return c.before !== c.after || c.counts.length > 0 || c.newFindings.length > 0 || c.goneFindings.length > 0;
}

export function renderComparison(comparison: ReportComparison, format: ComparisonFormat): string {
  return format === 'markdown' ? markdown(comparison) : text(comparison);
}

function headline(c: ReportComparison): string {
  return c.worse.length > 0 ? `WORSE: ${c.worse.join('; ')}` : 'not worse';
}

function text(c: ReportComparison): string {
  const lines = [headline(c), `verdict: ${c.verdict.before} → ${c.verdict.after} (runs ${c.runs.before} → ${c.runs.after})`];
  if (c.scenario.before !== c.scenario.after) lines.push(`scenarios differ: ${c.scenario.before} → ${c.scenario.after}`);
  const checks = c.checks.filter(changed);
  lines.push(checks.length === 0 ? 'checks: no change' : 'checks:');
  for (const check of checks) {
    lines.push(`  ${check.id}: ${check.before ?? 'absent'} → ${check.after ?? 'absent'}`);
    for (const count of check.counts) lines.push(`    ${count}`);
    for (const finding of check.newFindings.slice(0, FINDINGS_SHOWN)) lines.push(`    + ${finding}`);
    for (const finding of check.goneFindings.slice(0, FINDINGS_SHOWN)) lines.push(`    - ${finding}`);
  }
  lines.push('step timings:');
  for (const [id, before, after, change] of c.steps.map(timing)) lines.push(`  ${id}: ${before} → ${after}${change ? ` (${change})` : ''}`);
  return `${lines.join('\n')}\n`;
}

function markdown(c: ReportComparison): string {
  const parts = [
    `## ${c.worse.length > 0 ? '❌ Worse' : '✅ Not worse'}: ${c.scenario.after}`,
    '',
    ...c.worse.map((w) => `- ${w}`),
    '',
    `Verdict: **${c.verdict.before}** → **${c.verdict.after}** (runs ${code(c.runs.before)} → ${code(c.runs.after)})`,
  ];
  if (c.scenario.before !== c.scenario.after) parts.push('', `> The scenarios differ: ${code(c.scenario.before)} → ${code(c.scenario.after)}`);
  const checks = c.checks.filter(changed);
  parts.push('', '### Checks', '');
  if (checks.length === 0) parts.push('No change.');
  else {
    const findings = (list: readonly string[]) => list.slice(0, FINDINGS_SHOWN).join('\n') + (list.length > FINDINGS_SHOWN ? `\n… ${list.length - FINDINGS_SHOWN} more` : '');
    parts.push(table(['Check', 'Before', 'After', 'Counts changed', 'New findings', 'Gone findings'], checks.map((k) => [k.id, k.before ?? 'absent', k.after ?? 'absent', k.counts.join('\n'), findings(k.newFindings), findings(k.goneFindings)])));
  }
  parts.push('', '### Step timings', '', table(['Step', 'Before', 'After', 'Change'], c.steps.map(timing)));
  return `${parts.join('\n')}\n`;
}
