/**
 * Module hooks that let a scenario or domain package in any folder import `rehearse`: the bare
 * specifier maps to this package's public API (the copy running the CLI, compiled or not, which
 * bin/rehearse.js passes in, so there is one harness in the process), and a TypeScript file that would
 * otherwise load as CommonJS (no package.json, or one without "type": "module") loads as an ES module,
 * as scenario files are written.
 */
import { realpathSync } from 'node:fs';
import { fileURLToPath, pathToFileURL, URL } from 'node:url';

let publicApi = canonicalUrl(new URL('../harness/index.ts', import.meta.url).href);

function canonicalUrl(url) {
  return pathToFileURL(realpathSync(fileURLToPath(url))).href;
}

/** Receives `{ publicApi }`: the URL of the public API of the harness the CLI runs. */
export function initialize(data) {
  if (data?.publicApi) publicApi = canonicalUrl(data.publicApi);
}

/** The file a resolved URL names, without the queries tsx appends to steer its CommonJS handling. */
function plainFileUrl(url) {
  const path = decodeURIComponent(new URL(url).pathname).replace(/\?tsx-.*$/, '');
  return pathToFileURL(path).href;
}

export async function resolve(specifier, context, nextResolve) {
  if (specifier === 'rehearse') return { url: publicApi, format: 'module', shortCircuit: true };
  const resolved = await nextResolve(specifier, context);
  if (resolved.format !== 'commonjs' || !resolved.url.startsWith('file:')) return resolved;
  const url = plainFileUrl(resolved.url);
  if (!url.endsWith('.ts') || url.includes('/node_modules/')) return resolved;
  return { url, format: 'module', shortCircuit: true };
}
