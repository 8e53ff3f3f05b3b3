/**
 * The verdict of a rehearsal, decided from its results alone (a pure function, so it can be tested as a
 * truth table and re-derived by an auditor from report.json):
 *
 * - **ERROR** (exit 2): the rehearsal could not say anything reliable. A run error (infrastructure, bad
 *   input, timeout, interrupt), a failed phase, a failed or not-run step, or a check that errored or was
 *   skipped: a check that did not run is never counted as a pass.
 * - **NO-GO** (exit 1): everything ran, and at least one blocking check failed.
 * - **GO** (exit 0): every step passed and every blocking check passed.
 *
 * Failed warning-severity checks never change the verdict; they are listed in the reasons as warnings.
 */
import { CHECKS_PHASE, STEPS_PHASE, type PhaseName } from './phases.ts';
import type { CheckResult, PhaseResult, RunError, StepResult } from './rehearsal-result.ts';
import { EXIT_CODES, type Verdict } from './statuses.ts';

export interface VerdictInput {
  readonly steps: readonly StepResult[];
  readonly checks: readonly CheckResult[];
  /** The run-level error, when the run stopped outside steps and checks. */
  readonly error?: RunError;
  readonly phases?: readonly PhaseResult[];
}

export interface VerdictDecision {
  readonly verdict: Verdict;
  readonly exitCode: number;
  /** One line per reason: errors first, then blocking failures, then warnings. */
  readonly reasons: readonly string[];
}

/** Phases whose failure is already explained by their own items (a step, a check). */
const PHASES_EXPLAINED_BY_ITEMS: Partial<Readonly<Record<PhaseName, (input: VerdictInput) => boolean>>> = {
  [STEPS_PHASE]: (input) => input.steps.some((s) => s.status === 'failed'),
  [CHECKS_PHASE]: (input) => input.checks.some((c) => c.status === 'errored' || c.status === 'skipped'),
};

function errorReasons(input: VerdictInput): string[] {
  const reasons: string[] = [];
  if (input.error) reasons.push(`run error during ${input.error.phase}: ${input.error.message}`);
  for (const phase of input.phases ?? []) {
    if (phase.status !== 'failed' || phase.name === input.error?.phase) continue;
    if (PHASES_EXPLAINED_BY_ITEMS[phase.name]?.(input)) continue;
    reasons.push(`phase "${phase.name}" failed${phase.detail ? `: ${phase.detail}` : ''}`);
  }
  const failedStep = input.steps.some((s) => s.status === 'failed');
  for (const step of input.steps) {
    if (step.status === 'failed') reasons.push(`step "${step.id}" failed${step.error ? `: ${step.error}` : ''}`);
    // Steps after a failure are not-run by design; say so once rather than once per step.
    else if (step.status === 'not-run' && !failedStep && !input.error) reasons.push(`step "${step.id}" did not run`);
  }
  const notRun = input.steps.filter((s) => s.status === 'not-run').length;
  if (notRun > 0 && (failedStep || input.error)) reasons.push(`${notRun} step(s) did not run`);
  for (const check of input.checks) {
    if (check.status === 'errored') reasons.push(`check "${check.id}" errored: ${check.error ?? check.summary}`);
    if (check.status === 'skipped') reasons.push(`check "${check.id}" was skipped${check.summary ? `: ${check.summary}` : ''}`);
  }
  return reasons;
}

/** Decides GO / NO-GO / ERROR and says why. */
export function decideVerdict(input: VerdictInput): VerdictDecision {
  const errors = errorReasons(input);
  const blocking = input.checks
    .filter((c) => c.status === 'failed' && c.severity === 'blocking')
    .map((c) => `check "${c.id}" failed: ${c.summary}`);
  const warnings = input.checks
    .filter((c) => c.status === 'failed' && c.severity === 'warning')
    .map((c) => `warning: check "${c.id}" failed: ${c.summary}`);
  const verdict: Verdict = errors.length > 0 ? 'ERROR' : blocking.length > 0 ? 'NO-GO' : 'GO';
  const reasons = [...errors, ...blocking, ...warnings];
  if (verdict === 'GO') {
    const passed = input.checks.filter((c) => c.severity === 'blocking').length;
    reasons.unshift(`all ${input.steps.length} steps passed and all ${passed} blocking checks passed`);
    if (passed === 0) reasons.push('warning: no blocking check was configured: GO only means the steps succeeded');
  }
  return { verdict, exitCode: EXIT_CODES[verdict], reasons };
}
