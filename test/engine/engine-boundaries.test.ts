/**
 * The engine boundary, checked on the source tree: only harness/engine/<engine>/ folders import a
 * database driver, and no code outside harness/engine/ branches on an engine name (comparisons,
 * `case` labels, per-engine lookup tables). Everything else asks the registry or a capability flag.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ENGINE_KINDS } from '../../harness/engine/engine.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const DRIVERS = ['better-sqlite3', 'mysql2', 'pg', 'pg-query-stream'];

function sourceFiles(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : sourceFiles(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

/** The code of a file without its comments, so that documentation may name engines. */
function code(file: string): string {
  return readFileSync(join(ROOT, file), 'utf8')
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/(^|[^:'"`\\])\/\/.*$/gm, '$1');
}

const names = ENGINE_KINDS.join('|');
const BRANCHES = [
  new RegExp(`[!=]==?\\s*['"\`](${names})['"\`]`),
  new RegExp(`['"\`](${names})['"\`]\\s*[!=]==?`),
  new RegExp(`\\bcase\\s+['"\`](${names})['"\`]`),
  new RegExp(`^\\s*['"]?(${names})['"]?\\s*:\\s*(?!\\w+\\s*[,;)])`, 'm'),
  new RegExp(`(includes|has)\\(\\s*['"\`](${names})['"\`]`),
  new RegExp(`\\[\\s*['"\`](${names})['"\`]\\s*,\\s*['"\`](${names})['"\`]`),
];

function outsideEngineFolders(dir: string): string[] {
  return sourceFiles(dir).filter((file) => !file.startsWith('harness/engine/'));
}

describe('engine boundaries', () => {
  const harness = outsideEngineFolders('harness');

  it('scans a real tree', () => {
    expect(harness.length).toBeGreaterThan(50);
  });

  it('no file outside harness/engine/ imports a database driver', () => {
    // Domain packages and scenarios too: they reach SQLite through openScratchDatabase().
    const files = [...harness, ...sourceFiles('bench'), ...sourceFiles('scenarios')];
    const offenders = files.filter((file) =>
      DRIVERS.some((driver) => new RegExp(`from\\s+['"]${driver}(/[^'"]*)?['"]|import\\(\\s*['"]${driver}['"]`).test(code(file))),
    );
    expect(offenders).toEqual([]);
  });

  it('no file outside harness/engine/ branches on an engine name', () => {
    const offenders = harness.flatMap((file) => {
      const text = code(file);
      return BRANCHES.filter((pattern) => pattern.test(text)).map((pattern) => `${relative(ROOT, join(ROOT, file))}: ${pattern.exec(text)?.[0].trim()}`);
    });
    expect(offenders).toEqual([]);
  });

  it('the scan finds the branches it forbids', () => {
    const samples = ["if (kind === 'mysql') x();", "switch (k) { case 'sqlite': }", "const F = {\n  mariadb: 'mysql',\n};", "new Set(['mariadb', 'mysql'])"];
    for (const sample of samples) expect(BRANCHES.some((pattern) => pattern.test(sample)), sample).toBe(true);
    expect(BRANCHES.some((pattern) => pattern.test("readonly name = 'sqlite' as const;"))).toBe(false);
  });
});
