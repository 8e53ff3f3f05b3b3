/**
 * Runs the migration steps in order, each timed and under its time limit. The first failure stops the
 * run; the following steps are reported as not-run.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Connection } from '../engine/engine.ts';
import { errorMessage } from '../errors.ts';
import { createLogger } from '../log.ts';
import type { StartedDatabase } from '../provider/provider.ts';
import type { ScenarioConfig } from '../scenario/define-scenario.ts';
import { ExecStepError } from '../step/exec-step.ts';
import type { StepContext } from '../step/step.ts';
import type { RehearsalObserver } from './rehearsal-events.ts';
import type { StepResult } from './rehearsal-result.ts';
import type { WarningCollector } from './warning-collector.ts';
import { withLimits } from './with-timeout.ts';
import { cancelConnections } from './cancel-connections.ts';

const log = createLogger('step');
const DEFAULT_STEP_MS = 30 * 60_000;

export interface StepsInput {
  readonly scenario: ScenarioConfig;
  readonly runId: string;
  readonly databases: { readonly source: StartedDatabase; readonly target: StartedDatabase };
  readonly connections: { readonly source: Connection; readonly target: Connection };
  readonly workdir: string;
  readonly scenarioDir: string;
  readonly signal: AbortSignal;
  readonly emit: RehearsalObserver;
  readonly warnings: WarningCollector;
  /** The snapshot's media manifest, handed to steps as {@link StepContext.sourceMedia}. */
  readonly sourceMedia?: StepContext['sourceMedia'];
}

export async function runSteps(input: StepsInput): Promise<{ steps: StepResult[]; failed: boolean; durationMs: number }> {
  const { scenario, databases, connections, emit } = input;
  const results: StepResult[] = [];
  let failed = false;
  const started = performance.now();
  for (const [index, step] of scenario.steps.entries()) {
    const description = step.describe();
    if (failed) {
      results.push({ id: step.id, kind: step.kind, description, status: 'not-run', durationMs: 0 });
      continue;
    }
    emit({ type: 'step-start', id: step.id, description, index, total: scenario.steps.length });
    const stepStarted = performance.now();
    let result: StepResult;
    try {
      const output = await withLimits(
        (signal) =>
          step.run({
            runId: input.runId,
            source: connections.source,
            target: connections.target,
            sourceUrl: databases.source.getConnectionUri(),
            targetUrl: databases.target.getConnectionUri(),
            sourceContainerUrl: databases.source.getContainerNetworkUri(),
            targetContainerUrl: databases.target.getContainerNetworkUri(),
            workdir: input.workdir,
            scenarioDir: input.scenarioDir,
            sourceMediaDir: existsSync(join(input.workdir, 'source-media')) ? join(input.workdir, 'source-media') : undefined,
            sourceMedia: input.sourceMedia,
            log: log.child(step.id),
            progress: (message) => emit({ type: 'progress', message }),
            signal,
          }),
        {
          what: `step "${step.id}"`,
          timeoutMs: step.timeoutMs ?? scenario.timeouts?.stepMs ?? DEFAULT_STEP_MS,
          signal: input.signal,
          deaths: [databases.source.exited, databases.target.exited],
          // A stopped step ends the run, so its statements are killed and both connections closed.
          cancel: () => cancelConnections(connections),
        },
      );
      result = { id: step.id, kind: step.kind, description, status: 'passed', durationMs: Math.round(performance.now() - stepStarted), ...output };
    } catch (error) {
      failed = true;
      log.debug(`${step.id}: ${error instanceof Error ? error.stack : String(error)}`);
      result = {
        id: step.id, kind: step.kind, description, status: 'failed', durationMs: Math.round(performance.now() - stepStarted),
        error: `step "${step.id}" failed after ${Math.round(performance.now() - stepStarted)}ms: ${errorMessage(error)}`,
        ...(error instanceof ExecStepError ? { output: error.output } : {}),
      };
    }
    input.warnings.collect(step.id, connections);
    results.push(result);
    emit({ type: 'step-end', step: result });
  }
  return { steps: results, failed, durationMs: Math.round(performance.now() - started) };
}
