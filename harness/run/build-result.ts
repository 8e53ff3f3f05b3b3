/** Assembles the RehearsalResult (the JSON report's contract) and decides the verdict. */
import { relative } from 'node:path';
import type { CapturedWarning } from '../check/check.ts';
import type { DatabaseOrigin, StartedDatabase } from '../provider/provider.ts';
import type { LoadedScenario } from '../scenario/load-scenario.ts';
import type { Snapshot } from '../snapshot/snapshot.ts';
import { estimateCutover } from './cutover-estimate.ts';
import { REPORT_SCHEMA_VERSION, type CheckResult, type PhaseResult, type Provenance, type RehearsalResult, type RunError, type StepResult } from './rehearsal-result.ts';
import { decideVerdict } from './verdict.ts';

const WARNINGS_KEPT = 100;

export interface ResultInput {
  readonly loaded: LoadedScenario;
  readonly snapshot?: Snapshot;
  readonly provider: string;
  readonly runId: string;
  readonly version: string;
  readonly databases: { source?: StartedDatabase; target?: StartedDatabase };
  readonly startedAt: Date;
  readonly phases: readonly PhaseResult[];
  readonly steps: readonly StepResult[];
  readonly checks: readonly CheckResult[];
  readonly warnings: readonly CapturedWarning[];
  readonly failure?: RunError;
  /** `--production-rows`: the production volume the cutover estimate extrapolates to. */
  readonly productionRows?: number;
  readonly provenance?: Provenance;
}

/** The origin without its handle: a container id or pid differs on every run and means nothing once the
 * run is over, and reports of the same inputs must be identical apart from times. */
function reportedOrigin(database: StartedDatabase): DatabaseOrigin {
  const { handle: _handle, ...origin } = database.origin();
  return origin;
}

export function buildResult(input: ResultInput): RehearsalResult {
  const finishedAt = new Date();
  const verdict = decideVerdict({ phases: input.phases, steps: input.steps, checks: input.checks, error: input.failure });
  const manifest = input.snapshot?.manifest;
  const rows = manifest?.tables.reduce((sum, t) => sum + t.rows, 0);
  return {
    schemaVersion: REPORT_SCHEMA_VERSION,
    tool: { name: 'rehearse', version: input.version },
    runId: input.runId,
    scenario: {
      name: input.loaded.scenario.name,
      ...(input.loaded.scenario.description ? { description: input.loaded.scenario.description } : {}),
      path: relative(process.cwd(), input.loaded.file) || input.loaded.file,
      sha256: input.loaded.sha256,
    },
    ...(input.snapshot
      ? {
          snapshot: {
            path: relative(process.cwd(), input.snapshot.file) || input.snapshot.file,
            sha256: input.snapshot.sha256,
            format: input.snapshot.kind,
            ...(manifest ? { tables: manifest.tables.length, rows } : {}),
          },
        }
      : {}),
    provider: input.provider,
    databases: {
      ...(input.databases.source ? { source: reportedOrigin(input.databases.source) } : {}),
      ...(input.databases.target ? { target: reportedOrigin(input.databases.target) } : {}),
    },
    startedAt: input.startedAt.toISOString(),
    finishedAt: finishedAt.toISOString(),
    durationMs: finishedAt.getTime() - input.startedAt.getTime(),
    verdict: verdict.verdict,
    exitCode: verdict.exitCode,
    reasons: verdict.reasons,
    phases: input.phases,
    steps: input.steps,
    checks: input.checks,
    warnings: { total: input.warnings.length, items: input.warnings.slice(0, WARNINGS_KEPT) },
    cutover: estimateCutover({ steps: input.steps, checks: input.checks, rows, manifest, productionRows: input.productionRows }),
    ...(input.failure ? { error: input.failure } : {}),
    ...(input.provenance ? { provenance: input.provenance } : {}),
  };
}
