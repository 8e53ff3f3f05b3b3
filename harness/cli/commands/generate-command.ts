/**
 * `rehearse generate NAME … --out FILE`: a production-like snapshot from a domain package's generator.
 * The generators are discovered only when this command runs (bundled `scenarios/*\/domain.ts`, then
 * `./scenarios/*\/domain.ts`, then each `--domain FILE`) and become sub-commands whose options, help
 * and value checks come from the generator's declared options.
 */
import { resolve } from 'node:path';
import { Command, Option } from 'commander';
import type { FoundGenerator } from '../../domain/find-domains.ts';
import type { GeneratorOption, GeneratorOptionValues } from '../../domain/generator.ts';
import { BadInputError } from '../../errors.ts';

function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
}

/** The `--domain FILE` values given between `generate` and NAME (read before commander parses them). */
function domainFilesOnLine(argv: readonly string[]): string[] {
  const start = argv.indexOf('generate');
  if (start < 0) return [];
  const files: string[] = [];
  for (let i = start + 1; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (arg === '--domain' && i + 1 < argv.length) files.push(argv[++i] ?? '');
    else if (arg.startsWith('--domain=')) files.push(arg.slice('--domain='.length));
    else if (!arg.startsWith('-')) break;
  }
  return files;
}

function commanderOption(option: GeneratorOption): Option {
  const kind = option.kind ?? 'value';
  const placeholder = option.placeholder ?? 'value';
  const flags = kind === 'flag' ? `--${option.flag}` : kind === 'list' ? `--${option.flag} <${placeholder}...>` : `--${option.flag} <${placeholder}>`;
  const built = new Option(flags, option.description);
  if (option.choices) built.choices(option.choices);
  if (option.default !== undefined) built.default(option.default);
  if (kind === 'list') built.default([]);
  if (option.required) built.makeOptionMandatory();
  return built;
}

function generatorCommand(parent: Command, found: FoundGenerator): Command {
  const { generator } = found;
  const command = new Command(generator.name)
    .copyInheritedSettings(parent)
    .description(`${generator.description} [${found.domain}]`)
    .requiredOption('--out <file>', 'snapshot file to write (.tar)')
    .exitOverride();
  for (const option of generator.options) command.addOption(commanderOption(option));
  if (generator.help) command.addHelpText('after', `\n${generator.help}`);
  command.action(async (values: GeneratorOptionValues & { out: string }) => {
    const { out: outOption, ...options } = values;
    const out = resolve(outOption);
    const tty = process.stderr.isTTY;
    const started = performance.now();
    const result = await generator.generate(options, out, (status) => {
      if (tty) process.stderr.write(`\r\x1b[2K${status}`);
    });
    if (tty) process.stderr.write('\r\x1b[2K');
    for (const warning of result.warnings ?? []) process.stderr.write(`warning: ${warning}\n`);
    process.stdout.write(`wrote ${out}: ${result.summary} in ${Math.round(performance.now() - started)} ms\n`);
  });
  return command;
}

export function registerGenerateCommand(program: Command): void {
  const generate = program
    .command('generate')
    .description("generate a production-like snapshot with a domain package's generator (generate --help lists them)")
    .option('--domain <file>', 'also load this domain package (its domain.ts); repeatable, before NAME', collect, [])
    .argument('[name]', 'generator name')
    .allowUnknownOption()
    .allowExcessArguments()
    .action((name: string | undefined, _options: unknown, command: Command) => {
      if (!name) command.help({ error: true });
      const known = command.commands.map((c) => c.name()).join(', ') || '(none)';
      throw new BadInputError(`generator "${name}" is not known. Known generators: ${known} (a domain package elsewhere is loaded with --domain FILE)`);
    });
  // Domains are loaded only when `generate` is the command being run, just before it parses its arguments.
  program.hook('preSubcommand', async (_program, subcommand) => {
    if (subcommand !== generate) return;
    const { findDomainFiles, loadGenerators } = await import('../../domain/find-domains.ts');
    const generators = await loadGenerators(findDomainFiles(domainFilesOnLine(process.argv)));
    for (const found of [...generators.values()].sort((a, b) => a.generator.name.localeCompare(b.generator.name))) {
      generate.addCommand(generatorCommand(generate, found));
    }
  });
}
