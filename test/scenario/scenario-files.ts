/**
 * Scenario files written by a test into their own folder under the temp directory, as a user's project
 * would hold them, importing the harness's public API. Every folder is removed by {@link removeScenarioDirs}.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from '../support/run-cli.ts';

const PUBLIC_API = join(ROOT, 'harness/index.ts');
const dirs: string[] = [];

/**
 * Writes `scenario.ts` whose body is `body` (TypeScript after the import of the public API) and returns its
 * folder. `files` adds files beside it (SQL scripts).
 */
export function writeScenario(body: string, files: Readonly<Record<string, string>> = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'rehearse-scenario-test-'));
  dirs.push(dir);
  // A user's project is an ES module package; the scenario imports the public API and nothing else.
  writeFileSync(join(dir, 'package.json'), '{ "type": "module" }\n');
  writeFileSync(join(dir, 'scenario.ts'), `import * as rehearse from ${JSON.stringify(PUBLIC_API)};\n${body}\n`);
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

/**
 * A scenario on two SQLite files (no server to start) with `fields` spliced into its root object: a test
 * changes one field or adds a mistyped one.
 */
export function sqliteScenario(fields: string, files: Readonly<Record<string, string>> = {}): string {
  return writeScenario(
    `const { defineScenario, sql, rowCounts } = rehearse;
export default defineScenario({
  name: 'strict-contract',
  source: { engine: 'sqlite' },
  target: { engine: 'sqlite' },
  steps: [sql({ id: 'migrate', on: 'target', text: 'CREATE TABLE t (id INTEGER PRIMARY KEY)' })],
  checks: [rowCounts()],
  ...({ ${fields} } as object),
});`,
    files,
  );
}

export function removeScenarioDirs(): void {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
}
