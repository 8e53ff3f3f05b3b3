/**
 * A check compares source and target after the migration and says passed or failed, with examples.
 * One module per check kind in this folder; each exports a factory used in scenario files, e.g.
 * `rowCounts({ tables: { Album: 'album' } })`.
 */
import type { Connection, ServerWarning } from '../engine/engine.ts';
import type { Logger } from '../log.ts';
import type { MediaManifestEntry } from '../snapshot/snapshot-format.ts';
import type { CheckOutcomeStatus } from '../run/statuses.ts';

export const SEVERITIES = ['blocking', 'warning'] as const;
export type Severity = (typeof SEVERITIES)[number];

export interface CheckContext {
  readonly source: Connection;
  readonly target: Connection;
  /** How many example rows a failing check shows at most. */
  readonly maxExamples: number;
  /** Every server warning captured during the run (snapshot load and steps), with the step that raised it. */
  readonly warnings: readonly CapturedWarning[];
  /** The shared working directory of the steps (exports, logs, files they wrote). */
  readonly workdir: string;
  /** Media files known on each side: the snapshot's media manifest (source) and what the steps produced
   * (target, `workdir/target-media.jsonl` when a step wrote one). Streams; never loads everything. */
  readonly media: MediaCatalogue;
  readonly log: Logger;
  readonly signal: AbortSignal;
  /** Shows a one-line progress message (e.g. rows/s and the time left of a long comparison); absent in
   * contexts with no display. */
  readonly progress?: (message: string) => void;
}

export interface MediaCatalogue {
  source(): AsyncIterable<MediaManifestEntry> | undefined;
  target(): AsyncIterable<MediaManifestEntry> | undefined;
}

export interface CapturedWarning extends ServerWarning {
  /** The phase or step id during which the warning was raised, e.g. "load-snapshot" or "import". */
  readonly during: string;
  readonly role: 'source' | 'target';
}

/** One example of what went wrong, ready to print: a short label and the values that differ. */
export interface CheckExample {
  /** What the example is about, e.g. `table "Track" id 42` or `tag "vidéo" on video 17`. */
  readonly subject: string;
  /** Free-form explanation; for row differences a unified diff produced with the `diff` package. */
  readonly detail: string;
}

export interface CheckOutcome {
  readonly status: CheckOutcomeStatus;
  /** One line: "11 tables match", "Track: 3503 rows in source, 3502 in target". */
  readonly summary: string;
  /** Up to maxExamples examples (failed only). */
  readonly examples: readonly CheckExample[];
  /** Totals worth showing (rows compared, tags lost…), stable keys for the JSON report. */
  readonly metrics?: Readonly<Record<string, number>>;
  /** Per-table results of checks that compare tables (rowCounts, contents), for the reports' table view. */
  readonly tables?: readonly TableOutcome[];
}

/** One table compared source against target. */
export interface TableOutcome {
  /** The source table's name. */
  readonly table: string;
  /** The target table's name, when it differs from the source's. */
  readonly target?: string;
  readonly sourceRows: number;
  readonly targetRows: number;
  /** Row by row (contents): identical, modified, only in source, only in target, declared differences. */
  readonly identical?: number;
  readonly modified?: number;
  readonly removed?: number;
  readonly added?: number;
  readonly explained?: number;
  /** False when this table makes the check fail. */
  readonly ok: boolean;
}

export interface Check {
  /** Unique within the scenario; defaults to the kind. */
  readonly id: string;
  readonly kind: string;
  readonly severity: Severity;
  /** One line for `rehearse plan`. */
  describe(): string;
  /** True when the check must not run beside others (it relies on the servers being otherwise idle, or
   * on server-wide state): it starts once the checks before it are done, and those after it wait.
   * Every check has connections of its own in any case. @default false */
  readonly runsAlone?: boolean;
  /** Throws only when the check cannot run (bad SQL, missing table): that is an ERROR, never a pass. */
  run(context: CheckContext): Promise<CheckOutcome>;
}

export interface CheckOptionsBase {
  readonly id?: string;
  /** @default 'blocking' */
  readonly severity?: Severity;
}
