/**
 * `junit.xml`, for CI test views (GitHub, GitLab, Jenkins): one testsuite for the scenario, one testcase
 * per step (classname `steps`) and per check (classname `checks`, name = check id), plus a testcase named
 * `rehearsal` when the run itself ended in error.
 *
 * Mapping: failed → `<failure message="summary">` with the examples as text; errored → `<error>`;
 * skipped and not-run → `<skipped/>`. A failed warning-severity check is a `<failure type="warning">`:
 * it stays visible (Jenkins marks the build unstable) while the exit code, which CI should gate on,
 * follows the verdict. Format reference: https://github.com/testmoapp/junitxml.
 */
import type { CheckResult, CutoverEstimate, RehearsalResult, StepResult } from '../run/rehearsal-result.ts';
import { escapeXml, escapeXmlAttribute } from './render/escape-xml.ts';
import { formatSeconds } from './render/format-duration.ts';
import { redactDeep } from './render/redact.ts';
import { writeReportFile } from './render/write-report-file.ts';
import type { Reporter } from './reporter.ts';

export const JUNIT_REPORT_FILE = 'junit.xml';
/** Longest text body of one failure; the full examples are in report.json. */
const MAX_BODY = 32_000;

interface Case {
  readonly classname: string;
  readonly name: string;
  readonly ms: number;
  /** Inner XML (already escaped), empty for a pass. */
  readonly inner: string;
  readonly outcome: 'passed' | 'failure' | 'error' | 'skipped';
}

function body(text: string): string {
  const cut = text.length > MAX_BODY ? `${text.slice(0, MAX_BODY)}\n… truncated; see report.json` : text;
  return escapeXml(cut);
}

function element(tag: 'failure' | 'error', message: string, type: string, text: string): string {
  const content = text ? `${body(text)}` : '';
  return `<${tag} message="${escapeXmlAttribute(message)}" type="${escapeXmlAttribute(type)}">${content}</${tag}>`;
}

function stepCase(step: StepResult): Case {
  const base = { classname: 'steps', name: step.id, ms: step.durationMs };
  if (step.status === 'failed') {
    const text = [step.error ?? '', step.output ? `output:\n${step.output}` : ''].filter(Boolean).join('\n\n');
    return { ...base, outcome: 'failure', inner: element('failure', step.error ?? 'step failed', step.kind, text) };
  }
  if (step.status === 'not-run') return { ...base, outcome: 'skipped', inner: '<skipped message="not run: an earlier step or phase failed"/>' };
  return { ...base, outcome: 'passed', inner: '' };
}

function checkCase(check: CheckResult): Case {
  const base = { classname: 'checks', name: check.id, ms: check.durationMs };
  const examples = check.examples.map((e) => `${e.subject}\n${e.detail}`).join('\n\n');
  switch (check.status) {
    case 'failed':
      return { ...base, outcome: 'failure', inner: element('failure', check.summary, check.severity, examples) };
    case 'errored':
      return { ...base, outcome: 'error', inner: element('error', check.error ?? check.summary, 'errored', check.error ?? '') };
    case 'skipped':
      return { ...base, outcome: 'skipped', inner: `<skipped message="${escapeXmlAttribute(check.summary || 'skipped')}"/>` };
    default:
      return { ...base, outcome: 'passed', inner: '' };
  }
}

/** The cutover estimate as properties, so CI dashboards can chart it: totals, each step, the assumptions. */
function cutoverProperties(cutover: CutoverEstimate): string[][] {
  const optional = (name: string, value: number | string | undefined) => (value === undefined ? [] : [[name, String(value)]]);
  return [
    ['cutover.stepsMs', String(cutover.stepsMs)],
    ...optional('cutover.rows', cutover.rows),
    ...optional('cutover.productionRows', cutover.productionRows),
    ...optional('cutover.productionRowsFrom', cutover.productionRowsFrom),
    ...optional('cutover.factor', cutover.factor),
    ...optional('cutover.estimatedMs', cutover.estimatedMs),
    ...(cutover.steps ?? []).flatMap((s) => [
      [`cutover.step.${s.id}.ms`, String(s.durationMs)],
      ...optional(`cutover.step.${s.id}.rows`, s.rows),
      ...optional(`cutover.step.${s.id}.estimatedMs`, s.estimatedMs),
    ]),
    ['cutover.note', cutover.note],
    ...(cutover.assumptions ?? []).map((a, i) => [`cutover.assumption.${i + 1}`, a]),
  ];
}

/** Renders the JUnit XML text (redacted). */
export function renderJunitReport(raw: RehearsalResult): string {
  const result = redactDeep(raw);
  const cases: Case[] = [...result.steps.map(stepCase), ...result.checks.map(checkCase)];
  if (result.error) {
    const inner = element('error', result.error.message, result.error.phase, `${result.error.phase}: ${result.error.message}`);
    cases.push({ classname: 'rehearsal', name: 'rehearsal', ms: result.durationMs, outcome: 'error', inner });
  }
  const count = (o: Case['outcome']) => cases.filter((c) => c.outcome === o).length;
  const totals = `tests="${cases.length}" failures="${count('failure')}" errors="${count('error')}" skipped="${count('skipped')}" time="${formatSeconds(result.durationMs)}"`;
  const properties = [
    ['verdict', result.verdict],
    ['exitCode', String(result.exitCode)],
    ['runId', result.runId],
    ['scenario.path', result.scenario.path],
    ['scenario.sha256', result.scenario.sha256],
    ...(result.snapshot ? [['snapshot.sha256', result.snapshot.sha256]] : []),
    ['tool', `${result.tool.name} ${result.tool.version}`],
    ...(result.provenance?.harness.gitCommit ? [['harness.commit', result.provenance.harness.gitCommit]] : []),
    ...(result.provenance?.servers ?? []).map((v) => [`server.${v.role}`, v.version]),
    ...(result.provenance?.images ?? []).map((i) => [`image.${i.role}`, [i.resolved, i.id, ...(i.digests ?? [])].filter(Boolean).join(' ')]),
    ...result.reasons.map((reason, i) => [`reason.${i + 1}`, reason]),
    ...cutoverProperties(result.cutover),
  ].map(([name, value]) => `      <property name="${escapeXmlAttribute(name ?? '')}" value="${escapeXmlAttribute(value ?? '')}"/>`);
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="rehearse" ${totals}>`,
    `  <testsuite name="${escapeXmlAttribute(result.scenario.name)}" ${totals} timestamp="${escapeXmlAttribute(result.startedAt)}">`,
    '    <properties>',
    ...properties,
    '    </properties>',
    ...cases.map((c) => {
      const open = `    <testcase classname="${c.classname}" name="${escapeXmlAttribute(c.name)}" time="${formatSeconds(c.ms)}"`;
      return c.inner ? `${open}>\n      ${c.inner}\n    </testcase>` : `${open}/>`;
    }),
    '  </testsuite>',
    '</testsuites>',
  ];
  return `${lines.join('\n')}\n`;
}

export class JunitReporter implements Reporter {
  readonly name = 'junit';

  async onRunEnd(result: RehearsalResult, outDir: string): Promise<string> {
    return writeReportFile(outDir, JUNIT_REPORT_FILE, renderJunitReport(result));
  }
}
