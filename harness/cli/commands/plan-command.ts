/** `rehearse plan SCENARIO`: what a run would do, without starting anything. */
import type { Command } from 'commander';
import { resolve } from 'node:path';

export function registerPlanCommand(program: Command): void {
  program
    .command('plan')
    .description('print the steps and checks of a scenario; starts nothing')
    .argument('<scenario>', 'scenario name, folder or scenario.ts file')
    .action(async (ref: string) => {
      const { SecretRegistry } = await import('../../report/render/secret-registry.ts');
      const { loadScenario } = await import('../../scenario/load-scenario.ts');
      const { scenario, file, sha256 } = await loadScenario(ref);
      const side = (name: 'source' | 'target') => {
        const s = scenario[name];
        const options = Object.entries(s.serverOptions ?? {}).map(([k, v]) => `${k}=${String(v)}`).join(' ');
        return `${name}: ${s.engine}${s.image ? ` (${s.image})` : ''}${options ? ` [${options}]` : ''}${s.database ? `, database ${s.database}` : ''}${s.setup?.length ? `, setup ${s.setup.join(', ')}` : ''}`;
      };
      const lines = [
        `scenario ${scenario.name} — ${file} (sha256 ${sha256.slice(0, 12)})`,
        ...(scenario.description ? [`  ${scenario.description}`] : []),
        `  ${side('source')}`,
        `  ${side('target')}`,
        `  snapshot: ${scenario.snapshot ? resolve(file, '..', scenario.snapshot) : '(none: pass --snapshot)'}`,
        'steps:',
        ...scenario.steps.map((step, i) => `  ${i + 1}. ${step.id} [${step.kind}${step.on ? ` on ${step.on}` : ''}] ${step.describe()}`),
        'checks:',
        ...scenario.checks.map((check) => `  - ${check.id} [${check.kind}, ${check.severity}] ${check.describe()}`),
      ];
      // Step descriptions are argument lists: the scenario's own secrets are masked as in a run's reports.
      const secrets = new SecretRegistry();
      secrets.addScenario(scenario);
      process.stdout.write(`${secrets.redact(lines.join('\n'))}\n`);
    });
}
