/**
 * Runs every check, each under a time limit. A check that throws is `errored` (an ERROR verdict, never
 * a pass); checks never run because the migration failed are `skipped`.
 */
import type { CheckContext } from '../check/check.ts';
import { errorMessage } from '../errors.ts';
import type { ScenarioConfig } from '../scenario/define-scenario.ts';
import type { RehearsalObserver } from './rehearsal-events.ts';
import type { CheckResult } from './rehearsal-result.ts';
import { withLimits } from './with-timeout.ts';

const DEFAULT_CHECK_MS = 30 * 60_000;

export async function runChecks(input: {
  scenario: ScenarioConfig;
  context: Omit<CheckContext, 'signal'>;
  signal: AbortSignal;
  emit: RehearsalObserver;
  deaths: readonly Promise<string>[];
}): Promise<CheckResult[]> {
  const { scenario, emit } = input;
  const results: CheckResult[] = [];
  for (const [index, check] of scenario.checks.entries()) {
    emit({ type: 'check-start', id: check.id, index, total: scenario.checks.length });
    const started = performance.now();
    const base = { id: check.id, kind: check.kind, severity: check.severity, description: check.describe() };
    let result: CheckResult;
    try {
      const outcome = await withLimits((signal) => check.run({ ...input.context, signal }), {
        what: `check "${check.id}"`,
        timeoutMs: scenario.timeouts?.checkMs ?? DEFAULT_CHECK_MS,
        signal: input.signal,
        deaths: input.deaths,
      });
      result = { ...base, ...outcome, durationMs: Math.round(performance.now() - started) };
    } catch (error) {
      result = {
        ...base, status: 'errored', durationMs: Math.round(performance.now() - started),
        summary: `could not run: ${errorMessage(error)}`, examples: [], error: errorMessage(error),
      };
    }
    results.push(result);
    emit({ type: 'check-end', check: result });
  }
  return results;
}

export function skippedChecks(scenario: ScenarioConfig, why: string): CheckResult[] {
  return scenario.checks.map((check) => ({
    id: check.id, kind: check.kind, severity: check.severity, description: check.describe(),
    status: 'skipped' as const, durationMs: 0, summary: why, examples: [],
  }));
}
