/**
 * `rehearse compare A.json B.json [--format text|markdown]`: what changed from rehearsal A to rehearsal
 * B. Exit 1 when B is worse (verdict, a check that passed now fails, new findings), 0 otherwise, 2 when a
 * report cannot be read.
 */
import type { Command } from 'commander';
import { BadInputError } from '../../errors.ts';
import { COMPARISON_FORMATS, renderComparison, type ComparisonFormat } from '../../report/audit/render-comparison.ts';

export function registerCompareCommand(program: Command): void {
  program
    .command('compare')
    .description('compare two rehearsals of the same migration; exit 1 when the second is worse')
    .argument('<before>', 'report.json (or its folder) of the earlier rehearsal')
    .argument('<after>', 'report.json (or its folder) of the later rehearsal')
    .option('--format <format>', `output: ${COMPARISON_FORMATS.join(' or ')}`, 'text')
    .action(async (before: string, after: string, options: { format: string }) => {
      if (!(COMPARISON_FORMATS as readonly string[]).includes(options.format)) {
        throw new BadInputError(`--format: "${options.format}" is not a comparison format. Known: ${COMPARISON_FORMATS.join(', ')}`);
      }
      const { compareReports } = await import('../../report/audit/compare-reports.ts');
      const { readReportFile } = await import('../../report/audit/read-report-file.ts');
      const comparison = compareReports(readReportFile(before), readReportFile(after));
      process.stdout.write(renderComparison(comparison, options.format as ComparisonFormat));
      process.exitCode = comparison.worse.length > 0 ? 1 : 0;
    });
}
