/**
 * The cutover estimate as rows of text, shared by the Markdown and HTML reports so both say the same
 * thing: one row per step (measured time, rows, rows/s, extrapolated time), then the total.
 */
import type { CutoverEstimate } from '../../run/rehearsal-result.ts';
import { formatDuration } from './format-duration.ts';

export const CUTOVER_HEADERS = ['Step', 'Measured', 'Rows', 'Rows/s', 'Estimated in production'] as const;

const rate = (rows: number | undefined, ms: number) => (rows === undefined || ms <= 0 ? '' : Math.round((rows * 1000) / ms).toLocaleString('en'));

/** One row per step plus a total row; the estimate column is "–" when nothing could be extrapolated. */
export function cutoverRows(cutover: CutoverEstimate): string[][] {
  const estimate = (ms: number | undefined) => (ms === undefined ? '–' : formatDuration(ms));
  const rows = (cutover.steps ?? []).map((s) => [s.id, formatDuration(s.durationMs), s.rows === undefined ? '' : s.rows.toLocaleString('en'), rate(s.rows, s.durationMs), estimate(s.estimatedMs)]);
  rows.push(['all steps', formatDuration(cutover.stepsMs), cutover.rows === undefined ? '' : `${cutover.rows.toLocaleString('en')} (snapshot)`, '', estimate(cutover.estimatedMs)]);
  return rows;
}

/** The assumptions, or the note alone for reports written before they were recorded. */
export function cutoverAssumptions(cutover: CutoverEstimate): readonly string[] {
  return cutover.assumptions ?? [];
}
