/**
 * What changed between two rehearsals of the same migration (A, the earlier, against B): the verdict,
 * each check's outcome, counts (check metrics and per-table rows), findings (example subjects) and step
 * timings. B is *worse* when its verdict is worse, a check that passed in A fails or errors in B, or B
 * has findings A did not have; timings and counts are shown but never make it worse on their own.
 */
import type { CheckResult, RehearsalResult } from '../../run/rehearsal-result.ts';
import type { Verdict } from '../../run/statuses.ts';

const VERDICT_RANK: Readonly<Record<Verdict, number>> = { GO: 0, 'NO-GO': 1, ERROR: 2 };

export interface CheckChange {
  readonly id: string;
  readonly before?: CheckResult['status'];
  readonly after?: CheckResult['status'];
  /** Passed (or absent) in A, failed or errored in B. */
  readonly regressed: boolean;
  /** Metric and per-table row counts that differ, "name: before → after". */
  readonly counts: readonly string[];
  /** Example subjects in B that A did not have. */
  readonly newFindings: readonly string[];
  /** Example subjects of A gone in B. */
  readonly goneFindings: readonly string[];
}

export interface StepTiming {
  readonly id: string;
  readonly beforeMs?: number;
  readonly afterMs?: number;
}

export interface ReportComparison {
  readonly scenario: { readonly before: string; readonly after: string };
  readonly runs: { readonly before: string; readonly after: string };
  readonly verdict: { readonly before: Verdict; readonly after: Verdict };
  readonly checks: readonly CheckChange[];
  readonly steps: readonly StepTiming[];
  /** One sentence per reason B is worse; empty when it is not. */
  readonly worse: readonly string[];
}

const FAILING = new Set<CheckResult['status']>(['failed', 'errored']);

function countsOf(check: CheckResult | undefined): Map<string, number> {
  const counts = new Map<string, number>(Object.entries(check?.metrics ?? {}));
  for (const table of check?.tables ?? []) {
    counts.set(`${table.table} source rows`, table.sourceRows);
    counts.set(`${table.table} target rows`, table.targetRows);
  }
  return counts;
}

function compareCheck(id: string, a: CheckResult | undefined, b: CheckResult | undefined): CheckChange {
  const before = countsOf(a);
  const after = countsOf(b);
  const counts = [...new Set([...before.keys(), ...after.keys()])]
    .filter((key) => before.get(key) !== after.get(key))
    .map((key) => `${key}: ${before.get(key) ?? '–'} → ${after.get(key) ?? '–'}`);
  const subjectsA = new Set(a?.examples.map((e) => e.subject));
  const subjectsB = new Set(b?.examples.map((e) => e.subject));
  return {
    id,
    ...(a ? { before: a.status } : {}),
    ...(b ? { after: b.status } : {}),
    regressed: b !== undefined && FAILING.has(b.status) && (a === undefined || a.status === 'passed'),
    counts,
    newFindings: [...subjectsB].filter((s) => !subjectsA.has(s)),
    goneFindings: [...subjectsA].filter((s) => !subjectsB.has(s)),
  };
}

/** Compares A (before) with B (after). */
export function compareReports(a: RehearsalResult, b: RehearsalResult): ReportComparison {
  const ids = [...new Set([...a.checks.map((c) => c.id), ...b.checks.map((c) => c.id)])];
  const checks = ids.map((id) => compareCheck(id, a.checks.find((c) => c.id === id), b.checks.find((c) => c.id === id)));
  const stepIds = [...new Set([...a.steps.map((s) => s.id), ...b.steps.map((s) => s.id)])];
  const steps = stepIds.map((id) => {
    const before = a.steps.find((s) => s.id === id);
    const after = b.steps.find((s) => s.id === id);
    return { id, ...(before ? { beforeMs: before.durationMs } : {}), ...(after ? { afterMs: after.durationMs } : {}) };
  });
  const worse: string[] = [];
  if (VERDICT_RANK[b.verdict] > VERDICT_RANK[a.verdict]) worse.push(`verdict went from ${a.verdict} to ${b.verdict}`);
  for (const check of checks.filter((c) => c.regressed)) worse.push(`check "${check.id}" went from ${check.before ?? 'absent'} to ${check.after}`);
  for (const check of checks.filter((c) => c.newFindings.length > 0)) worse.push(`check "${check.id}" has ${check.newFindings.length} new finding(s)`);
  return {
    scenario: { before: a.scenario.name, after: b.scenario.name },
    runs: { before: a.runId, after: b.runId },
    verdict: { before: a.verdict, after: b.verdict },
    checks,
    steps,
    worse,
  };
}
