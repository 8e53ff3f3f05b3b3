/**
 * `rehearse verify-report DIR|report.json [--root DIR]`: recomputes the hashes a report claims and exits
 * 0 when they all match, 1 with one line per mismatch, 2 when the report cannot be read.
 */
import { resolve } from 'node:path';
import type { Command } from 'commander';
import { BadInputError, errorMessage } from '../../errors.ts';

export function registerVerifyReportCommand(program: Command): void {
  program
    .command('verify-report')
    .description('recompute the sha256 of the snapshot, its members and the scenario files a report names; exit 1 on a mismatch')
    .argument('<report>', 'report.json, or the report folder (--out of the run)')
    .option('--root <dir>', 'directory the rehearsal ran in, from which the report\'s paths are resolved (default: the current one)')
    .action(async (ref: string, options: { root?: string }) => {
      const { readReportFile, reportFilePath } = await import('../../report/audit/read-report-file.ts');
      const { verifyReport } = await import('../../report/audit/verify-report.ts');
      const report = readReportFile(ref);
      let outcome: Awaited<ReturnType<typeof verifyReport>>;
      try {
        outcome = await verifyReport(report, resolve(options.root ?? '.'));
      } catch (error) {
        throw new BadInputError(`report ${reportFilePath(ref)}: ${errorMessage(error)}`);
      }
      for (const line of outcome.mismatches) process.stdout.write(`MISMATCH ${line}\n`);
      process.stdout.write(`${outcome.mismatches.length === 0 ? 'ok' : 'FAILED'}: ${outcome.verified} hash(es) verified, ${outcome.mismatches.length} mismatch(es)\n`);
      process.exitCode = outcome.mismatches.length === 0 ? 0 : 1;
    });
}
