#!/usr/bin/env node
// Ctrl-C while the sources load (a second or more) exits 2 like any interruption, not 130: nothing has
// started yet. They come first, hence the dynamic imports below (static ones would load before them).
// harness/cli/interrupts.ts takes over once a command runs by adding its own handlers and setting the
// flag below; these stay registered, because removing a signal's last listener stops Node's watcher
// and drops a signal that arrived but was not yet dispatched.
import process from 'node:process';
import { boundHeapGrowth } from './heap-growth.js';
const TAKEN_OVER = Symbol.for('rehearse.interrupts-installed');
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    if (!globalThis[TAKEN_OVER]) process.exit(2);
  });
}

boundHeapGrowth();

// The compiled harness (dist/) runs when it matches the sources; otherwise the TypeScript sources run
// through tsx. tsx also lets scenario and domain files be plain TypeScript, but it costs about a second
// and tens of megabytes: with the compiled harness it is registered only when such a file is about to
// be imported, so that `--help`, `list` of nothing, `compare`… never pay for it.
const { buildIsCurrent } = await import('./harness-build.js');
const { URL } = await import('node:url');
const compiled = buildIsCurrent();
const harness = compiled ? '../dist/' : '../harness/';
const extension = compiled ? '.js' : '.ts';

let userModulesReady;
/** Registers tsx, then the hook (registered last, so it runs first) that makes `import … from
 * 'rehearse'` work for scenario files in any folder and resolve to this same copy of the harness. */
function prepareUserModules() {
  userModulesReady ??= (async () => {
    const publicApi = new URL(`${harness}index${extension}`, import.meta.url).href;
    // The compiled public API loads before the hooks exist: once they do, every module loaded crosses
    // to their thread and back, which more than doubles the time its few hundred modules take.
    if (compiled) await import(publicApi);
    const { register: registerHooks } = await import('node:module');
    const { register } = await import('tsx/esm/api');
    register();
    registerHooks('./resolve-rehearse.js', import.meta.url, { data: { publicApi } });
  })();
  return userModulesReady;
}

if (compiled) {
  const { beforeUserModules } = await import(`${harness}scenario/import-user-module.js`);
  beforeUserModules(prepareUserModules);
} else {
  await prepareUserModules();
}
await import(`${harness}cli/main${extension}`);
