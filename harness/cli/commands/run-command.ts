/**
 * `rehearse run SCENARIO`: the whole rehearsal, reports in --out, exit code from the verdict. Only the
 * command's definition lives here; what it does (run-action.ts) loads when it runs.
 */
import type { Command } from 'commander';
import { SERVER_URL_VARIABLE } from '../server-urls.ts';
import type { RunOptions } from './run-action.ts';

export function registerRunCommand(program: Command): void {
  program
    .command('run')
    .description('rehearse a migration: start databases, load the snapshot, run the steps and checks, write reports')
    .argument('<scenario>', 'scenario name (scenarios/NAME), folder or scenario.ts file')
    .option('-s, --snapshot <file>', "snapshot to load (rehearse .tar, .sql, .sql.gz or SQLite file); default: the scenario's own")
    .option('-p, --provider <name>', 'how databases start: container (default), process (local binaries) or server')
    .option('--server <url...>', 'existing server(s) for --provider server, e.g. postgres://user:pass@host:5432/postgres (visible in ps: prefer the two below)')
    .option('--server-env <name...>', `environment variable(s) holding the server URL(s) (default: ${SERVER_URL_VARIABLE})`)
    .option('--server-file <path...>', 'file(s) holding the server URL(s), one a line')
    .option('-o, --out <dir>', 'report directory (default: rehearse-out/SCENARIO)')
    .option('-f, --format <list>', 'report formats, comma separated', 'json,markdown,junit,html')
    .option('--max-examples <n>', 'examples shown per failed check (default: the scenario\'s, else 5)')
    .option('-q, --quiet', 'no live progress line')
    .option('--production-rows <n>', 'production row count for the cutover estimate (default: the snapshot manifest\'s)')
    .action(async (ref: string, options: RunOptions) => {
      const { runCommand } = await import('./run-action.ts');
      await runCommand(ref, options);
    });
}

