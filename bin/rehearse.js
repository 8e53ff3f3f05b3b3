#!/usr/bin/env node
// Ctrl-C while the sources load (a second or more) exits 2 like any interruption, not 130: nothing has
// started yet. harness/cli/interrupts.ts replaces these handlers once a command runs. They come first,
// hence the dynamic imports below (static ones would load before them).
import process from 'node:process';
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => process.exit(2));

// The CLI runs the TypeScript sources through tsx, which also lets scenario files be plain TypeScript.
// The second hook, registered last so it runs first, makes `import … from 'rehearse'` work for scenario
// files in any folder (see resolve-rehearse.js).
const { register: registerHooks } = await import('node:module');
const { register } = await import('tsx/esm/api');

register();
registerHooks('./resolve-rehearse.js', import.meta.url);
await import('../harness/cli/main.ts');
