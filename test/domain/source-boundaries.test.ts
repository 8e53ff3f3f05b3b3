/**
 * The package boundaries, read from the sources: scenarios and domain packages import the harness only
 * through its public API (`from 'rehearse'`), and the harness imports no scenario or domain and names
 * none of their folders.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../support/run-cli.ts';

const SOURCE = /\.(ts|js|mjs)$/;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : sourceFiles(path);
    return SOURCE.test(entry.name) ? [path] : [];
  });
}

/** Every module specifier of a file: static imports, re-exports and dynamic imports. */
export function moduleSpecifiers(text: string): string[] {
  const found: string[] = [];
  for (const match of text.matchAll(/(?:^|[\s;}])(?:import|export)\b[^'"`;]*?\bfrom\s*['"]([^'"]+)['"]/g)) found.push(match[1]!);
  for (const match of text.matchAll(/(?:^|[\s;])import\s*['"]([^'"]+)['"]/g)) found.push(match[1]!);
  for (const match of text.matchAll(/\bimport\(\s*['"]([^'"]+)['"]\s*\)/g)) found.push(match[1]!);
  return found;
}

/** The relative imports of the files under `from` that land inside `into`, as "file: specifier". */
function importsInto(from: string, into: string): string[] {
  const target = resolve(ROOT, into) + '/';
  return sourceFiles(resolve(ROOT, from)).flatMap((file) =>
    moduleSpecifiers(readFileSync(file, 'utf8'))
      .filter((specifier) => specifier.startsWith('.') && resolve(dirname(file), specifier).startsWith(target))
      .map((specifier) => `${relative(ROOT, file)}: ${specifier}`),
  );
}

describe('source boundaries', () => {
  it('finds the specifiers it scans for (static, re-export, side-effect and dynamic imports)', () => {
    const text = [
      "import { a } from '../../harness/a.ts';",
      "import type { B } from '../../harness/b.ts';",
      "export { c } from '../harness/c.ts';",
      "import '../harness/d.ts';",
      "const e = await import('../harness/e.ts');",
      "import {\n  f,\n  g,\n} from 'rehearse';",
    ].join('\n');
    expect(moduleSpecifiers(text)).toEqual(['../../harness/a.ts', '../../harness/b.ts', '../harness/c.ts', 'rehearse', '../harness/d.ts', '../harness/e.ts']);
  });

  it('scenarios and domain packages import the harness only as "rehearse"', () => {
    expect(importsInto('scenarios', 'harness')).toEqual([]);
  });

  it('the harness and the CLI import no scenario or domain package', () => {
    expect([...importsInto('harness', 'scenarios'), ...importsInto('bin', 'scenarios')]).toEqual([]);
  });

  it('the harness and the CLI name no bundled scenario or domain folder', () => {
    const folders = readdirSync(join(ROOT, 'scenarios'), { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name);
    expect(folders.length).toBeGreaterThan(0);
    const mentions = [...sourceFiles(join(ROOT, 'harness')), ...sourceFiles(join(ROOT, 'bin'))].flatMap((file) => {
      const text = readFileSync(file, 'utf8');
      return folders.filter((name) => text.includes(`scenarios/${name}`)).map((name) => `${relative(ROOT, file)}: scenarios/${name}`);
    });
    expect(mentions).toEqual([]);
  });
});
