/**
 * `rehearse run SCENARIO`: the whole rehearsal, reports in --out, exit code from the verdict.
 */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Command } from 'commander';
import { BadInputError } from '../../errors.ts';
import { chooseProviderName, createProvider } from '../../provider/choose-provider.ts';
import { sweepContainers } from '../../provider/container/sweep.ts';
import { sweepProcesses } from '../../provider/process/sweep-processes.ts';
import { createReporter, REPORTER_NAMES, type ReporterName } from '../../report/index.ts';
import { runRehearsal } from '../../run/rehearsal.ts';
import { loadScenario } from '../../scenario/load-scenario.ts';
import { openSnapshot } from '../../snapshot/snapshot-reader.ts';
import { installInterruptHandlers } from '../interrupts.ts';
import { ProgressDisplay } from '../progress-display.ts';
import { printVerdict } from '../print-verdict.ts';

interface RunOptions {
  snapshot?: string;
  provider?: string;
  server?: string[];
  out?: string;
  format: string;
  maxExamples?: string;
  quiet?: boolean;
}

function parseFormats(text: string): ReporterName[] {
  const names = text.split(',').map((s) => s.trim()).filter(Boolean);
  const bad = names.filter((n) => !(REPORTER_NAMES as readonly string[]).includes(n));
  if (bad.length) throw new BadInputError(`--format: "${bad.join(', ')}" is not a report format. Known: ${REPORTER_NAMES.join(', ')}`);
  return names as ReporterName[];
}

export function registerRunCommand(program: Command): void {
  program
    .command('run')
    .description('rehearse a migration: start databases, load the snapshot, run the steps and checks, write reports')
    .argument('<scenario>', 'scenario name (scenarios/NAME), folder or scenario.ts file')
    .option('-s, --snapshot <file>', "snapshot to load (rehearse .tar, .sql, .sql.gz or SQLite file); default: the scenario's own")
    .option('-p, --provider <name>', 'how databases start: container (default), process (local binaries) or server')
    .option('--server <url...>', 'existing server(s) for --provider server, e.g. postgres://user:pass@host:5432/postgres')
    .option('-o, --out <dir>', 'report directory (default: rehearse-out/SCENARIO)')
    .option('-f, --format <list>', 'report formats, comma separated', 'json,markdown,junit')
    .option('--max-examples <n>', 'examples shown per failed check (default: the scenario\'s, else 5)')
    .option('-q, --quiet', 'no live progress line')
    .action(async (ref: string, options: RunOptions) => {
      // Before anything else: Ctrl-C while the scenario loads must exit 2 too.
      const interrupts = installInterruptHandlers((text) => process.stderr.write(text));
      const formats = parseFormats(options.format);
      const maxExamples = options.maxExamples === undefined ? undefined : Number(options.maxExamples);
      if (maxExamples !== undefined && (!Number.isInteger(maxExamples) || maxExamples < 1)) {
        throw new BadInputError(`--max-examples must be a whole number of at least 1, got "${options.maxExamples}"`);
      }
      const loaded = await loadScenario(ref);
      const snapshotFile = options.snapshot ? resolve(options.snapshot) : loaded.scenario.snapshot ? resolve(loaded.dir, loaded.scenario.snapshot) : undefined;
      const snapshot = snapshotFile ? await openSnapshot(snapshotFile) : undefined;
      const providerName = await chooseProviderName({ provider: options.provider, serverUrls: options.server });
      const provider = await createProvider(providerName, { serverUrls: options.server });
      const outDir = resolve(options.out ?? `rehearse-out/${loaded.scenario.name}`);
      mkdirSync(outDir, { recursive: true });

      // Leftovers of crashed runs go first, so they do not eat the machine's memory.
      if (providerName === 'container') await sweepContainers().catch(() => undefined);
      if (providerName === 'process') sweepProcesses();

      const display = new ProgressDisplay(process.stderr, { quiet: options.quiet });
      process.stderr.write(`rehearse: ${loaded.scenario.name} via ${providerName}${snapshot ? `, snapshot ${snapshot.file}` : ''}\n`);
      interrupts.rehearsalStarted();
      const result = await runRehearsal({ loaded, snapshot, provider, outDir, maxExamples, observer: display.handle, signal: interrupts.signal });
      display.stop();
      const written: string[] = [];
      for (const format of formats) written.push(await createReporter(format).onRunEnd(result, outDir));
      printVerdict(result, written, process.stdout);
      // Work abandoned after a time limit (a task ignoring its signal) must not keep the process alive:
      // the verdict is out, so exit once what this process started is gone.
      await interrupts.exit(result.exitCode);
    });
}
