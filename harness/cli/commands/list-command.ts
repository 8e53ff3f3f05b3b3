/** `rehearse list`: the scenarios found here and bundled. */
import type { Command } from 'commander';
import { errorMessage } from '../../errors.ts';
import { listScenarioNames, loadScenario } from '../../scenario/load-scenario.ts';

export function registerListCommand(program: Command): void {
  program
    .command('list')
    .description('list the scenarios (./scenarios and the bundled ones)')
    .action(async () => {
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
