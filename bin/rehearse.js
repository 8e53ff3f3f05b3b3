#!/usr/bin/env node
// Ctrl-C while the sources load (a second or more) exits 2 like any interruption, not 130: nothing has
// started yet. They come first, hence the dynamic imports below (static ones would load before them).
// harness/cli/interrupts.ts takes over once a command runs by adding its own handlers and setting the
// flag below; these stay registered, because removing a signal's last listener stops Node's watcher
// and drops a signal that arrived but was not yet dispatched.
import process from 'node:process';
const TAKEN_OVER = Symbol.for('rehearse.interrupts-installed');
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    if (!globalThis[TAKEN_OVER]) process.exit(2);
  });
}

// The CLI runs the TypeScript sources through tsx, which also lets scenario files be plain TypeScript.
// The second hook, registered last so it runs first, makes `import … from 'rehearse'` work for scenario
// files in any folder (see resolve-rehearse.js).
const { register: registerHooks } = await import('node:module');
const { register } = await import('tsx/esm/api');

register();
registerHooks('./resolve-rehearse.js', import.meta.url);
await import('../harness/cli/main.ts');
