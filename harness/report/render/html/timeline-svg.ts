/**
 * The timeline of a rehearsal as an inline SVG: one bar per phase on a common time axis, and under the
 * migration steps phase one bar per step, placed where it ran. Phases run one after the other (the
 * rehearsal is sequential), so each starts where the previous ended; steps likewise within their phase.
 */
import { STEPS_PHASE } from '../../../run/phases.ts';
import type { RehearsalResult } from '../../../run/rehearsal-result.ts';
import { formatDuration } from '../format-duration.ts';
import { escapeHtml } from './escape-html.ts';

const WIDTH = 1000;
const LABEL = 230;
const ROW = 22;
const BAR = 14;
const COLOURS = { passed: '#2da44e', failed: '#cf222e', 'not-run': '#afb8c1' } as const;

interface Row {
  readonly label: string;
  readonly startMs: number;
  readonly ms: number;
  readonly status: keyof typeof COLOURS;
  readonly indent: boolean;
}

function rows(result: RehearsalResult): Row[] {
  const out: Row[] = [];
  let clock = 0;
  for (const phase of result.phases) {
    out.push({ label: phase.name, startMs: clock, ms: phase.durationMs, status: phase.status, indent: false });
    if (phase.name === STEPS_PHASE) {
      let stepClock = clock;
      for (const step of result.steps) {
        out.push({ label: `step ${step.id}`, startMs: stepClock, ms: step.durationMs, status: step.status, indent: true });
        stepClock += step.durationMs;
      }
    }
    clock += phase.durationMs;
  }
  return out;
}

/** The SVG element (escaped labels, a title on every bar for its exact duration). */
export function timelineSvg(result: RehearsalResult): string {
  const list = rows(result);
  const total = Math.max(1, list.reduce((end, r) => Math.max(end, r.startMs + r.ms), 0));
  const scale = (WIDTH - LABEL - 90) / total;
  const height = list.length * ROW + 28;
  const bars = list.map((row, i) => {
    const y = 6 + i * ROW;
    const x = LABEL + row.startMs * scale;
    const w = Math.max(1, row.ms * scale);
    const label = escapeHtml(row.label);
    const time = escapeHtml(formatDuration(row.ms));
    return [
      `<text x="${row.indent ? 18 : 4}" y="${y + BAR - 3}">${label}</text>`,
      `<rect x="${x.toFixed(1)}" y="${y}" width="${w.toFixed(1)}" height="${BAR}" rx="2" fill="${COLOURS[row.status]}"><title>${label}: ${time} (${escapeHtml(row.status)})</title></rect>`,
      `<text x="${(x + w + 4).toFixed(1)}" y="${y + BAR - 3}">${time}</text>`,
    ].join('');
  });
  const axisY = list.length * ROW + 14;
  const axis = `<line x1="${LABEL}" y1="${axisY - 6}" x2="${WIDTH - 90}" y2="${axisY - 6}" stroke="#d0d7de"/><text x="${LABEL}" y="${axisY + 8}">0</text><text x="${WIDTH - 90}" y="${axisY + 8}" text-anchor="end">${escapeHtml(formatDuration(total))}</text>`;
  return `<svg class="timeline" role="img" aria-label="Timeline of phases and steps" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${WIDTH} ${height}" width="${WIDTH}" height="${height}">${bars.join('')}${axis}</svg>`;
}
