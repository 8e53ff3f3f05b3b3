import { describe, expect, it } from 'vitest';
import type { CheckStatus } from '../../harness/run/rehearsal-result.ts';
import { CHECK_STATUSES, EXIT_CODES, STEP_STATUSES, type CheckResult, type PhaseName, type PhaseResult, type RunError, type StepResult, type StepStatus } from '../../harness/run/rehearsal-result.ts';
import { SEVERITIES, type Severity } from '../../harness/check/check.ts';
import { decideVerdict } from '../../harness/run/verdict.ts';

const step = (id: string, status: StepStatus, error?: string): StepResult => ({ id, kind: 'sql', description: id, status, durationMs: 1, error });
const check = (id: string, status: CheckStatus, severity: Severity = 'blocking'): CheckResult => ({
  id, kind: 'query', severity, description: id, status, durationMs: 1,
  summary: `${id} summary`, examples: [], error: status === 'errored' ? `${id} boom` : undefined,
});
const phase = (name: PhaseName, status: PhaseResult['status'], detail?: string): PhaseResult => ({ name, status, durationMs: 1, detail });

describe('verdict: truth table', () => {
  const stepCases: Record<string, StepResult[]> = {
    'no steps': [],
    'all passed': [step('a', 'passed'), step('b', 'passed')],
    ...Object.fromEntries(STEP_STATUSES.map((s) => [`one ${s}`, [step('a', 'passed'), step('b', s)]])),
    'failed then not-run': [step('a', 'failed', 'exit 1'), step('b', 'not-run')],
  };
  const checkCases: Record<string, CheckResult[]> = { 'no checks': [] };
  for (const status of CHECK_STATUSES) {
    for (const severity of SEVERITIES) checkCases[`${severity} ${status}`] = [check('ok', 'passed'), check('c', status, severity)];
  }
  checkCases['blocking failed + warning failed'] = [check('b', 'failed'), check('w', 'failed', 'warning')];
  const errorCases: Record<string, RunError | undefined> = { 'no error': undefined, 'run error': { phase: 'start databases', message: 'podman socket not found' } };
  const phaseCases: Record<string, PhaseResult[]> = {
    'phases passed': [phase('migration steps', 'passed'), phase('cleanup', 'passed')],
    'cleanup failed': [phase('migration steps', 'passed'), phase('cleanup', 'failed', 'container left behind')],
  };

  for (const [stepName, steps] of Object.entries(stepCases)) {
    for (const [checkName, checks] of Object.entries(checkCases)) {
      for (const [errorName, error] of Object.entries(errorCases)) {
        for (const [phaseName, phases] of Object.entries(phaseCases)) {
          it(`${stepName} / ${checkName} / ${errorName} / ${phaseName}`, () => {
            const result = decideVerdict({ steps, checks, error, phases });
            const isError =
              error !== undefined ||
              phases.some((p) => p.status === 'failed') ||
              steps.some((s) => s.status !== 'passed') ||
              checks.some((c) => c.status === 'errored' || c.status === 'skipped');
            const blockingFailed = checks.filter((c) => c.status === 'failed' && c.severity === 'blocking');
            const expected = isError ? 'ERROR' : blockingFailed.length > 0 ? 'NO-GO' : 'GO';
            expect(result.verdict).toBe(expected);
            expect(result.exitCode).toBe(EXIT_CODES[expected]);
            expect(result.reasons.length).toBeGreaterThan(0);
            for (const c of blockingFailed) expect(result.reasons).toContain(`check "${c.id}" failed: ${c.id} summary`);
            for (const c of checks.filter((x) => x.status === 'failed' && x.severity === 'warning')) {
              expect(result.reasons).toContain(`warning: check "${c.id}" failed: ${c.id} summary`);
            }
            if (error) expect(result.reasons[0]).toBe('run error during start databases: podman socket not found');
          });
        }
      }
    }
  }
});

describe('verdict: reasons', () => {
  it('GO says what passed, and warns when no blocking check ran', () => {
    expect(decideVerdict({ steps: [step('a', 'passed')], checks: [check('c', 'passed')] }).reasons).toEqual([
      'all 1 steps passed and all 1 blocking checks passed',
    ]);
    const bare = decideVerdict({ steps: [step('a', 'passed')], checks: [check('w', 'failed', 'warning')] });
    expect(bare.verdict).toBe('GO');
    expect(bare.reasons).toEqual([
      'all 1 steps passed and all 0 blocking checks passed',
      'warning: check "w" failed: w summary',
      'warning: no blocking check was configured: GO only means the steps succeeded',
    ]);
  });

  it('ERROR lists the failed step once, counts steps not run, and keeps failed checks as reasons', () => {
    const result = decideVerdict({
      steps: [step('schema', 'passed'), step('import', 'failed', 'exit code 1'), step('reindex', 'not-run'), step('vacuum', 'not-run')],
      checks: [check('counts', 'skipped'), check('prices', 'errored'), check('tags', 'failed')],
      phases: [phase('migration steps', 'failed', 'import failed'), phase('checks', 'failed')],
    });
    expect(result).toEqual({
      verdict: 'ERROR',
      exitCode: 2,
      reasons: [
        'step "import" failed: exit code 1',
        '2 step(s) did not run',
        'check "counts" was skipped: counts summary',
        'check "prices" errored: prices boom',
        'check "tags" failed: tags summary',
      ],
    });
  });

  it('a not-run step without any failure is an ERROR naming the step', () => {
    const result = decideVerdict({ steps: [step('a', 'passed'), step('b', 'not-run')], checks: [check('c', 'passed')] });
    expect(result.verdict).toBe('ERROR');
    expect(result.reasons).toEqual(['step "b" did not run']);
  });

  it('a failed phase is an ERROR unless the run error already names it', () => {
    const phases = [phase('load snapshot', 'failed', 'dump line 12: syntax error')];
    expect(decideVerdict({ steps: [], checks: [], phases }).reasons).toEqual(['phase "load snapshot" failed: dump line 12: syntax error']);
    expect(decideVerdict({ steps: [], checks: [], phases, error: { phase: 'load snapshot', message: 'syntax error' } }).reasons).toEqual([
      'run error during load snapshot: syntax error',
    ]);
  });

  it('NO-GO names each failed blocking check', () => {
    const result = decideVerdict({ steps: [step('a', 'passed')], checks: [check('counts', 'failed'), check('prices', 'failed'), check('ok', 'passed')] });
    expect(result).toEqual({
      verdict: 'NO-GO',
      exitCode: 1,
      reasons: ['check "counts" failed: counts summary', 'check "prices" failed: prices summary'],
    });
  });
});
