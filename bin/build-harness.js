#!/usr/bin/env node
/**
 * `npm run build` (also run by `npm ci` through the prepare script): compiles harness/ into dist/ for the
 * installed CLI, then writes the stamp that tells bin/rehearse.js the build matches the sources.
 * `--if-stale` builds only when dist/ does not match the sources. Without TypeScript installed (a
 * production install) there is nothing to build with: the CLI then runs the sources through tsx.
 */
import { spawnSync } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import process from 'node:process';
import { BUILD_DIR, buildIsCurrent, PACKAGE_ROOT, sourcesHash, STAMP_FILE } from './harness-build.js';

if (process.argv.includes('--if-stale') && buildIsCurrent()) process.exit(0);

let tsc;
try {
  tsc = createRequire(join(PACKAGE_ROOT, 'package.json')).resolve('typescript/bin/tsc');
} catch {
  process.stderr.write('rehearse build: typescript is not installed; the CLI will run the TypeScript sources\n');
  process.exit(0);
}

// The hash is taken before compiling: a source edited during the build leaves the stamp behind it.
const hash = sourcesHash();
rmSync(BUILD_DIR, { recursive: true, force: true });
const result = spawnSync(process.execPath, [tsc, '-p', join(PACKAGE_ROOT, 'tsconfig.build.json')], { stdio: 'inherit' });
if (result.status !== 0) {
  process.stderr.write('rehearse build: tsc failed; the CLI will run the TypeScript sources\n');
  process.exit(result.status ?? 1);
}
writeFileSync(STAMP_FILE, `${hash}\n`);
