/** `rehearse clean`: removes containers, database processes and run directories left by crashed or interrupted runs. */
import type { Command } from 'commander';

export function registerCleanCommand(program: Command): void {
  program
    .command('clean')
    .description('remove containers, database processes and temporary folders left by earlier runs')
    .option('--all', 'also remove those of runs still in progress')
    .option('--dry-run', 'only list what would be removed')
    .action(async (options: { all?: boolean; dryRun?: boolean }) => {
      // Loaded only now: the container engine's client is heavy and other commands do not need it.
      const { containerEngineAnswers } = await import('../../provider/choose-provider.ts');
      const { sweepContainers } = await import('../../provider/container/sweep.ts');
      const { sweepRunDirectories } = await import('../../run-directory/sweep-run-directories.ts');
      const verb = options.dryRun ? 'would remove' : 'removed';
      const containers = (await containerEngineAnswers()) ? await sweepContainers(options) : [];
      for (const c of containers) process.stdout.write(`${verb} container ${c.id} ${c.name} (run ${c.runId}, ${c.role}, ${c.state})\n`);
      const dirs = sweepRunDirectories(options);
      for (const d of dirs) process.stdout.write(`${verb} ${d.serverPid ? `database process ${d.serverPid} and ` : ''}${d.dir}\n`);
      const processes = dirs.filter((d) => d.serverPid).length;
      process.stdout.write(`${containers.length} container(s), ${processes} process(es), ${dirs.length} folder(s) ${verb}\n`);
    });
}
