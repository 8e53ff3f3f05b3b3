/** `rehearse generate pod …`: production-like Esup-Pod snapshots (wired when the generator lands). */
import type { Command } from 'commander';

export function registerGenerateCommand(program: Command): void {
  program.command('generate').description('generate production-like snapshots for bundled systems');
}
