/**
 * A migration step. Steps run in order; each is timed; the first failure stops the run (ERROR verdict)
 * and the following steps are reported as not-run.
 */
import type { Connection } from '../engine/engine.ts';
import type { Logger } from '../log.ts';
import type { DatabaseRole } from '../provider/provider.ts';
import type { MediaManifestEntry } from '../snapshot/snapshot-format.ts';

export const STEP_KINDS = ['sql', 'exec', 'task'] as const;
export type StepKind = (typeof STEP_KINDS)[number];

export interface StepContext {
  /** Id of this rehearsal (labels of containers a step starts, so cleanup finds them). */
  readonly runId: string;
  readonly source: Connection;
  readonly target: Connection;
  /** URLs with credentials, for commands run on this machine. */
  readonly sourceUrl: string;
  readonly targetUrl: string;
  /** URLs reachable from a step container on the container engine's network. */
  readonly sourceContainerUrl: string;
  readonly targetContainerUrl: string;
  /** Shared working directory, kept for the checks and the report. */
  readonly workdir: string;
  /** Directory of the scenario file, to resolve relative paths. */
  readonly scenarioDir: string;
  /** Directory where the snapshot's media files were extracted (if it had any). */
  readonly sourceMediaDir?: string;
  /** The snapshot's media manifest (streamed), for steps that carry or move media and describe the
   * result in `workdir/target-media.jsonl`; undefined when the snapshot has none. */
  readonly sourceMedia?: () => AsyncIterable<MediaManifestEntry> | undefined;
  readonly log: Logger;
  /** Progress for the screen: "rows copied 12000". */
  progress(message: string): void;
  readonly signal: AbortSignal;
}

export interface StepOutput {
  /** Captured output kept for the report (tail of stdout/stderr for exec steps). */
  readonly output?: string;
  /** Rows the step reports having moved, for the cutover estimate. */
  readonly rows?: number;
}

export interface Step {
  readonly id: string;
  readonly kind: StepKind;
  /** Which side a SQL step runs on; undefined for exec/task. */
  readonly on?: DatabaseRole;
  /** Abort the step after this many milliseconds. @default 30 minutes */
  readonly timeoutMs?: number;
  describe(): string;
  /** What the step was given that may hold secrets (its environment, its arguments): the run registers
   * the values of variables named like secrets and of `--password` arguments, and masks them everywhere. */
  readonly secretSources?: { readonly env?: Readonly<Record<string, string>>; readonly args?: readonly string[] };
  /** Problems found before anything starts (missing file…), each naming the field at fault. */
  validate?(scenarioDir: string): readonly string[];
  run(context: StepContext): Promise<StepOutput>;
  /** What the step reads besides the databases, for the report's provenance: files (paths relative to
   * the scenario folder; candidates that are not files there are ignored) and container images. */
  inputs?(): StepInputs;
}

export interface StepInputs {
  readonly files?: readonly string[];
  readonly images?: readonly string[];
}
