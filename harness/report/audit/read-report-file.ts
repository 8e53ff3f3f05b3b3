/**
 * Reads a report.json given as a file or as the report folder, for the commands that work on finished
 * reports (`verify-report`, `compare`). Anything that is not a rehearse report is bad input, named in one
 * line.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { BadInputError, errorMessage } from '../../errors.ts';
import type { RehearsalResult } from '../../run/rehearsal-result.ts';
import { VERDICTS } from '../../run/statuses.ts';
import { JSON_REPORT_FILE } from '../json-reporter.ts';

/** The report file `ref` names: the file itself, or report.json inside a folder. */
export function reportFilePath(ref: string): string {
  return existsSync(ref) && statSync(ref).isDirectory() ? join(ref, JSON_REPORT_FILE) : ref;
}

/** Parses a report.json and checks the fields every reader relies on. */
export function readReportFile(ref: string): RehearsalResult {
  const file = reportFilePath(ref);
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (cause) {
    throw new BadInputError(`report ${file} cannot be read (${errorMessage(cause)})`, { cause });
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (cause) {
    throw new BadInputError(`report ${file} is not JSON (${errorMessage(cause)})`, { cause });
  }
  const report = value as Partial<RehearsalResult> | null;
  if (!report || typeof report !== 'object' || report.schemaVersion !== 1) {
    throw new BadInputError(`report ${file}: schemaVersion must be 1 (a rehearse report.json), got ${JSON.stringify(report?.schemaVersion)}`);
  }
  if (!VERDICTS.includes(report.verdict as never)) throw new BadInputError(`report ${file}: verdict must be one of ${VERDICTS.join(', ')}`);
  for (const field of ['steps', 'checks', 'phases'] as const) {
    if (!Array.isArray(report[field])) throw new BadInputError(`report ${file}: ${field} must be a list`);
  }
  return report as RehearsalResult;
}
