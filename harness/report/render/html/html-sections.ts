/**
 * The sections of the HTML report, each a function of the (already redacted) result returning escaped
 * HTML: the verdict first, then checks with their examples, tags and media summaries, phases and steps,
 * the cutover estimate, server warnings.
 */
import type { CheckResult, RehearsalResult } from '../../../run/rehearsal-result.ts';
import type { AnyStatus } from '../../../run/statuses.ts';
import { CUTOVER_HEADERS, cutoverAssumptions, cutoverRows } from '../cutover-table.ts';
import { formatDuration } from '../format-duration.ts';
import { escapeHtml, htmlTable } from './escape-html.ts';

const VERDICT_CLASS = { GO: 'go', 'NO-GO': 'nogo', ERROR: 'error' } as const;
const VERDICT_MEANING = {
  GO: 'Every step passed and every blocking check passed.',
  'NO-GO': 'A blocking check failed: the migration would lose or change data.',
  ERROR: 'The rehearsal could not give a verdict: a step, a check or the run itself failed.',
} as const;
const WARNINGS_SHOWN = 50;
const EXAMPLE_CHARS = 8000;
/** Checks whose metrics get a summary of their own, by kind. */
const SUMMARISED_KINDS = { tags: 'Tags', mediaReferences: 'Media references' } as const;

export const status = (value: AnyStatus) => `<span class="status-${escapeHtml(value)}">${escapeHtml(value)}</span>`;

export function verdictSection(r: RehearsalResult): string {
  const reasons = r.reasons.map((reason) => `<li>${escapeHtml(reason)}</li>`).join('');
  const error = r.error ? `<p><strong>Run error during ${escapeHtml(r.error.phase)}:</strong> ${escapeHtml(r.error.message)}</p>` : '';
  return [
    `<section class="verdict ${VERDICT_CLASS[r.verdict]}" id="verdict">`,
    `<h1>${escapeHtml(r.verdict)}: ${escapeHtml(r.scenario.name)}</h1>`,
    `<p>${escapeHtml(VERDICT_MEANING[r.verdict])} Exit code ${r.exitCode}.</p>`,
    error,
    reasons ? `<ul>${reasons}</ul>` : '',
    '</section>',
  ].join('');
}

function examples(check: CheckResult): string {
  if (check.examples.length === 0 && !check.error) return '';
  const items = check.examples.map((e) => {
    const detail = e.detail.length > EXAMPLE_CHARS ? `${e.detail.slice(0, EXAMPLE_CHARS)}\n… (${e.detail.length - EXAMPLE_CHARS} more characters in report.json)` : e.detail;
    return `<div class="example"><div class="subject">${escapeHtml(e.subject)}</div><pre>${escapeHtml(detail)}</pre></div>`;
  });
  const error = check.error ? `<pre>${escapeHtml(check.error)}</pre>` : '';
  return `<h3 id="check-${escapeHtml(check.id)}">${escapeHtml(check.id)}: ${escapeHtml(check.status)}</h3><p>${escapeHtml(check.summary)}</p>${error}${items.join('')}`;
}

export function checksSection(r: RehearsalResult): string {
  if (r.checks.length === 0) return '<section id="checks"><h2>Checks</h2><p>No checks ran.</p></section>';
  const rows = r.checks.map((c) => [escapeHtml(c.id), escapeHtml(c.kind), escapeHtml(c.severity), status(c.status), escapeHtml(formatDuration(c.durationMs)), escapeHtml(c.summary || c.error || '')]);
  const classes = r.checks.map((c) => (c.status === 'failed' || c.status === 'errored' ? 'bad' : ''));
  const details = r.checks.map(examples).filter(Boolean).join('');
  return `<section id="checks"><h2>Checks</h2>${htmlTable(['Check', 'Kind', 'Severity', 'Result', 'Time', 'Summary'], rows, { raw: true, classes })}${details ? `<h2>What failed, with examples</h2>${details}` : ''}</section>`;
}

/** Tags and media-reference checks: their metrics as a table, where those checks ran. */
export function domainSummaries(r: RehearsalResult): string {
  return Object.entries(SUMMARISED_KINDS).map(([kind, title]) => {
    const checks = r.checks.filter((c) => c.kind === kind && c.metrics);
    if (checks.length === 0) return '';
    const parts = checks.map((c) => {
      const rows = Object.entries(c.metrics ?? {}).map(([name, value]) => [name, value.toLocaleString('en')]);
      return `<h3>${escapeHtml(c.id)}: ${status(c.status)}</h3><p>${escapeHtml(c.summary)}</p>${htmlTable(['Measure', 'Value'], rows)}`;
    });
    return `<section id="${escapeHtml(kind)}"><h2>${escapeHtml(title)}</h2>${parts.join('')}</section>`;
  }).join('');
}

export function stepsSection(r: RehearsalResult, timeline: string): string {
  const phases = htmlTable(['Phase', 'Status', 'Time', 'Detail'], r.phases.map((p) => [escapeHtml(p.name), status(p.status), escapeHtml(formatDuration(p.durationMs)), escapeHtml(p.detail ?? '')]), { raw: true });
  const steps = r.steps.length === 0 ? '<p>No migration steps (comparison only).</p>' : htmlTable(
    ['#', 'Step', 'Kind', 'Status', 'Time', 'Rows', 'Description'],
    r.steps.map((s, i) => [String(i + 1), escapeHtml(s.id), escapeHtml(s.kind), status(s.status), escapeHtml(formatDuration(s.durationMs)), s.rows === undefined ? '' : s.rows.toLocaleString('en'), escapeHtml(s.description)]),
    { raw: true, classes: r.steps.map((s) => (s.status === 'failed' ? 'bad' : '')) },
  );
  const failed = r.steps.filter((s) => s.status === 'failed').map((s) =>
    `<h3>step ${escapeHtml(s.id)} failed</h3>${s.error ? `<pre>${escapeHtml(s.error)}</pre>` : ''}${s.output ? `<p>Output (tail):</p><pre>${escapeHtml(s.output)}</pre>` : ''}`);
  return `<section id="timeline"><h2>Timeline</h2>${timeline}${phases}<h3>Migration steps</h3>${steps}${failed.join('')}</section>`;
}

export function cutoverSection(r: RehearsalResult): string {
  const assumptions = cutoverAssumptions(r.cutover).map((a) => `<li>${escapeHtml(a)}</li>`).join('');
  return `<section id="cutover"><h2>Cutover estimate</h2><p>${escapeHtml(r.cutover.note)}</p>${htmlTable(CUTOVER_HEADERS, cutoverRows(r.cutover))}${assumptions ? `<p>Assumptions:</p><ul>${assumptions}</ul>` : ''}</section>`;
}

export function warningsSection(r: RehearsalResult): string {
  if (r.warnings.total === 0) return '';
  const shown = r.warnings.items.slice(0, WARNINGS_SHOWN);
  const note = r.warnings.total > shown.length ? `First ${shown.length} of ${r.warnings.total} warnings.` : `${r.warnings.total} warning(s).`;
  return `<section id="warnings"><h2>Server warnings</h2><p>${escapeHtml(note)}</p>${htmlTable(['During', 'Role', 'Engine', 'Code', 'Level', 'Message'], shown.map((w) => [w.during, w.role, w.engine, w.code, w.level, w.message]))}</section>`;
}
