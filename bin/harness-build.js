/**
 * Which copy of the harness the CLI runs: the compiled one in dist/ when it was built from the sources
 * as they are now, else the TypeScript sources through tsx. dist/ holds a stamp, the hash of every file
 * of harness/ when it was built, so that a build older than an edit never runs (a hash rather than
 * mtimes, because an installed package's files carry the archive's dates, not the build's).
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath, URL } from 'node:url';

/** The package's root folder. */
export const PACKAGE_ROOT = fileURLToPath(new URL('..', import.meta.url));
/** The sources, and the compiled copy with its stamp. */
export const SOURCES_DIR = join(PACKAGE_ROOT, 'harness');
export const BUILD_DIR = join(PACKAGE_ROOT, 'dist');
export const STAMP_FILE = join(BUILD_DIR, '.harness-stamp');

function filesUnder(dir, found = []) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) filesUnder(path, found);
    else found.push(path);
  }
  return found;
}

/** sha256 over the sorted relative paths and contents of every file of harness/ (a few tens of ms). */
export function sourcesHash() {
  const hash = createHash('sha256');
  const files = filesUnder(SOURCES_DIR).map((file) => relative(SOURCES_DIR, file).split('\\').join('/')).sort();
  for (const file of files) {
    hash.update(`${file}\0`);
    hash.update(readFileSync(join(SOURCES_DIR, file)));
    hash.update('\0');
  }
  return hash.digest('hex');
}

/** True when dist/ was built from the sources as they are now. */
export function buildIsCurrent() {
  let stamp;
  try {
    stamp = readFileSync(STAMP_FILE, 'utf8').trim();
  } catch {
    return false;
  }
  return stamp === sourcesHash();
}
