/** `rehearse snapshot create --from URL --out FILE` and `rehearse snapshot inspect FILE`. */
import { resolve } from 'node:path';
import type { Command } from 'commander';

export function registerSnapshotCommand(program: Command): void {
  const snapshot = program.command('snapshot').description('create and inspect snapshots');
  snapshot
    .command('create')
    .description('snapshot a live database (reads only: one consistent read-only transaction)')
    .requiredOption('--from <url>', 'database URL, e.g. mariadb://user:pass@host:3306/pod')
    .requiredOption('--out <file>', 'snapshot file to write (.tar)')
    .action(async (options: { from: string; out: string }) => {
      const { createSnapshotFromDatabase } = await import('../../snapshot/snapshot-create.ts');
      const { redactUrl } = await import('../../engine/connection-url.ts');
      const out = resolve(options.out);
      process.stderr.write(`snapshotting ${redactUrl(options.from)} into ${out}\n`);
      const manifest = await createSnapshotFromDatabase(options.from, out, {
        onProgress: (p: { table?: string; rows?: number }) => {
          if (process.stderr.isTTY) process.stderr.write(`\r\x1b[2K${p.table ?? ''} ${p.rows ?? ''} rows`);
        },
      });
      if (process.stderr.isTTY) process.stderr.write('\r\x1b[2K');
      const rows = manifest.tables.reduce((sum, t) => sum + t.rows, 0);
      process.stdout.write(`wrote ${out}: ${manifest.tables.length} tables, ${rows} rows, ${manifest.members.length} members\n`);
    });
  snapshot
    .command('inspect')
    .description('print the manifest of a snapshot and verify every hash')
    .argument('<file>', 'snapshot file')
    .action(async (file: string) => {
      const { formatInspectReport, inspectSnapshot } = await import('../../snapshot/snapshot-inspect.ts');
      const report = await inspectSnapshot(resolve(file));
      process.stdout.write(`${formatInspectReport(report)}\n`);
      // A snapshot that fails verification must fail scripts that inspect it.
      if (!report.verification.ok) process.exitCode = 2;
    });
}
