/**
 * `report.md`: the report people read, in PR comments and GitHub job summaries. It leads with the verdict
 * and why, then the phase/step/check tables, the details of what failed (row diffs in ```diff fences),
 * the server warnings, the cutover estimate and what is needed to reproduce the run.
 *
 * The file stays under {@link MARKDOWN_LIMIT_BYTES}: GitHub rejects comments over 65,536 characters.
 * When the failure details do not fit, examples are dropped from the end with a note pointing to
 * report.json, which always has everything.
 */
import type { CheckResult, RehearsalResult, StepResult } from '../run/rehearsal-result.ts';
import type { AnyStatus } from '../run/statuses.ts';
import type { DatabaseOrigin } from '../provider/provider.ts';
import { formatDuration } from './render/format-duration.ts';
import { CUTOVER_HEADERS, cutoverAssumptions, cutoverRows } from './render/cutover-table.ts';
import { code, escapeCell, fence, table, truncate } from './render/markdown.ts';
import { redactDeep } from './render/redact.ts';
import { writeReportFile } from './render/write-report-file.ts';
import type { Reporter } from './reporter.ts';

export const MARKDOWN_REPORT_FILE = 'report.md';
export const MARKDOWN_LIMIT_BYTES = 60 * 1024;
const WARNINGS_SHOWN = 20;
const CONTROL_CHARS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g;
const OUTPUT_TAIL_CHARS = 3000;

const HEADLINE = { GO: '✅ GO', 'NO-GO': '❌ NO-GO', ERROR: '⚠️ ERROR' } as const;
const STATUS = { passed: '✅ passed', failed: '❌ failed', errored: '⚠️ errored', skipped: '⏭️ skipped', 'not-run': '⏭️ not run' } as const satisfies Record<AnyStatus, string>;

const bytes = (text: string) => Buffer.byteLength(text, 'utf8');
const short = (sha: string | undefined, n = 12) => (sha ? sha.replace(/^sha256:/, '').slice(0, n) : '–');

function image(origin: DatabaseOrigin | undefined): string {
  if (!origin?.image) return origin?.provider ?? '–';
  const { requested, resolved, id } = origin.image;
  return `${requested}${resolved !== requested ? ` → ${resolved}` : ''}${id ? ` (${short(id)})` : ''}`;
}

function header(r: RehearsalResult): string {
  const facts = [
    `scenario ${code(r.scenario.name)}`,
    r.snapshot ? `snapshot ${code(short(r.snapshot.sha256))}` : '',
    `source ${code(image(r.databases.source))}`,
    `target ${code(image(r.databases.target))}`,
    formatDuration(r.durationMs),
  ].filter(Boolean);
  const lines = [`# ${HEADLINE[r.verdict]}: ${r.scenario.name}`, '', facts.join(' · '), ''];
  if (r.error) lines.push(`> **Run error during ${r.error.phase}:** ${truncate(r.error.message, 1000).replace(/\n/g, ' ')}`, '');
  lines.push(...r.reasons.map((reason) => `- ${truncate(reason, 500).replace(/\n/g, ' ')}`));
  return lines.join('\n');
}

function tables(r: RehearsalResult): string {
  const parts = ['## Phases and steps', ''];
  parts.push(table(['Phase', 'Status', 'Duration', 'Detail'], r.phases.map((p) => [p.name, STATUS[p.status], formatDuration(p.durationMs), p.detail ?? ''])));
  if (r.steps.length > 0) {
    const rows = r.steps.map((s, i) => [String(i + 1), s.id, s.kind, STATUS[s.status], formatDuration(s.durationMs), s.rows === undefined ? '' : String(s.rows), s.description]);
    parts.push('', table(['#', 'Step', 'Kind', 'Status', 'Duration', 'Rows', 'Description'], rows));
  }
  parts.push('', '## Checks', '');
  if (r.checks.length === 0) parts.push('No checks ran.');
  else parts.push(table(['Check', 'Status', 'Severity', 'Summary'], r.checks.map((c) => [c.id, STATUS[c.status], c.severity, c.summary || c.error || ''])));
  return parts.join('\n');
}

/** Detail blocks, one per failed step or failed/errored check; examples are separate so they can be cut. */
function detailBlocks(r: RehearsalResult): { head: string; examples: string[] }[] {
  const blocks: { head: string; examples: string[] }[] = [];
  for (const step of r.steps.filter((s: StepResult) => s.status === 'failed')) {
    const lines = [`### ❌ step ${code(step.id)}`, '', step.error ? fence(step.error, 'text') : ''];
    if (step.output) lines.push('', 'Output (tail):', '', fence(step.output.slice(-OUTPUT_TAIL_CHARS), 'text'));
    blocks.push({ head: lines.join('\n'), examples: [] });
  }
  for (const check of r.checks.filter((c: CheckResult) => c.status === 'failed' || c.status === 'errored')) {
    const icon = check.status === 'errored' ? '⚠️' : check.severity === 'warning' ? '⚠️' : '❌';
    const lines = [`### ${icon} check ${code(check.id)} (${check.severity}, ${check.status})`, '', check.summary.replace(/\n/g, ' ')];
    if (check.error) lines.push('', fence(check.error, 'text'));
    if (check.metrics) lines.push('', Object.entries(check.metrics).map(([k, v]) => `${k}: ${v}`).join(' · '));
    const examples = check.examples.map((e) => {
      const isDiff = /^(---|\+\+\+|@@)/m.test(e.detail);
      return `**${escapeCell(e.subject, 300)}**\n\n${fence(truncate(e.detail, 8000), isDiff ? 'diff' : 'text')}`;
    });
    blocks.push({ head: lines.join('\n'), examples });
  }
  return blocks;
}

function details(r: RehearsalResult, budget: number): string {
  const blocks = detailBlocks(r);
  if (blocks.length === 0) return '';
  const out = ['## What failed'];
  let used = bytes(out[0]!);
  let dropped = 0;
  for (const block of blocks) {
    out.push(block.head);
    used += bytes(block.head) + 2;
    for (const example of block.examples) {
      if (dropped > 0 || used + bytes(example) + 2 > budget) {
        dropped++;
        continue;
      }
      out.push(example);
      used += bytes(example) + 2;
    }
  }
  if (dropped > 0) out.push(`> ${dropped} example(s) left out to keep this report under ${MARKDOWN_LIMIT_BYTES / 1024} KB; report.json has them all.`);
  return out.join('\n\n');
}

function warnings(r: RehearsalResult): string {
  if (r.warnings.total === 0) return '';
  const shown = r.warnings.items.slice(0, WARNINGS_SHOWN);
  const rows = shown.map((w) => [w.during, w.role, w.engine, w.code, w.level, truncate(w.message, 300)]);
  const note = r.warnings.total > shown.length ? `First ${shown.length} of ${r.warnings.total} warnings.` : `${r.warnings.total} warning(s).`;
  return ['## Server warnings', '', note, '', table(['During', 'Role', 'Engine', 'Code', 'Level', 'Message'], rows)].join('\n');
}

function cutover(r: RehearsalResult): string {
  const lines = ['## Cutover estimate', '', r.cutover.note, '', table(CUTOVER_HEADERS, cutoverRows(r.cutover))];
  const assumptions = cutoverAssumptions(r.cutover);
  if (assumptions.length > 0) lines.push('', 'Assumptions:', '', ...assumptions.map((a) => `- ${a}`));
  return lines.join('\n');
}

function reproducibility(r: RehearsalResult): string {
  const origin = (role: string, o: DatabaseOrigin | undefined) =>
    `- ${role}: ${o ? `${o.provider}${o.image ? `, image ${code(o.image.requested)} → ${code(o.image.resolved)}${o.image.id ? ` id ${code(o.image.id)}` : ''}` : ''}${o.serverVersion ? `, server ${code(o.serverVersion)}` : ''}` : '–'}`;
  const lines = [
    '## Reproducibility',
    '',
    `- Scenario: ${code(r.scenario.path)} sha256 ${code(r.scenario.sha256)}`,
    r.snapshot
      ? `- Snapshot: ${code(r.snapshot.path)} sha256 ${code(r.snapshot.sha256)} (format ${r.snapshot.format}${r.snapshot.tables === undefined ? '' : `, ${r.snapshot.tables} tables`}${r.snapshot.rows === undefined ? '' : `, ${r.snapshot.rows} rows`})`
      : '- Snapshot: none',
    origin('Source', r.databases.source),
    origin('Target', r.databases.target),
    `- Tool: ${r.tool.name} ${r.tool.version}${r.provenance?.harness.gitCommit ? ` (commit ${code(r.provenance.harness.gitCommit)}${r.provenance.harness.gitDirty ? ', with uncommitted changes' : ''})` : ''}, provider ${r.provider}, report schema ${r.schemaVersion}`,
    `- Run: ${code(r.runId)}, ${r.startedAt} → ${r.finishedAt}`,
  ];
  const p = r.provenance;
  if (p) {
    lines.push(`- Scenario files: ${p.scenario.files.map((f) => `${code(f.path)} ${code(short(f.sha256))}`).join(', ')}`);
    if (p.snapshot?.members.length) lines.push(`- Snapshot members: ${p.snapshot.members.length} (sha256 of each in report.json)`);
    for (const image of p.images.filter((i) => i.digests?.length)) lines.push(`- Image ${code(image.resolved)} (${image.role}): ${image.digests!.map(code).join(', ')}`);
    if (p.servers.length) lines.push(`- Servers: ${p.servers.map((v) => `${v.role} ${code(v.version)}`).join(', ')}`);
    lines.push('- Check these hashes with `rehearse verify-report` (see report.html for every one).');
  }
  return lines.join('\n');
}

/** Renders the Markdown report text (redacted, under the size limit). */
export function renderMarkdownReport(raw: RehearsalResult): string {
  const r = redactDeep(raw);
  const before = [header(r), tables(r)];
  const after = [warnings(r), cutover(r), reproducibility(r)].filter(Boolean);
  const fixed = bytes([...before, ...after].join('\n\n')) + 200;
  const middle = details(r, MARKDOWN_LIMIT_BYTES - fixed);
  // Control characters (a bell in a step's output) would show as garbage or break GitHub's rendering.
  let text = `${[...before, middle, ...after].filter(Boolean).join('\n\n')}\n`.replace(CONTROL_CHARS, '');
  if (bytes(text) > MARKDOWN_LIMIT_BYTES) {
    // Only reachable with pathological headers (thousands of steps or checks): cut, on a line boundary.
    const cut = Buffer.from(text).subarray(0, MARKDOWN_LIMIT_BYTES - 200).toString('utf8');
    text = `${cut.slice(0, cut.lastIndexOf('\n'))}\n\n> Report truncated at ${MARKDOWN_LIMIT_BYTES / 1024} KB; report.json has everything.\n`;
  }
  return text;
}

export class MarkdownReporter implements Reporter {
  readonly name = 'markdown';

  async onRunEnd(result: RehearsalResult, outDir: string): Promise<string> {
    return writeReportFile(outDir, MARKDOWN_REPORT_FILE, renderMarkdownReport(result));
  }
}
