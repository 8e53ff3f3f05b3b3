/** `rehearse clean`: removes containers and database processes left by crashed or interrupted runs. */
import type { Command } from 'commander';

export function registerCleanCommand(program: Command): void {
  program
    .command('clean')
    .description('remove containers and database processes left by earlier runs')
    .option('--all', 'also remove those of runs still in progress')
    .option('--dry-run', 'only list what would be removed')
    .action(async (options: { all?: boolean; dryRun?: boolean }) => {
      // Loaded only now: the container engine's client is heavy and other commands do not need it.
      const { containerEngineAnswers } = await import('../../provider/choose-provider.ts');
      const { sweepContainers } = await import('../../provider/container/sweep.ts');
      const { sweepProcesses } = await import('../../provider/process/sweep-processes.ts');
      const verb = options.dryRun ? 'would remove' : 'removed';
      const containers = (await containerEngineAnswers()) ? await sweepContainers(options) : [];
      for (const c of containers) process.stdout.write(`${verb} container ${c.id} ${c.name} (run ${c.runId}, ${c.role}, ${c.state})\n`);
      const processes = sweepProcesses(options);
      for (const p of processes) process.stdout.write(`${verb} database process ${p.serverPid ?? '?'} and ${p.dir}\n`);
      process.stdout.write(`${containers.length} container(s), ${processes.length} process(es) ${verb}\n`);
    });
}
