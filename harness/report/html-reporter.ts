/**
 * `report.html`: the report for auditors and admins, one self-contained file. CSS and the timeline (SVG)
 * are inline; it has no script and fetches nothing, so it reads the same offline and prints. Verdict
 * first, then what failed with examples, per-table results with bars, tags and media summaries, the
 * timeline of phases and steps, the cutover estimate and the provenance block.
 *
 * Like every reporter it renders from the result alone, redacted, and every value is escaped. It is a
 * pure function of report.json: re-rendering a report.json gives the same bytes.
 */
import type { RehearsalResult } from '../run/rehearsal-result.ts';
import { escapeHtml } from './render/html/escape-html.ts';
import { checksSection, cutoverSection, domainSummaries, stepsSection, verdictSection, warningsSection } from './render/html/html-sections.ts';
import { HTML_REPORT_CSS } from './render/html/html-style.ts';
import { provenanceSection } from './render/html/provenance-section.ts';
import { tableSection } from './render/html/table-bars.ts';
import { timelineSvg } from './render/html/timeline-svg.ts';
import { redactDeep } from './render/redact.ts';
import { writeReportFile } from './render/write-report-file.ts';
import type { Reporter } from './reporter.ts';

export const HTML_REPORT_FILE = 'report.html';

/** Renders the HTML report text (redacted). */
export function renderHtmlReport(raw: RehearsalResult): string {
  const r = redactDeep(raw);
  const title = `${r.verdict}: ${r.scenario.name}`;
  const body = [
    verdictSection(r),
    `<p class="facts">${escapeHtml(r.scenario.description ?? '')}${r.scenario.description ? ' · ' : ''}${escapeHtml(r.startedAt)} · provider ${escapeHtml(r.provider)}</p>`,
    checksSection(r),
    tableSection(r.checks),
    domainSummaries(r),
    stepsSection(r, timelineSvg(r)),
    cutoverSection(r),
    warningsSection(r),
    provenanceSection(r),
    `<footer>Written by ${escapeHtml(r.tool.name)} ${escapeHtml(r.tool.version)}. report.json holds every detail of this rehearsal.</footer>`,
  ].filter(Boolean);
  return [
    '<!DOCTYPE html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    // Nothing may be fetched: the report is read offline and must not leak that it was opened.
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(title)}</title>`,
    `<style>${HTML_REPORT_CSS}</style>`,
    '</head>',
    '<body>',
    ...body,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

export class HtmlReporter implements Reporter {
  readonly name = 'html';

  async onRunEnd(result: RehearsalResult, outDir: string): Promise<string> {
    return writeReportFile(outDir, HTML_REPORT_FILE, renderHtmlReport(result));
  }
}
