/**
 * `report.json`: the full {@link RehearsalResult}, pretty-printed, `schemaVersion` first so a reader can
 * decide how to parse before reading further. This is the machine contract (see rehearsal-result.ts for
 * which fields are stable); the other reports are renderings of it.
 */
import type { RehearsalResult } from '../run/rehearsal-result.ts';
import { redactDeep } from './render/redact.ts';
import { writeReportFile } from './render/write-report-file.ts';
import type { Reporter } from './reporter.ts';

export const JSON_REPORT_FILE = 'report.json';

/** Renders the JSON report text (redacted). */
export function renderJsonReport(result: RehearsalResult): string {
  const { schemaVersion, ...rest } = redactDeep(result);
  return `${JSON.stringify({ schemaVersion, ...rest }, null, 2)}\n`;
}

export class JsonReporter implements Reporter {
  readonly name = 'json';

  async onRunEnd(result: RehearsalResult, outDir: string): Promise<string> {
    return writeReportFile(outDir, JSON_REPORT_FILE, renderJsonReport(result));
  }
}
