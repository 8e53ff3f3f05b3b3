/**
 * Runs every check, each under a time limit. A check that throws is `errored` (an ERROR verdict, never
 * a pass); checks never run because the migration failed are `skipped`. A check stopped by its limit
 * has its statements killed and its connections closed; the following checks run on fresh ones.
 */
import type { CheckContext } from '../check/check.ts';
import type { Connection } from '../engine/engine.ts';
import { errorMessage } from '../errors.ts';
import type { ScenarioConfig } from '../scenario/define-scenario.ts';
import { cancelConnections } from './cancel-connections.ts';
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
  /** Opens new connections to both sides after a stopped check closed the previous ones. */
  reconnect: () => Promise<{ source: Connection; target: Connection }>;
}): Promise<CheckResult[]> {
  const { scenario, emit } = input;
  const results: CheckResult[] = [];
  let context = input.context;
  /** Why the remaining checks cannot run (no connection after a stopped check). */
  let unusable: string | undefined;
  for (const [index, check] of scenario.checks.entries()) {
    emit({ type: 'check-start', id: check.id, index, total: scenario.checks.length });
    const started = performance.now();
    const base = { id: check.id, kind: check.kind, severity: check.severity, description: check.describe() };
    let result: CheckResult;
    let cancelled = false;
    try {
      if (unusable) throw new Error(unusable);
      const current = context;
      const outcome = await withLimits((signal) => check.run({ ...current, signal }), {
        what: `check "${check.id}"`,
        timeoutMs: scenario.timeouts?.checkMs ?? DEFAULT_CHECK_MS,
        signal: input.signal,
        deaths: input.deaths,
        cancel: () => {
          cancelled = true;
          return cancelConnections(current);
        },
      });
      result = { ...base, ...outcome, durationMs: Math.round(performance.now() - started) };
    } catch (error) {
      result = {
        ...base, status: 'errored', durationMs: Math.round(performance.now() - started),
        summary: `could not run: ${errorMessage(error)}`, examples: [], error: errorMessage(error),
      };
    }
    if (cancelled && !input.signal.aborted && !unusable) {
      try {
        context = { ...context, ...(await input.reconnect()) };
      } catch (error) {
        unusable = `not run: no connection after check "${check.id}" was stopped (${errorMessage(error)})`;
      }
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
