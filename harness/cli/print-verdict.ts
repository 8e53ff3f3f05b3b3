/** The verdict as an admin reads it at the end of a run: one headline, the reasons, where the reports are. */
import { relative } from 'node:path';
import { formatDuration } from '../report/render/format-duration.ts';
import type { RehearsalResult } from '../run/rehearsal-result.ts';

export function printVerdict(result: RehearsalResult, files: readonly string[], out: NodeJS.WritableStream): void {
  const lines = [
    '',
    `${result.verdict} — ${result.scenario.name} (exit ${result.exitCode}, ${formatDuration(result.durationMs)})`,
    ...result.reasons.map((reason) => `  • ${reason}`),
  ];
  for (const check of result.checks.filter((c) => c.status === 'failed' || c.status === 'errored')) {
    lines.push(`  ${check.id}: ${check.summary}`);
    for (const example of check.examples.slice(0, 3)) {
      lines.push(`    - ${example.subject}: ${example.detail.split('\n').slice(0, 6).join('\n      ')}`);
    }
  }
  lines.push(`  cutover estimate: ${result.cutover.note}`);
  if (files.length) lines.push(`  reports: ${files.map((f) => relative(process.cwd(), f) || f).join(', ')}`);
  out.write(`${lines.join('\n')}\n`);
}
