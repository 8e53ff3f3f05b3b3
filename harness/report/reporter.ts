/**
 * A reporter turns a finished rehearsal into one file (Vitest's model: one reporter per output format
 * behind one interface). It writes at the end, from the {@link RehearsalResult} alone, so a report can be
 * re-rendered later from report.json; live progress is the CLI's progress display, fed by the
 * rehearsal's events (run/rehearsal-events.ts), not a reporter's concern.
 *
 * Every reporter passes all text through `redact` (render/redact.ts): a report never contains a password,
 * whatever a step printed.
 */
import type { RehearsalResult } from '../run/rehearsal-result.ts';

export interface Reporter {
  /** The registry name, e.g. "markdown". */
  readonly name: string;
  /** Writes the report into `outDir` (created if needed) and returns the path of the file written. */
  onRunEnd(result: RehearsalResult, outDir: string): Promise<string>;
}
