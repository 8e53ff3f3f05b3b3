/**
 * A reporter turns a finished rehearsal into one file (Vitest's model: one reporter per output format
 * behind one interface). The hooks before `onRunEnd` are for live progress and are optional; the
 * built-in reporters only write at the end, from the {@link RehearsalResult} alone, so a report can be
 * re-rendered later from report.json.
 *
 * Every reporter passes all text through `redact` (render/redact.ts): a report never contains a password,
 * whatever a step printed.
 */
import type { RehearsalResult, StepResult } from '../run/rehearsal-result.ts';

/** What is known when the rehearsal starts. */
export interface RunStartInfo {
  readonly runId: string;
  readonly scenario: { readonly name: string; readonly path: string };
  /** ISO 8601. */
  readonly startedAt: string;
}

export interface Reporter {
  /** The registry name, e.g. "markdown". */
  readonly name: string;
  onRunStart?(info: RunStartInfo): void | Promise<void>;
  /** Called after each step finishes (passed or failed). */
  onStepResult?(step: StepResult): void | Promise<void>;
  /** Writes the report into `outDir` (created if needed) and returns the path of the file written. */
  onRunEnd(result: RehearsalResult, outDir: string): Promise<string>;
}
