/**
 * How scenario and domain files are imported. They are TypeScript that imports `rehearse`; the compiled
 * CLI registers the loader that makes this work only when the first such file is imported (it costs
 * about a second and tens of megabytes that `--help` or `compare` should not pay), by handing its
 * preparation here.
 */
import { pathToFileURL } from 'node:url';

let prepare: (() => Promise<void>) | undefined;
let prepared: Promise<void> | undefined;

/** Sets what must run once before the first scenario or domain file is imported. */
export function beforeUserModules(preparation: () => Promise<void>): void {
  prepare = preparation;
  prepared = undefined;
}

/** Imports a scenario or domain file (an absolute path), preparing the loader on first use. */
export async function importUserModule(file: string): Promise<{ default?: unknown }> {
  if (prepare) {
    prepared ??= prepare();
    await prepared;
  }
  return (await import(pathToFileURL(file).href)) as { default?: unknown };
}
