/**
 * Sahana Eden Haiti SQLite → MariaDB (seed 004) through the real CLI, on small generated SQLite files and a
 * real MariaDB: GO on clean data; NO-GO from the check that names each pitfall of the migration plan,
 * with an example. The rehearsals run three at a time before the assertions.
 */
import { mkdtempSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { CheckResult, RehearsalResult } from '../../harness/run/rehearsal-result.ts';
import { containersOfRun } from '../support/containers.ts';
import { ROOT, runCli } from '../support/run-cli.ts';
import { makeTempDir } from '../support/temp-dir.ts';

const SCENARIO = join(ROOT, 'scenarios/sahana-sqlite-to-mysql/scenario.ts');
const FIRST_RUN = join(ROOT, 'test/sahana/first-run-markers/scenario.ts');
const DEFECTS = ['case-variant-emails', 'accent-variant-names', 'multi-line-values', 'missing-sectors', 'duplicate-people', 'duplicate-users', 'dangling-references'] as const;
const dir = makeTempDir('rehearse-sahana-');
const runs = new Map<string, { exitCode: number; report: RehearsalResult; stderr: string }>();

async function generate(name: string, defects: readonly string[]): Promise<string> {
  const out = join(dir, `${name}.db`);
  const run = await runCli(['generate', 'sahana', '--people', '40', '--seed', '5', '--out', out, ...defects.flatMap((d) => ['--defect', d])]);
  expect(run.exitCode, run.stderr).toBe(0);
  return out;
}

async function rehearse(name: string, scenario: string, snapshot: string): Promise<void> {
  const out = mkdtempSync(join(dir, 'out-'));
  const run = await runCli(['run', scenario, '--snapshot', snapshot, '--out', out, '--quiet'], out);
  expect(run.report, run.stderr).toBeDefined();
  expect(await containersOfRun(run.report!.runId)).toEqual([]);
  runs.set(name, { exitCode: run.exitCode, report: run.report!, stderr: run.stderr });
}

const check = (name: string, id: string): CheckResult => {
  const found = runs.get(name)!.report.checks.find((c) => c.id === id);
  if (!found) throw new Error(`no check "${id}" in the report of ${name}`);
  return found;
};
const failed = (name: string): string[] => runs.get(name)!.report.checks.filter((c) => c.status === 'failed').map((c) => c.id).sort();
const examples = (c: CheckResult): string => c.examples.map((e) => `${e.subject}\n${e.detail}`).join('\n');

beforeAll(async () => {
  const clean = await generate('clean', []);
  const jobs: (() => Promise<void>)[] = [() => rehearse('clean', SCENARIO, clean), () => rehearse('first-run-markers', FIRST_RUN, clean)];
  for (const defect of DEFECTS) {
    const snapshot = await generate(defect, [defect]);
    jobs.push(() => rehearse(defect, SCENARIO, snapshot));
  }
  // Three rehearsals at a time: each starts its own MariaDB.
  for (let i = 0; i < jobs.length; i += 3) await Promise.all(jobs.slice(i, i + 3).map((job) => job()));
}, 1_500_000);

describe('sahana-sqlite-to-mysql (seed 004 migration plan)', () => {
  it('gives GO on a clean snapshot: every row, reference and multi-line value carried over', () => {
    const { exitCode, report, stderr } = runs.get('clean')!;
    expect(exitCode, stderr).toBe(0);
    expect(report.verdict).toBe('GO');
    expect(report.steps.map((s) => s.id)).toEqual(['export-csv', 'create-schema', 'import-csv']);
    expect(report.checks.every((c) => c.status === 'passed')).toBe(true);
    expect(check('clean', 'multi-line-values').metrics?.multiLineValues).toBeGreaterThan(10);
    expect(check('clean', 'remapped-references').metrics?.rowsCompared).toBeGreaterThan(100);
    expect(check('clean', 'collation-collisions').metrics?.valuesChecked).toBeGreaterThan(50);
    expect(check('clean', 'contents').summary).toMatch(/13 tables, \d+ rows identical/);
  });

  it('finds e-mails differing only by case on the source, although the import succeeds', () => {
    expect(runs.get('case-variant-emails')!.exitCode).toBe(1);
    expect(failed('case-variant-emails')).toEqual(['collation-collisions']);
    const c = check('case-variant-emails', 'collation-collisions');
    expect(c.summary).toMatch(/^3 group\(s\) of values distinct in SQLite collide under utf8mb4_unicode_ci/);
    expect(c.examples[0]!.subject).toMatch(/^auth_user\.email ids \d+, \d+$/);
    // E-mails are personal: shown as digests, with the kind of difference.
    expect(c.examples[0]!.detail).toMatch(/sha256:\w+ \(id \d+\) = sha256:\w+ \(id \d+\) under utf8mb4_unicode_ci: they differ only by case; .*lookups find 2 rows/);
    expect(examples(c)).not.toMatch(/@/);
  });

  it('names "Médecins du Monde France" = "Medecins du Monde France" before the import\'s 1062', () => {
    expect(runs.get('accent-variant-names')!.exitCode).toBe(1);
    const c = check('accent-variant-names', 'collation-collisions');
    expect(c.status).toBe('failed');
    expect(c.examples[0]!.detail).toMatch(/^"Médecins du Monde France" \(id 1\) = "Medecins du Monde France" \(id \d+\) under utf8mb4_unicode_ci: they differ by accents; or_organisation\.name is UNIQUE/);
    expect(runs.get('accent-variant-names')!.report.reasons[0]).toMatch(/^check "collation-collisions" failed/);
    expect(check('accent-variant-names', 'import-completed').summary).toMatch(/import stopped in or_organisation: IntegrityError: \(1062, "Duplicate entry 'Medecins du Monde France'/);
  });

  it('finds multi-line values whose CR LF and CR became LF through the universal-newline read', () => {
    expect(runs.get('multi-line-values')!.exitCode).toBe(1);
    expect(failed('multi-line-values')).toEqual(['contents', 'multi-line-values']);
    const c = check('multi-line-values', 'multi-line-values');
    expect(c.summary).toMatch(/^[1-9]\d* multi-line value\(s\) changed, 0 missing/);
    expect(examples(c)).toMatch(/gis_layer_js uuid [\w-]+ code\nline ends in source: 3 CR LF; in target: 3 LF; from character \d+: source ".*\\r\\n/);
    expect(examples(c)).toMatch(/line ends in source: 3 CR; in target: 3 LF/);
    expect(check('multi-line-values', 'import-completed').status).toBe('passed');
  });

  it('finds or_sector 14, 15, 16 missing from |…| lists on the source; the import raises KeyError', () => {
    expect(runs.get('missing-sectors')!.exitCode).toBe(1);
    const c = check('missing-sectors', 'dangling-references');
    expect(c.status).toBe('failed');
    expect(examples(c)).toMatch(/or_organisation id 1 sector_id = \|[\d|]*14\|?[\d|]*\nor_sector 14 does not exist; id_map has no entry: the import raises KeyError: 14/);
    expect(examples(c)).toMatch(/or_sector 15 does not exist/);
    expect(examples(c)).toMatch(/or_sector 16 does not exist/);
    expect(check('missing-sectors', 'import-completed').summary).toMatch(/KeyError: 14$/);
  });

  it('finds people and users registered twice', () => {
    expect(failed('duplicate-people')).toEqual(['duplicate-people']);
    expect(check('duplicate-people', 'duplicate-people').summary).toBe('3 person(s) registered more than once (3 extra rows in pr_person)');
    expect(check('duplicate-people', 'duplicate-people').examples[0]!.subject).toBe('pr_person ids 4, 41');
    expect(failed('duplicate-users')).toEqual(['duplicate-users']);
    expect(check('duplicate-users', 'duplicate-users').examples.map((e) => e.subject)).toEqual(['auth_user ids 3, 11', 'auth_user ids 8, 12']);
  });

  it('finds dangling plain references on the source; InnoDB rejects the old id (1452)', () => {
    const c = check('dangling-references', 'dangling-references');
    expect(c.summary).toBe('5 source row(s) reference rows that do not exist');
    expect(examples(c)).toMatch(/pr_contact id \d+ pr_pe_id = 900001\npr_pentity 900001 does not exist; the import keeps the old id/);
    expect(examples(c)).toMatch(/or_office id 4 location_id = 700001/);
    expect(check('dangling-references', 'import-completed').summary).toMatch(/IntegrityError: \(1452, "Cannot add or update a child row/);
  });

  it('compares every table after the renumbering: first-run markers make references point elsewhere', () => {
    const { exitCode, report } = runs.get('first-run-markers')!;
    expect(exitCode).toBe(1);
    expect(report.steps.every((s) => s.status === 'passed')).toBe(true);
    expect(failed('first-run-markers')).toEqual(['contents', 'remapped-references', 'rowCounts']);
    expect(check('first-run-markers', 'import-completed').status).toBe('passed');
    expect(check('first-run-markers', 'rowCounts').examples[0]!.detail).toMatch(/source 8 rows, target 9 rows/);
    expect(check('first-run-markers', 'contents').summary).toMatch(/gis_marker: 8 only in source, 9 only in target/);
    const references = examples(check('first-run-markers', 'remapped-references'));
    expect(references).toMatch(/gis_feature_class only in source\n[\w-]+ {2}marker_id=gis_marker [\w-]{36}/);
    expect(references).toMatch(/gis_feature_class only in target\n[\w-]+ {2}marker_id=gis_marker first-run-\d/);
  });
});
