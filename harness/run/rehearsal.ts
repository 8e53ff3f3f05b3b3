/**
 * One rehearsal, engine-agnostic: verify the snapshot, start source and target in parallel, load the
 * snapshot into the source, replay the steps, run the checks, and always clean up. It never throws for
 * a failed step, check or database: every outcome becomes a RehearsalResult with a verdict.
 */
import { randomBytes } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { CheckContext } from '../check/check.ts';
import { parseDatabaseUrl } from '../engine/connection-url.ts';
import type { Connection } from '../engine/engine.ts';
import { getEngine } from '../engine/engine-registry.ts';
import { errorMessage } from '../errors.ts';
import { addLogRedaction, createLogger } from '../log.ts';
import type { DatabaseProvider, StartedDatabase } from '../provider/provider.ts';
import { SecretRegistry } from '../report/render/secret-registry.ts';
import type { LoadedScenario } from '../scenario/load-scenario.ts';
import type { Snapshot } from '../snapshot/snapshot.ts';
import { VERSION } from '../version.ts';
import { buildResult } from './build-result.ts';
import { cancelConnections } from './cancel-connections.ts';
import { chooseDatabaseNames, withNameHint, type DatabaseNames } from './database-names.ts';
import { loadSource, prepareTarget } from './load-phase.ts';
import { CHECKS_PHASE, STEPS_PHASE, type PhaseName } from './phases.ts';
import type { RehearsalObserver } from './rehearsal-events.ts';
import { collectProvenance } from './provenance.ts';
import type { CheckResult, PhaseResult, Provenance, RehearsalResult, RunError, StepResult } from './rehearsal-result.ts';
import { runChecks, skippedChecks } from './run-checks.ts';
import { runSteps } from './run-steps.ts';
import { startDatabases, stopDatabases } from './start-databases.ts';
import { cachedMediaManifest, type MediaManifestSource } from './cached-media-manifest.ts';
import { readTargetMedia } from './target-media.ts';
import { WarningCollector } from './warning-collector.ts';
import { withLimits } from './with-timeout.ts';

const log = createLogger('run');

/** How long cleanup waits for a start stopped by a limit or Ctrl-C, to remove what it started. */
const START_SETTLE_MS = 30_000;

export interface RehearsalOptions {
  readonly loaded: LoadedScenario;
  /** Snapshot to load; undefined runs the scenario on an empty source (its setup scripts only). */
  readonly snapshot?: Snapshot;
  readonly provider: DatabaseProvider;
  /** Where the steps' shared working directory goes (kept: exports and logs are evidence). */
  readonly outDir: string;
  readonly maxExamples?: number;
  readonly observer?: RehearsalObserver;
  readonly signal?: AbortSignal;
  /** The production row count the cutover estimate extrapolates to (overrides the snapshot manifest). */
  readonly productionRows?: number;
  /** The run's secrets (the CLI registers server URLs there); generated and scenario passwords are added
   * to it. Events, logs and the result are masked with it. @default a new registry */
  readonly secrets?: SecretRegistry;
}

export async function runRehearsal(options: RehearsalOptions): Promise<RehearsalResult> {
  const { scenario } = options.loaded;
  const runId = `${new Date().toISOString().slice(0, 10).replace(/-/g, '')}-${randomBytes(3).toString('hex')}`;
  const signal = options.signal ?? new AbortController().signal;
  const secrets = options.secrets ?? new SecretRegistry();
  secrets.addScenario(scenario);
  const stopLogRedaction = addLogRedaction(secrets.redact);
  const emit: RehearsalObserver = (event) => options.observer?.(secrets.redactDeep(event));
  const startedAt = new Date();
  const phases: PhaseResult[] = [];
  let steps: StepResult[] = [];
  let checks: CheckResult[] = [];
  let failure: RunError | undefined;
  let provenance: Provenance | void = undefined;
  const warnings = new WarningCollector();
  const workdir = join(options.outDir, 'work');
  const sourceMedia = cachedMediaManifest(() => options.snapshot?.mediaManifest(), join(workdir, 'source-media.jsonl'));
  mkdirSync(workdir, { recursive: true });

  let databases: { source?: StartedDatabase; target?: StartedDatabase } = {};
  let connections: { source?: Connection; target?: Connection } = {};
  const timeouts = scenario.timeouts ?? {};

  /** The start in progress: a start stopped by a limit still ends in databases that must be removed. */
  let starting: Promise<{ source: StartedDatabase; target: StartedDatabase }> | undefined;

  /** Runs one phase, timing it; a thrown error ends the run in ERROR with the phase named. */
  const phase = async (name: PhaseName, work: (signal: AbortSignal) => Promise<string | void>, timeoutMs: number): Promise<boolean> => {
    if (failure) {
      phases.push({ name, status: 'not-run', durationMs: 0 });
      return false;
    }
    emit({ type: 'phase-start', name });
    const started = performance.now();
    try {
      const deaths = [databases.source?.exited, databases.target?.exited].filter((d): d is Promise<string> => d !== undefined);
      const detail = await withLimits(work, { what: name, timeoutMs, signal, deaths, cancel: () => cancelConnections(connections) });
      phases.push({ name, status: 'passed', durationMs: Math.round(performance.now() - started), ...(detail ? { detail } : {}) });
      return true;
    } catch (error) {
      failure = { phase: name, message: errorMessage(error) };
      log.debug(`${name} failed: ${error instanceof Error ? error.stack : String(error)}`);
      phases.push({ name, status: 'failed', durationMs: Math.round(performance.now() - started), detail: failure.message });
      return false;
    } finally {
      emit({ type: 'phase-end', phase: phases.at(-1)! });
    }
  };

  try {
    let names: DatabaseNames = { source: scenario.source.database, target: scenario.target.database };
    let expectedName: string | undefined;
    if (options.snapshot) {
      const snapshot = options.snapshot;
      await phase('verify snapshot', async () => {
        const report = await snapshot.verify((p) => emit({ type: 'progress', message: `${Math.round(p.bytes / 1e6)} MB verified` }));
        // Before any server starts: the source's database is created under the name its dump expects.
        const chosen = await chooseDatabaseNames(scenario, snapshot);
        names = chosen.names;
        expectedName = chosen.expected;
        const verified = snapshot.kind === 'archive' ? `${report.members.length} members verified` : `${snapshot.kind} file checked`;
        return chosen.detail ? `${verified}; ${chosen.detail}` : verified;
      }, timeouts.loadMs ?? 3_600_000);
    }
    await phase('start databases', async (phaseSignal) => {
      starting = startDatabases(scenario, options.provider, runId, phaseSignal, secrets, names);
      databases = await starting;
      const source = await databases.source!.connect();
      const target = await databases.target!.connect();
      connections = { source, target };
      return `source ${await source.serverVersion()}${databaseOf(databases.source!)}, target ${await target.serverVersion()}${databaseOf(databases.target!)}`;
    }, timeouts.startMs ?? 180_000);
    // Snapshot SQL and setup scripts run as each database's confined user, on a connection of their own:
    // what a dump holds cannot reach outside its throwaway database, nor leave session state behind.
    await phase('load snapshot', async (phaseSignal) => {
      try {
        return await asConfinedUser(databases.source!, async (source) => {
          const detail = await loadSource({ loaded: options.loaded, snapshot: options.snapshot, connection: source, workdir, signal: phaseSignal, emit });
          warnings.collect('load snapshot', { source });
          return detail;
        });
      } catch (error) {
        throw withNameHint(error, expectedName, parseDatabaseUrl(databases.source!.getConnectionUri()).database);
      }
    }, timeouts.loadMs ?? 3_600_000);
    await phase('prepare target', async (phaseSignal) => {
      await asConfinedUser(databases.target!, async (target) => {
        await prepareTarget({ loaded: options.loaded, connection: target, signal: phaseSignal });
        warnings.collect('prepare target', { target });
      });
    }, timeouts.startMs ?? 180_000);

    if (!failure) {
      const outcome = await runSteps({
        scenario, runId, databases: databases as Required<typeof databases>, connections: connections as Required<typeof connections>,
        workdir, scenarioDir: options.loaded.dir, signal, emit, warnings, sourceMedia,
      });
      steps = outcome.steps;
      phases.push({ name: STEPS_PHASE, status: outcome.failed ? 'failed' : 'passed', durationMs: outcome.durationMs });
    } else {
      steps = scenario.steps.map((step) => ({ id: step.id, kind: step.kind, description: step.describe(), status: 'not-run' as const, durationMs: 0 }));
    }

    const stepsFailed = steps.some((s) => s.status !== 'passed');
    if (!failure && !stepsFailed) {
      const context: Omit<CheckContext, 'signal'> = {
        source: connections.source!, target: connections.target!, maxExamples: options.maxExamples ?? scenario.maxExamples ?? 5,
        warnings: warnings.all(), workdir, media: mediaCatalogue(sourceMedia, workdir), log: log.child('check'),
        progress: (message) => emit({ type: 'progress', message }),
      };
      const started = performance.now();
      const openConnections = async () => {
        const source = await databases.source!.connect();
        return { source, target: await databases.target!.connect().catch(async (error: unknown) => {
          await source.close();
          throw error;
        }) };
      };
      const reconnect = async () => {
        const pair = await openConnections();
        connections = pair;
        return pair;
      };
      const deaths = [databases.source!.exited, databases.target!.exited];
      checks = await runChecks({ scenario, context, signal, emit, deaths, reconnect, openConnections });
      phases.push({ name: CHECKS_PHASE, status: 'passed', durationMs: Math.round(performance.now() - started) });
    } else {
      checks = skippedChecks(scenario, failure ? `not run: ${failure.phase} failed` : 'not run: a migration step failed');
    }
  } catch (error) {
    // A harness bug: still an ERROR result, never a GO, and still clean up.
    failure ??= { phase: 'rehearsal', message: errorMessage(error) };
    log.debug(`unexpected: ${error instanceof Error ? error.stack : String(error)}`);
  } finally {
    const started = performance.now();
    emit({ type: 'phase-start', name: 'cleanup' });
    if (starting && !databases.source) databases = (await settledWithin(starting, START_SETTLE_MS)) ?? databases;
    provenance = await collectProvenance({ loaded: options.loaded, snapshot: options.snapshot, databases, connections, signal })
      .catch((error: unknown) => void (failure ??= { phase: 'rehearsal', message: `provenance could not be recorded: ${errorMessage(error)}` }));
    await Promise.all([connections.source?.close().catch(() => undefined), connections.target?.close().catch(() => undefined)]);
    await stopDatabases(databases, runId);
    phases.push({ name: 'cleanup', status: 'passed', durationMs: Math.round(performance.now() - started) });
    emit({ type: 'phase-end', phase: phases.at(-1)! });
    stopLogRedaction();
  }

  if (signal.aborted && !failure) failure = { phase: 'rehearsal', message: 'interrupted' };
  return secrets.redactDeep(buildResult({
    loaded: options.loaded, snapshot: options.snapshot, provider: options.provider.name, runId, version: VERSION,
    databases, startedAt, phases, steps, checks, warnings: warnings.all(), failure, productionRows: options.productionRows,
    ...(provenance ? { provenance } : {}),
  }));
}

/** The value of `promise` if it fulfils within `ms`, else undefined (a rejection is undefined too). */
async function settledWithin<T>(promise: Promise<T>, ms: number): Promise<T | undefined> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<undefined>((resolve) => {
    timer = setTimeout(() => resolve(undefined), ms);
  });
  try {
    return await Promise.race([promise.catch(() => undefined), late]);
  } finally {
    clearTimeout(timer);
  }
}

function mediaCatalogue(sourceMedia: MediaManifestSource, workdir: string): CheckContext['media'] {
  return {
    source: sourceMedia,
    target: () => readTargetMedia(join(workdir, 'target-media.jsonl')),
  };
}

/** " (database NAME)" for a database on a server, for the start phase's detail; empty for a file database. */
function databaseOf(database: StartedDatabase): string {
  if (!getEngine(database.engine).capabilities.supportsCreateDatabase) return '';
  return ` (database ${parseDatabaseUrl(database.getConnectionUri()).database})`;
}

/** Runs `work` on a new connection as `database`'s confined user, closed afterwards. */
async function asConfinedUser<T>(database: StartedDatabase, work: (connection: Connection) => Promise<T>): Promise<T> {
  const connection = await database.connectForLoad();
  try {
    return await work(connection);
  } finally {
    await connection.close().catch(() => undefined);
  }
}
