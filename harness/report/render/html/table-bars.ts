/**
 * Per-table results, source against target, with bars: for each check that compared tables (rowCounts,
 * contents) one row per table with its source and target row counts drawn to one scale, and for
 * contents the rows identical, modified, only in source, only in target and explained. Tables that make
 * the check fail come first, then by name, so the reader sees the problem without scrolling.
 */
import type { TableOutcome } from '../../../check/check.ts';
import type { CheckResult } from '../../../run/rehearsal-result.ts';
import { escapeHtml } from './escape-html.ts';

const BAR_MAX_PX = 220;

const n = (value: number | undefined) => (value === undefined ? '' : value.toLocaleString('en'));

function bars(table: TableOutcome, largest: number): string {
  const px = (rows: number) => Math.max(rows > 0 ? 1 : 0, Math.round((rows / largest) * BAR_MAX_PX));
  const differing = (table.modified ?? 0) + (table.removed ?? 0) + (table.added ?? 0);
  return [
    `<span class="bar source" style="width:${px(table.sourceRows)}px" title="source ${n(table.sourceRows)} rows"></span>`,
    `<span class="bar target" style="width:${px(table.targetRows)}px" title="target ${n(table.targetRows)} rows"></span>`,
    differing > 0 ? `<span class="bar diff" style="width:${px(differing)}px" title="${n(differing)} rows differ"></span>` : '',
  ].join('');
}

function checkTables(check: CheckResult): string {
  const tables = [...(check.tables ?? [])].sort((a, b) => Number(a.ok) - Number(b.ok) || a.table.localeCompare(b.table));
  const largest = Math.max(1, ...tables.flatMap((t) => [t.sourceRows, t.targetRows]));
  const rowByRow = tables.some((t) => t.identical !== undefined);
  const headers = ['Table', 'Source rows', 'Target rows', ...(rowByRow ? ['Identical', 'Modified', 'Only in source', 'Only in target', 'Explained'] : []), 'Result', 'Source / target'];
  const rows = tables.map((t) => {
    const name = t.target ? `${escapeHtml(t.table)} → ${escapeHtml(t.target)}` : escapeHtml(t.table);
    const counts = [t.sourceRows, t.targetRows, ...(rowByRow ? [t.identical, t.modified, t.removed, t.added, t.explained] : [])];
    const result = t.ok ? '<span class="status-passed">ok</span>' : '<span class="status-failed">differs</span>';
    return `<tr${t.ok ? '' : ' class="bad"'}><td>${name}</td>${counts.map((c) => `<td class="num">${n(c)}</td>`).join('')}<td>${result}</td><td class="bars">${bars(t, largest)}</td></tr>`;
  });
  const head = `<tr>${headers.map((h, i) => `<th scope="col"${i > 0 && i < headers.length - 2 ? ' class="num"' : ''}>${escapeHtml(h)}</th>`).join('')}</tr>`;
  return `<h3>${escapeHtml(check.id)} (${escapeHtml(check.kind)})</h3><table><thead>${head}</thead><tbody>${rows.join('')}</tbody></table>`;
}

/** The per-table section, or nothing when no check reported tables. */
export function tableSection(checks: readonly CheckResult[]): string {
  const withTables = checks.filter((c) => (c.tables?.length ?? 0) > 0);
  if (withTables.length === 0) return '';
  const legend = '<p class="legend"><span><i style="background:var(--source)"></i>source rows</span><span><i style="background:var(--target)"></i>target rows</span><span><i style="background:var(--nogo)"></i>rows that differ</span></p>';
  return `<section id="tables"><h2>Tables, source against target</h2>${legend}${withTables.map(checkTables).join('')}</section>`;
}
