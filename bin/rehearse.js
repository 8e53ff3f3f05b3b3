#!/usr/bin/env node
// The CLI runs the TypeScript sources through tsx, which also lets scenario files be plain TypeScript.
import { register } from 'tsx/esm/api';

register();
await import('../harness/cli/main.ts');
