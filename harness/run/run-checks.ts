/**
 * Runs every check, each under a time limit, up to `checkConcurrency` at a time (default 2). Each
 * concurrent worker has its own pair of connections, so that no check waits on another's statements
 * nor sees another's session: the first worker uses the run's connections, the others open their own
 * and close them at the end. A check marked `runsAlone` runs by itself, after those before it.
 *
 * A check that throws is `errored` (an ERROR verdict, never a pass); checks never run because the
 * migration failed are `skipped`. A check stopped by its limit has its statements killed and its
 * connections closed; its worker goes on with fresh ones. Results keep the scenario's order.
 */
import type { Check, CheckContext } from '../check/check.ts';
import type { Connection } from '../engine/engine.ts';
import { errorMessage } from '../errors.ts';
import type { ScenarioConfig } from '../scenario/define-scenario.ts';
import { cancelConnections } from './cancel-connections.ts';
import type { RehearsalObserver } from './rehearsal-events.ts';
import type { CheckResult } from './rehearsal-result.ts';
import { withLimits } from './with-timeout.ts';

const DEFAULT_CHECK_MS = 30 * 60_000;
/** Two: most checks wait on the servers, and a 2-core machine runs both servers besides the harness. */
export const DEFAULT_CHECK_CONCURRENCY = 2;

type ConnectionPair = { source: Connection; target: Connection };

export interface RunChecksInput {
  scenario: ScenarioConfig;
  context: Omit<CheckContext, 'signal'>;
  signal: AbortSignal;
  emit: RehearsalObserver;
  deaths: readonly Promise<string>[];
  /** Replaces the run's own connections (those of `context`) after a stopped check closed them. */
  reconnect: () => Promise<ConnectionPair>;
  /** Opens a new pair of connections for another worker; the worker closes it. */
  openConnections: () => Promise<ConnectionPair>;
}

/** One lane of checks and the connections it runs them on. */
interface Worker {
  /** The connections, opened on first use for the extra workers. */
  pair?: ConnectionPair;
  /** Why this worker takes no more checks (no connection after a stopped check, or none at all). */
  unusable?: string;
  /** Opens (or reopens, after a stopped check) this worker's connections. */
  readonly open: () => Promise<ConnectionPair>;
  /** True when the connections are this worker's own, to close at the end. */
  readonly owned: boolean;
}

export async function runChecks(input: RunChecksInput): Promise<CheckResult[]> {
  const { scenario } = input;
  const results: (CheckResult | undefined)[] = new Array<CheckResult | undefined>(scenario.checks.length);
  const lanes = Math.min(scenario.checkConcurrency ?? DEFAULT_CHECK_CONCURRENCY, scenario.checks.length);
  const workers: Worker[] = [{ pair: { source: input.context.source, target: input.context.target }, open: input.reconnect, owned: false }];
  for (let i = 1; i < lanes; i++) workers.push({ open: input.openConnections, owned: true });
  try {
    for (const group of checkGroups(scenario.checks)) {
      const queue = [...group];
      const lanesOfGroup = group.length === 1 ? [workers.find((w) => !w.unusable) ?? workers[0]!] : workers;
      await Promise.all(lanesOfGroup.map(async (worker) => {
        if (!worker.pair && !worker.unusable) await openWorker(worker, 'opening the connections of a concurrent check');
        while (queue.length > 0 && !worker.unusable) {
          const index = queue.shift()!;
          results[index] = await runOne(input, worker, index);
        }
      }));
      // Every worker lost its connections: what is left cannot run, and says why.
      for (const index of queue) results[index] = notRun(input, index, workers.map((w) => w.unusable).find(Boolean) ?? 'no connection');
    }
  } finally {
    await Promise.all(workers.filter((w) => w.owned && w.pair).map((w) => closePair(w.pair!)));
  }
  return results.map((result, index) => result ?? notRun(input, index, 'no connection'));
}

/** Consecutive checks that may run together; a check marked `runsAlone` is a group of its own. */
function checkGroups(checks: readonly Check[]): number[][] {
  const groups: number[][] = [];
  let current: number[] = [];
  for (const [index, check] of checks.entries()) {
    if (!check.runsAlone) {
      current.push(index);
      continue;
    }
    if (current.length) groups.push(current);
    groups.push([index]);
    current = [];
  }
  if (current.length) groups.push(current);
  return groups;
}

async function runOne(input: RunChecksInput, worker: Worker, index: number): Promise<CheckResult> {
  const check = input.scenario.checks[index]!;
  input.emit({ type: 'check-start', id: check.id, index, total: input.scenario.checks.length });
  const started = performance.now();
  let result: CheckResult;
  let cancelled = false;
  try {
    const current = { ...input.context, ...worker.pair! };
    const outcome = await withLimits((signal) => check.run({ ...current, signal }), {
      what: `check "${check.id}"`,
      timeoutMs: input.scenario.timeouts?.checkMs ?? DEFAULT_CHECK_MS,
      signal: input.signal,
      deaths: input.deaths,
      cancel: () => {
        cancelled = true;
        return cancelConnections(current);
      },
    });
    result = { ...describeCheck(check), ...outcome, durationMs: Math.round(performance.now() - started) };
  } catch (error) {
    result = errored(check, `could not run: ${errorMessage(error)}`, errorMessage(error), Math.round(performance.now() - started));
  }
  // The stopped check's connections are closed: this worker reopens its own before its next check.
  if (cancelled && !input.signal.aborted) {
    if (worker.owned) worker.pair = undefined;
    await openWorker(worker, `check "${check.id}" was stopped`);
  }
  input.emit({ type: 'check-end', check: result });
  return result;
}

async function openWorker(worker: Worker, after: string): Promise<void> {
  try {
    worker.pair = await worker.open();
  } catch (error) {
    worker.pair = undefined;
    worker.unusable = `not run: no connection after ${after} (${errorMessage(error)})`;
  }
}

async function closePair(pair: ConnectionPair): Promise<void> {
  await Promise.all([pair.source.close().catch(() => undefined), pair.target.close().catch(() => undefined)]);
}

function describeCheck(check: Check) {
  return { id: check.id, kind: check.kind, severity: check.severity, description: check.describe() };
}

function errored(check: Check, summary: string, error: string, durationMs: number): CheckResult {
  return { ...describeCheck(check), status: 'errored', durationMs, summary, examples: [], error };
}

/** A check no worker could take: errored (never a pass), with the reason, and reported as run. */
function notRun(input: RunChecksInput, index: number, why: string): CheckResult {
  const check = input.scenario.checks[index]!;
  input.emit({ type: 'check-start', id: check.id, index, total: input.scenario.checks.length });
  const result = errored(check, `could not run: ${why}`, why, 0);
  input.emit({ type: 'check-end', check: result });
  return result;
}

export function skippedChecks(scenario: ScenarioConfig, why: string): CheckResult[] {
  return scenario.checks.map((check) => ({
    ...describeCheck(check), status: 'skipped' as const, durationMs: 0, summary: why, examples: [],
  }));
}
