/** Runs the real `rehearse` CLI as a user would, and reads the JSON report it wrote. */
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { execa } from 'execa';
import type { RehearsalResult } from '../../harness/run/rehearsal-result.ts';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const CHINOOK_SNAPSHOT = join(ROOT, 'scenarios/chinook-mariadb-to-postgres/data/Chinook_MySql.sql');

export interface CliRun {
  readonly exitCode: number;
  readonly stdout: string;
  readonly stderr: string;
  readonly report?: RehearsalResult;
}

export async function runCli(args: readonly string[], outDir?: string): Promise<CliRun> {
  const result = await execa('node', [join(ROOT, 'bin/rehearse.js'), ...args], { cwd: ROOT, reject: false, env: { CI: 'true' } });
  const reportFile = outDir ? join(outDir, 'report.json') : undefined;
  const report = reportFile && existsSync(reportFile) ? (JSON.parse(readFileSync(reportFile, 'utf8')) as RehearsalResult) : undefined;
  return { exitCode: result.exitCode ?? -1, stdout: result.stdout, stderr: result.stderr, report };
}

export function fixtureScenario(name: string): string {
  return join(ROOT, 'test/fixtures/scenarios', name, 'scenario.ts');
}
