/**
 * A user's scenario outside this repository, in a fresh folder with or without a package.json, imports
 * `rehearse` and runs through the real CLI (SQLite to SQLite: no server needed). The folders are removed
 * afterwards.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execa } from 'execa';
import { afterAll, describe, expect, it } from 'vitest';
import type { RehearsalResult } from '../../harness/run/rehearsal-result.ts';
import { ROOT } from '../support/run-cli.ts';

const folders: string[] = [];
afterAll(() => {
  for (const folder of folders) rmSync(folder, { recursive: true, force: true });
});

const LAYOUTS = {
  'no package.json': undefined,
  'a package.json without "type"': { name: 'my-migration', private: true },
  'a package.json with "type": "module"': { name: 'my-migration', private: true, type: 'module' },
} as const;

/** A scenario folder as a user writes it: the scenario, a helper module of its own, a SQL snapshot. */
function userProject(packageJson: object | undefined, lostRow = false): string {
  const dir = mkdtempSync(join(tmpdir(), 'rehearse-user-project-'));
  folders.push(dir);
  if (packageJson) writeFileSync(join(dir, 'package.json'), JSON.stringify(packageJson));
  writeFileSync(join(dir, 'data.sql'), "CREATE TABLE item (id INTEGER PRIMARY KEY, name TEXT NOT NULL);\nINSERT INTO item VALUES (1, 'one'), (2, 'two'), (3, 'three');\n");
  writeFileSync(join(dir, 'checks.ts'), "import { query, rowCounts, type Check } from 'rehearse';\n\nexport const checks: Check[] = [rowCounts(), query('SELECT id, name FROM item ORDER BY id')];\n");
  const sabotage = lostRow ? "sql({ id: 'lose-a-row', on: 'target', text: 'DELETE FROM item WHERE id = 3' })" : '';
  writeFileSync(
    join(dir, 'scenario.ts'),
    [
      "import { copyTables, defineScenario, sql } from 'rehearse';",
      "import { checks } from './checks.ts';",
      '',
      'void sql;',
      'export default defineScenario({',
      "  name: 'user-project',",
      "  source: { engine: 'sqlite' },",
      "  target: { engine: 'sqlite' },",
      "  snapshot: 'data.sql',",
      '  requireCompleteSnapshot: false,',
      `  steps: [copyTables(), ${sabotage}],`,
      '  checks,',
      '});',
      '',
    ].join('\n'),
  );
  return dir;
}

function rehearse(cwd: string, args: readonly string[]) {
  return execa('node', [join(ROOT, 'bin/rehearse.js'), ...args], { cwd, reject: false, env: { CI: 'true' } });
}

describe('a scenario outside this repository', () => {
  for (const [layout, packageJson] of Object.entries(LAYOUTS)) {
    it(`loads with ${layout}`, async () => {
      const dir = userProject(packageJson);
      const plan = await rehearse(dir, ['plan', './scenario.ts']);
      expect(plan.stderr).toBe('');
      expect(plan.exitCode).toBe(0);
      expect(plan.stdout).toContain('scenario user-project');
      expect(plan.stdout).toContain('SELECT id, name FROM item ORDER BY id');
    });
  }

  it('runs SQLite to SQLite: GO when the copy is complete, NO-GO when a row is lost', async () => {
    for (const [lostRow, exitCode, verdict] of [[false, 0, 'GO'], [true, 1, 'NO-GO']] as const) {
      const dir = userProject(undefined, lostRow);
      const run = await rehearse(dir, ['run', '.', '--out', 'out', '--quiet']);
      expect(run.exitCode, run.stderr).toBe(exitCode);
      const report = JSON.parse(readFileSync(join(dir, 'out/report.json'), 'utf8')) as RehearsalResult;
      expect(report.verdict).toBe(verdict);
      const statuses = report.checks.map((check) => check.status);
      // The scenario's two checks, then the every-table contents() check every scenario gets by default.
      expect(statuses).toEqual(lostRow ? ['failed', 'failed', 'failed'] : ['passed', 'passed', 'passed']);
      expect(report.checks.at(-1)?.kind).toBe('contents');
    }
  });
});
