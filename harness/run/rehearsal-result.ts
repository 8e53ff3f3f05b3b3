/**
 * The full result of a rehearsal. This is the contract of the JSON report: fields are stable within a
 * `schemaVersion`; new optional fields may be added without a bump, removals and renames bump it.
 */
import type { CheckExample, CapturedWarning, Severity, TableOutcome } from '../check/check.ts';
import type { DatabaseOrigin } from '../provider/provider.ts';
import type { PhaseName, RunErrorPlace } from './phases.ts';
import type { CheckStatus, PhaseStatus, StepStatus, Verdict } from './statuses.ts';

export const REPORT_SCHEMA_VERSION = 1;

export { CHECK_STATUSES, EXIT_CODES, PHASE_STATUSES, STEP_STATUSES, VERDICTS } from './statuses.ts';
export type { CheckStatus, PhaseStatus, StepStatus, Verdict } from './statuses.ts';
export type { PhaseName, RunErrorPlace } from './phases.ts';

/** Where a run error happened and what it said. */
export interface RunError {
  readonly phase: RunErrorPlace;
  readonly message: string;
}

export interface PhaseResult {
  /** One of PHASE_NAMES (phases.ts), in the order they ran. */
  readonly name: PhaseName;
  readonly status: PhaseStatus;
  readonly durationMs: number;
  readonly detail?: string;
}

export interface StepResult {
  readonly id: string;
  readonly kind: string;
  readonly description: string;
  readonly status: StepStatus;
  readonly durationMs: number;
  readonly rows?: number;
  /** Tail of the step's output (exec steps), secrets redacted. */
  readonly output?: string;
  readonly error?: string;
}

export interface CheckResult {
  readonly id: string;
  readonly kind: string;
  readonly severity: Severity;
  readonly description: string;
  readonly status: CheckStatus;
  readonly durationMs: number;
  readonly summary: string;
  readonly examples: readonly CheckExample[];
  readonly metrics?: Readonly<Record<string, number>>;
  /** Per-table results (rowCounts, contents). Optional: added after schemaVersion 1 was first written. */
  readonly tables?: readonly TableOutcome[];
  readonly error?: string;
}

export interface Fingerprint {
  readonly path: string;
  readonly sha256: string;
  readonly size?: number;
}

export interface RehearsalResult {
  readonly schemaVersion: typeof REPORT_SCHEMA_VERSION;
  readonly tool: { readonly name: 'rehearse'; readonly version: string };
  readonly runId: string;
  readonly scenario: { readonly name: string; readonly description?: string } & Fingerprint;
  readonly snapshot?: Fingerprint & { readonly format: string; readonly tables?: number; readonly rows?: number };
  readonly provider: string;
  readonly databases: { readonly source?: DatabaseOrigin; readonly target?: DatabaseOrigin };
  readonly startedAt: string;
  readonly finishedAt: string;
  readonly durationMs: number;
  readonly verdict: Verdict;
  readonly exitCode: number;
  /** Why the verdict is what it is, one line per reason. */
  readonly reasons: readonly string[];
  readonly phases: readonly PhaseResult[];
  readonly steps: readonly StepResult[];
  readonly checks: readonly CheckResult[];
  /** Server warnings captured during load and steps (first 100), with their total count. */
  readonly warnings: { readonly total: number; readonly items: readonly CapturedWarning[] };
  /** Estimated cutover window: the time of the migration steps measured here, scaled. */
  readonly cutover: CutoverEstimate;
  /** Set when the run ended in ERROR for a reason outside steps and checks. */
  readonly error?: RunError;
  /** What exactly was rehearsed, for auditors (`rehearse verify-report` recomputes the hashes). Optional:
   * added after schemaVersion 1 was first written. */
  readonly provenance?: Provenance;
}

/** A file and its sha256, for `rehearse verify-report`. */
export interface HashedFile {
  /** Relative to the folder its parent names (the scenario folder for scenario files). */
  readonly path: string;
  readonly sha256: string;
  readonly size: number;
  /** Why the file is part of the rehearsal: "scenario", "source setup", "step copy" … */
  readonly role: string;
}

export interface Provenance {
  /** The harness that ran: package version, and the git commit of its checkout when it is one. */
  readonly harness: { readonly version: string; readonly gitCommit?: string; readonly gitDirty?: boolean; readonly node: string };
  readonly scenario: {
    /** The scenario folder, relative to the directory the run started in. */
    readonly dir: string;
    /** sha256 over every file of the folder (the same as scenario.sha256). */
    readonly treeSha256: string;
    /** The scenario file and every file it references (setup scripts, step scripts), each hashed. */
    readonly files: readonly HashedFile[];
  };
  readonly snapshot?: {
    readonly path: string;
    readonly sha256: string;
    readonly size: number;
    /** Archive members, as verified against their sha256 before loading. */
    readonly members: readonly { readonly name: string; readonly sha256: string; readonly size: number }[];
  };
  /** Container images used (databases and exec steps), with the image id and registry digests. */
  readonly images: readonly { readonly role: string; readonly requested: string; readonly resolved: string; readonly id?: string; readonly digests?: readonly string[] }[];
  /** `SELECT VERSION()` of each side. */
  readonly servers: readonly { readonly role: 'source' | 'target'; readonly engine: string; readonly version: string }[];
}

export interface CutoverEstimate {
  /** Sum of the migration steps' durations in this rehearsal. */
  readonly stepsMs: number;
  /** Rows in the snapshot, when known. */
  readonly rows?: number;
  /** The production row count the estimate extrapolates to, when known, and where it came from. */
  readonly productionRows?: number;
  readonly productionRowsFrom?: 'option' | 'manifest' | 'snapshot';
  /** productionRows / rows (4 significant digits), when both are known. */
  readonly factor?: number;
  /** stepsMs scaled by factor: the estimated duration of the steps in production. */
  readonly estimatedMs?: number;
  /** Sum of the checks' durations here (not part of the estimate, shown for planning). Optional: added
   * after schemaVersion 1 was first written. */
  readonly checksMs?: number;
  /** Each step's measured time and rows, and its extrapolation. Optional for the same reason. */
  readonly steps?: readonly CutoverStepEstimate[];
  /** What the estimate assumes, one sentence each. Optional for the same reason. */
  readonly assumptions?: readonly string[];
  /** One sentence for admins: the measured time and, when known, the extrapolated one. */
  readonly note: string;
}

export interface CutoverStepEstimate {
  readonly id: string;
  readonly durationMs: number;
  readonly rows?: number;
  readonly estimatedMs?: number;
}
