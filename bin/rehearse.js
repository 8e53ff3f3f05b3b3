#!/usr/bin/env node
// The CLI runs the TypeScript sources through tsx, which also lets scenario files be plain TypeScript.
// The second hook, registered last so it runs first, makes `import … from 'rehearse'` work for scenario
// files in any folder (see resolve-rehearse.js).
import { register as registerHooks } from 'node:module';
import { register } from 'tsx/esm/api';

register();
registerHooks('./resolve-rehearse.js', import.meta.url);
await import('../harness/cli/main.ts');
