/**
 * What `rehearse run SCENARIO` does (loaded only when it runs): the whole rehearsal, reports in --out,
 * exit code from the verdict.
 */
import { basename, resolve } from 'node:path';
import { BadInputError } from '../../errors.ts';
import { chooseProviderName, createProvider } from '../../provider/choose-provider.ts';
import { sweepContainers } from '../../provider/container/sweep.ts';
import { sweepRunDirectories } from '../../run-directory/sweep-run-directories.ts';
import { createReporter, REPORTER_NAMES, type ReporterName } from '../../report/index.ts';
import { SecretRegistry } from '../../report/render/secret-registry.ts';
import { runRehearsal } from '../../run/rehearsal.ts';
import { loadScenario } from '../../scenario/load-scenario.ts';
import { preflightSnapshot } from '../../snapshot/snapshot-preflight.ts';
import { openSnapshot } from '../../snapshot/snapshot-reader.ts';
import type { Snapshot } from '../../snapshot/snapshot.ts';
import { installInterruptHandlers, type Interrupts } from '../interrupts.ts';
import { lockOutDir } from '../out-dir-lock.ts';
import { makeOutDir } from '../make-out-dir.ts';
import { readServerUrls } from '../server-urls.ts';
import { ProgressDisplay } from '../progress-display.ts';
import { printVerdict } from '../print-verdict.ts';

/** The options of `rehearse run`, as commander parses them. */
export interface RunOptions {
  snapshot?: string;
  provider?: string;
  server?: string[];
  serverEnv?: string[];
  serverFile?: string[];
  out?: string;
  format: string;
  maxExamples?: string;
  quiet?: boolean;
  productionRows?: string;
}

function parseFormats(text: string): ReporterName[] {
  const names = text.split(',').map((s) => s.trim()).filter(Boolean);
  const bad = names.filter((n) => !(REPORTER_NAMES as readonly string[]).includes(n));
  if (bad.length) throw new BadInputError(`--format: "${bad.join(', ')}" is not a report format. Known: ${REPORTER_NAMES.join(', ')}`);
  return names as ReporterName[];
}

/** Runs the rehearsal `ref` names, then exits with its code once what it started is gone. */
export async function runCommand(ref: string, options: RunOptions): Promise<void> {
  // Every secret the run learns goes here; anything printed, logged or written passes through it.
  const secrets = new SecretRegistry();
  // Before anything else: Ctrl-C while the scenario loads must exit 2 too.
  const interrupts = installInterruptHandlers((text) => process.stderr.write(secrets.redact(text)));
  let exitCode: number;
  try {
    exitCode = await run(ref, options, secrets, interrupts);
  } catch (error) {
    throw secrets.redactError(error);
  }
  // Work abandoned after a time limit (a task ignoring its signal) must not keep the process alive:
  // the verdict is out and the --out lock released, so exit once what this process started is gone.
  await interrupts.exit(exitCode);
}

/** Opens and verifies the snapshot; on a terminal a transient line shows the megabytes verified (erased
 * afterwards, so that a damaged snapshot still ends in a single line). */
async function verifyBeforeStart(file: string, quiet: boolean | undefined): Promise<Snapshot> {
  const live = Boolean(process.stderr.isTTY) && !quiet && !process.env.CI;
  const show = (text: string) => live && process.stderr.write(`\r\x1b[2K${text}`);
  try {
    show(`… verifying snapshot ${basename(file)}`);
    return await preflightSnapshot(await openSnapshot(file), (p) => show(`… verifying snapshot ${basename(file)}: ${Math.round(p.bytes / 1e6)} of ${Math.round(p.totalBytes / 1e6)} MB`));
  } finally {
    show('');
  }
}

async function run(ref: string, options: RunOptions, secrets: SecretRegistry, interrupts: Interrupts): Promise<number> {
  const formats = parseFormats(options.format);
  const maxExamples = options.maxExamples === undefined ? undefined : Number(options.maxExamples);
  if (maxExamples !== undefined && (!Number.isInteger(maxExamples) || maxExamples < 1)) {
    throw new BadInputError(`--max-examples must be a whole number of at least 1, got "${options.maxExamples}"`);
  }
  const productionRows = options.productionRows === undefined ? undefined : Number(options.productionRows);
  if (productionRows !== undefined && (!Number.isSafeInteger(productionRows) || productionRows < 0)) {
    throw new BadInputError(`--production-rows must be a whole number of rows, got "${options.productionRows}"`);
  }
  const serverUrls = readServerUrls(options);
  for (const url of serverUrls ?? []) secrets.addUrl(url);
  const loaded = await loadScenario(ref);
  secrets.addScenario(loaded.scenario);
  const snapshotFile = options.snapshot ? resolve(options.snapshot) : loaded.scenario.snapshot ? resolve(loaded.dir, loaded.scenario.snapshot) : undefined;
  // The whole snapshot is checked before anything starts: a damaged one is bad input, said in one line.
  const snapshot = snapshotFile ? await verifyBeforeStart(snapshotFile, options.quiet) : undefined;
  const providerName = await chooseProviderName({ provider: options.provider, serverUrls });
  const provider = await createProvider(providerName, { serverUrls });
  const shownOut = options.out ?? `rehearse-out/${loaded.scenario.name}`;
  const outDir = makeOutDir(resolve(shownOut), shownOut);
  const unlock = lockOutDir(outDir, shownOut);
  try {
    // Leftovers of crashed runs go first, so they do not eat the machine's memory.
    if (providerName === 'container') await sweepContainers().catch(() => undefined);
    // Run directories hold more than the process provider's servers (SQLite files, checks' spill data):
    // those of dead runs go whatever the provider.
    sweepRunDirectories();

    const display = new ProgressDisplay(process.stderr, { quiet: options.quiet });
    process.stderr.write(`rehearse: ${loaded.scenario.name} via ${providerName}${snapshot ? `, snapshot ${snapshot.file}` : ''}\n`);
    interrupts.rehearsalStarted();
    const result = await runRehearsal({ loaded, snapshot, provider, outDir, maxExamples, observer: display.handle, signal: interrupts.signal, secrets, productionRows });
    display.stop();
    const written: string[] = [];
    for (const format of formats) written.push(await createReporter(format).onRunEnd(result, outDir));
    printVerdict(result, written, process.stdout);
    process.exitCode = result.exitCode;
    return result.exitCode;
  } finally {
    unlock();
  }
}
