/**
 * Removes from a report what legitimately differs between two runs of the same inputs: times (startedAt,
 * finishedAt, the run id that starts with the date), timings (every `…Ms` field, the extrapolation
 * derived from them, and durations and rates written inside sentences). Nothing else is touched, so two
 * normalised reports of the same inputs must be equal byte for byte.
 */
import type { RehearsalResult } from '../../harness/run/rehearsal-result.ts';

const TIME_KEYS = new Set(['startedAt', 'finishedAt', 'runId']);
/** "850 ms", "4.2 s", "3 min 07 s", "1 h 02 min", "12,000 rows/s". */
const DURATION_TEXT = /\b\d+(?:[.,]\d+)*\s?(?:ms|s|min|h)\b(?:\s\d+\s?(?:s|min))?|\b[\d,]+ rows\/s\b/g;

function normalise(value: unknown, key = ''): unknown {
  if (TIME_KEYS.has(key)) return `<${key}>`;
  if (typeof value === 'number' && /Ms$/.test(key)) return 0;
  if (typeof value === 'string') return value.replace(DURATION_TEXT, '<duration>');
  if (Array.isArray(value)) return value.map((item) => normalise(item));
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, normalise(v, k)]));
  return value;
}

/** The report with times and timings replaced by placeholders. */
export function normaliseTimings(report: RehearsalResult): RehearsalResult {
  return normalise(report) as RehearsalResult;
}
