/** `rehearse list`: the scenarios found here and bundled. */
import type { Command } from 'commander';

export function registerListCommand(program: Command): void {
  program
    .command('list')
    .description('list the scenarios (./scenarios and the bundled ones)')
    .action(async () => {
      const { errorMessage } = await import('../../errors.ts');
      const { listScenarioNames, loadScenario } = await import('../../scenario/load-scenario.ts');
      for (const name of listScenarioNames()) {
        try {
          const { scenario } = await loadScenario(name);
          process.stdout.write(`${name.padEnd(32)} ${scenario.source.engine} -> ${scenario.target.engine}  ${scenario.description ?? ''}\n`);
        } catch (error) {
          process.stdout.write(`${name.padEnd(32)} INVALID: ${errorMessage(error).split('\n')[0]}\n`);
        }
      }
    });
}
