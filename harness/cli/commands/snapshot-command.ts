/** `rehearse snapshot create --from-env NAME | --from-file PATH | --from URL --out FILE` and `rehearse snapshot inspect FILE`. */
import { resolve } from 'node:path';
import type { Command } from 'commander';
import { redactUrl } from '../../engine/connection-url.ts';
import { addLogRedaction } from '../../log.ts';
import { SecretRegistry } from '../../report/render/secret-registry.ts';
import { readSnapshotSourceUrl, type SnapshotSourceOptions } from '../snapshot-source-url.ts';

export function registerSnapshotCommand(program: Command): void {
  const snapshot = program.command('snapshot').description('create and inspect snapshots');
  snapshot
    .command('create')
    .description('snapshot a live database (reads only: one consistent read-only transaction)')
    .option('--from <url>', 'database URL, e.g. mariadb://user:pass@host:3306/pod (visible in ps: prefer the two below)')
    .option('--from-env <name>', 'environment variable holding the database URL')
    .option('--from-file <path>', 'file holding the database URL')
    .requiredOption('--out <file>', 'snapshot file to write (.tar)')
    .action(async (options: SnapshotSourceOptions & { out: string }) => {
      // The URL's password is masked by value in everything printed, whatever text surrounds it.
      const secrets = new SecretRegistry();
      const stopLogRedaction = addLogRedaction(secrets.redact);
      try {
        const url = readSnapshotSourceUrl(options);
        secrets.addUrl(url);
        await createSnapshot(url, resolve(options.out), secrets);
      } catch (error) {
        throw secrets.redactError(error);
      } finally {
        stopLogRedaction();
      }
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

async function createSnapshot(url: string, out: string, secrets: SecretRegistry): Promise<void> {
  const { createSnapshotFromDatabase } = await import('../../snapshot/snapshot-create.ts');
  process.stderr.write(secrets.redact(`snapshotting ${redactUrl(url)} into ${out}\n`));
  const manifest = await createSnapshotFromDatabase(url, out, {
    onProgress: (p: { table?: string; rows?: number }) => {
      if (process.stderr.isTTY) process.stderr.write(secrets.redact(`\r\x1b[2K${p.table ?? ''} ${p.rows ?? ''} rows`));
    },
  });
  if (process.stderr.isTTY) process.stderr.write('\r\x1b[2K');
  const rows = manifest.tables.reduce((sum, t) => sum + t.rows, 0);
  process.stdout.write(secrets.redact(`wrote ${out}: ${manifest.tables.length} tables, ${rows} rows, ${manifest.members.length} members\n`));
}
