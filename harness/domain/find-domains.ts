/**
 * Finds the domain packages `rehearse generate` offers, in this order: the bundled ones
 * (`scenarios/*\/domain.ts` of this package), those of the current project (`./scenarios/*\/domain.ts`),
 * then each `--domain FILE`. Only the generate command calls this, so other commands load no domain.
 */
import { existsSync, readdirSync, realpathSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { BadInputError, errorMessage } from '../errors.ts';
import { importUserModule } from '../scenario/import-user-module.ts';
import { BUNDLED_SCENARIOS_DIR } from '../scenario/load-scenario.ts';
import type { Domain } from './define-domain.ts';
import type { Generator } from './generator.ts';

/** The file a domain package is recognised by. */
export const DOMAIN_FILE = 'domain.ts';

/** A generator and where it came from. */
export interface FoundGenerator {
  readonly generator: Generator;
  readonly domain: string;
  readonly file: string;
}

function domainFilesUnder(root: string): string[] {
  if (!existsSync(root)) return [];
  return readdirSync(root)
    .sort()
    .map((name) => join(root, name, DOMAIN_FILE))
    .filter((file) => existsSync(file) && statSync(file).isFile());
}

/** Domain files in discovery order, each once (the bundled folder is also ./scenarios inside this repository). */
export function findDomainFiles(extraFiles: readonly string[] = [], cwd = process.cwd()): string[] {
  const extra = extraFiles.map((file) => {
    const path = resolve(cwd, file);
    if (!existsSync(path) || !statSync(path).isFile()) throw new BadInputError(`--domain ${file}: no such file`);
    return path;
  });
  const seen = new Set<string>();
  const files: string[] = [];
  for (const file of [...domainFilesUnder(BUNDLED_SCENARIOS_DIR), ...domainFilesUnder(resolve(cwd, 'scenarios')), ...extra]) {
    const real = realpathSync(file);
    if (seen.has(real)) continue;
    seen.add(real);
    files.push(file);
  }
  return files;
}

function isDomain(value: unknown): value is Domain {
  const candidate = value as Partial<Domain> | null;
  return typeof candidate === 'object' && candidate !== null && typeof candidate.name === 'string' && Array.isArray(candidate.generators);
}

/** Imports the domain files and indexes their generators by name; two generators of one name are refused. */
export async function loadGenerators(files: readonly string[]): Promise<Map<string, FoundGenerator>> {
  const generators = new Map<string, FoundGenerator>();
  for (const file of files) {
    let module: { default?: unknown };
    try {
      module = await importUserModule(file);
    } catch (cause) {
      if (cause instanceof BadInputError) throw new BadInputError(`${file}: ${cause.message}`, { cause });
      throw new BadInputError(`domain ${file} could not be loaded: ${errorMessage(cause)}`, { cause });
    }
    if (!isDomain(module.default)) throw new BadInputError(`domain ${file} must end with \`export default defineDomain({...})\``);
    const domain = module.default;
    for (const generator of domain.generators) {
      const earlier = generators.get(generator.name);
      if (earlier) {
        throw new BadInputError(`generator "${generator.name}" is defined by two domains: ${earlier.domain} (${earlier.file}) and ${domain.name} (${file})`);
      }
      generators.set(generator.name, { generator, domain: domain.name, file });
    }
  }
  return generators;
}
