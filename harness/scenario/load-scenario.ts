/**
 * Finds and loads a scenario: a name (scenarios/NAME/scenario.ts under the current directory or the
 * bundled scenarios), a folder, or a path to a .ts file. The CLI runs under tsx, so the TypeScript module
 * is imported directly.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BadInputError, errorMessage } from '../errors.ts';
import { sha256OfTree } from '../fingerprint.ts';
import type { ScenarioConfig } from './define-scenario.ts';
import { importUserModule } from './import-user-module.ts';
import { validateScenario } from './validate-scenario.ts';

export const BUNDLED_SCENARIOS_DIR = fileURLToPath(new URL('../../scenarios/', import.meta.url));

export interface LoadedScenario {
  readonly scenario: ScenarioConfig;
  readonly file: string;
  readonly dir: string;
  /** sha256 over every file of the scenario folder, for the report. */
  readonly sha256: string;
}

function candidates(ref: string): string[] {
  return [
    resolve(ref),
    resolve(ref, 'scenario.ts'),
    resolve('scenarios', ref, 'scenario.ts'),
    join(BUNDLED_SCENARIOS_DIR, ref, 'scenario.ts'),
  ];
}

export function findScenarioFile(ref: string): string {
  const file = candidates(ref).find((path) => existsSync(path) && statSync(path).isFile());
  if (!file) {
    const known = listScenarioNames().join(', ') || '(none)';
    throw new BadInputError(`scenario "${ref}" was not found (tried a file, a folder with scenario.ts, and scenarios/${ref}/scenario.ts). Known scenarios: ${known}`);
  }
  return file;
}

export function listScenarioNames(): string[] {
  const dirs = new Set<string>();
  for (const root of [resolve('scenarios'), BUNDLED_SCENARIOS_DIR]) {
    if (!existsSync(root)) continue;
    for (const name of readdirSync(root)) if (existsSync(join(root, name, 'scenario.ts'))) dirs.add(name);
  }
  return [...dirs].sort();
}

export async function loadScenario(ref: string): Promise<LoadedScenario> {
  const file = findScenarioFile(ref);
  const dir = dirname(file);
  let module: { default?: unknown };
  try {
    module = await importUserModule(file);
  } catch (cause) {
    throw new BadInputError(`scenario ${file} could not be loaded: ${errorMessage(cause)}`, { cause });
  }
  if (!module.default) throw new BadInputError(`scenario ${file} has no default export: end it with \`export default defineScenario({...})\``);
  const scenario = validateScenario(module.default, file, dir);
  return { scenario, file, dir, sha256: await sha256OfTree(dir) };
}
