/**
 * The `rehearse` command line. Errors the user can fix are printed as one clear message and exit 2;
 * a stack trace appears only with --debug (or REHEARSE_DEBUG=1).
 */
import { Command, CommanderError } from 'commander';
import { errorMessage, RehearseError } from '../errors.ts';
import { preparePodmanEnvironment } from '../provider/container/engine-environment.ts';
import { VERSION } from '../version.ts';
import { oneLine } from './one-line.ts';
import { registerCleanCommand } from './commands/clean-command.ts';
import { registerCompareCommand } from './commands/compare-command.ts';
import { registerGenerateCommand } from './commands/generate-command.ts';
import { registerImagesCommand } from './commands/images-command.ts';
import { registerListCommand } from './commands/list-command.ts';
import { registerPlanCommand } from './commands/plan-command.ts';
import { registerRunCommand } from './commands/run-command.ts';
import { registerSnapshotCommand } from './commands/snapshot-command.ts';
import { registerVerifyReportCommand } from './commands/verify-report-command.ts';

const EXIT_ERROR = 2;

preparePodmanEnvironment();

// --debug is accepted anywhere on the line. Other program options must come before the sub-command
// (positional options), so that `generate pod --version v3` means the Pod version, not ours.
const debug = process.argv.includes('--debug') || Boolean(process.env.REHEARSE_DEBUG);
const argv = process.argv.filter((arg) => arg !== '--debug');
if (debug) process.env.REHEARSE_DEBUG ||= '1';

const program = new Command()
  .name('rehearse')
  .description('Rehearse a database migration in throwaway databases and get a GO / NO-GO verdict.\nExit codes: 0 GO, 1 NO-GO, 2 error.')
  .version(VERSION)
  .option('--debug', 'print stack traces and debug logs (accepted anywhere on the line)')
  .enablePositionalOptions()
  // Usage errors are one line too: commander's "Did you mean" goes on the same line as the error.
  .configureOutput({ outputError: (text, write) => write(`${oneLine(`rehearse: ${text.replace(/^error: /, '')}`)} (add --help for usage)\n`) })
  .exitOverride();

registerRunCommand(program);
registerPlanCommand(program);
registerListCommand(program);
registerCleanCommand(program);
registerImagesCommand(program);
registerSnapshotCommand(program);
registerGenerateCommand(program);
registerVerifyReportCommand(program);
registerCompareCommand(program);
for (const command of program.commands) {
  command.exitOverride();
  for (const sub of command.commands) sub.exitOverride();
}

try {
  await program.parseAsync(argv);
} catch (error) {
  if (error instanceof CommanderError) {
    // --help and --version end here with code 0; usage errors were already printed by commander.
    process.exitCode = error.exitCode === 0 ? 0 : EXIT_ERROR;
  } else {
    process.stderr.write(`${describeFailure(error)}\n`);
    if (debug && error instanceof Error && error.stack) process.stderr.write(`${error.stack}\n`);
    process.exitCode = EXIT_ERROR;
  }
}

/**
 * The one line printed for an error. Errors raised on purpose carry their message; a file system refusal
 * (ENAMETOOLONG, EACCES…) names the path; anything else is a harness bug, said as such.
 */
function describeFailure(error: unknown): string {
  if (error instanceof RehearseError) return oneLine(`rehearse: ${error.message}`);
  const system = error as NodeJS.ErrnoException;
  if (system?.code && system.syscall) {
    return oneLine(`rehearse: ${system.path ? `${system.path}: ` : ''}${system.syscall} failed (${system.code})`);
  }
  return oneLine(`rehearse: internal error: ${errorMessage(error)}${debug ? '' : ' (run with --debug for the stack trace)'}`);
}
