/**
 * DjNRO 0.8 -> 1.0 (seed 003) through the real CLI, real MariaDB containers and Django's own dumpdata /
 * loaddata in the images/djnro image, on small generated 0.8 snapshots: GO on clean data; NO-GO with the
 * right check and examples for many-to-many rows the dump drops, generic-relation ids pointing nowhere,
 * permissions lost, and a target that is not InnoDB; ERROR naming the loader's refusal when hand-made
 * permissions are assigned (Django's loaddata cannot resolve them and stops).
 */
import { mkdtempSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { CheckResult, RehearsalResult } from '../../harness/run/rehearsal-result.ts';
import { containersOfRun } from '../support/containers.ts';
import { ROOT, runCli, type CliRun } from '../support/run-cli.ts';
import { makeTempDir } from '../support/temp-dir.ts';

const work = makeTempDir('rehearse-djnro-');
const snapshots: Record<string, string> = {};
const MYISAM_TARGET = join(ROOT, 'test/djnro/myisam-target');
// Two databases and five Django commands in containers: minutes on a loaded two-core machine.
const RUN_TIMEOUT = 900_000;

async function generate(name: string, defects: readonly string[] = []): Promise<void> {
  const out = join(work, `${name}.tar`);
  const run = await runCli(['generate', 'djnro', '--institutions', '30', '--realms', '2', '--seed', '3', '--out', out, ...defects.flatMap((d) => ['--defect', d])]);
  expect(run.exitCode, run.stderr).toBe(0);
  snapshots[name] = out;
}

async function rehearse(scenario: string, snapshot: string): Promise<CliRun & { report: RehearsalResult }> {
  const dir = mkdtempSync(join(work, 'run-'));
  const run = await runCli(['run', scenario, '--snapshot', snapshots[snapshot]!, '--out', dir], dir);
  expect(run.report, `no report.json: ${run.stderr}`).toBeDefined();
  return run as CliRun & { report: RehearsalResult };
}

function check(report: RehearsalResult, id: string): CheckResult {
  const found = report.checks.find((c) => c.id === id);
  if (!found) throw new Error(`check ${id} not in the report: ${report.checks.map((c) => c.id).join(', ')}`);
  return found;
}

const text = (c: CheckResult) => c.examples.map((e) => `${e.subject} | ${e.detail}`).join('\n');
const CHECKS = ['contents', 'permission-assignments', 'custom-permissions', 'generic-relations', 'innodb-foreign-keys'];

beforeAll(async () => {
  await generate('clean');
  await generate('defects', ['orphan-m2m', 'orphan-generic', 'unassigned-custom-permissions']);
  await generate('assigned-permissions', ['custom-permissions']);
});

describe('djnro-0.8-to-1.0 (seed 003) on MariaDB with Django 3.2', () => {
  it('gives GO on a clean 0.8 snapshot: every table equal through natural keys, InnoDB with its foreign keys', { timeout: RUN_TIMEOUT }, async () => {
    const run = await rehearse('djnro-0.8-to-1.0', 'clean');
    expect(run.report.verdict, run.stdout).toBe('GO');
    expect(run.exitCode).toBe(0);
    expect(run.report.steps.map((s) => s.id)).toEqual(['stage-app', 'dumpdata', 'reorder-fixtures', 'migrate-0.8', 'loaddata', 'migrate-1.0']);
    expect(run.report.steps.find((s) => s.id === 'loaddata')?.output).toMatch(/Installed \d+ object\(s\) from 1 fixture/);
    for (const id of CHECKS) expect(check(run.report, id).status, `${id}: ${check(run.report, id).summary}`).toBe('passed');
    expect(check(run.report, 'innodb-foreign-keys').summary).toMatch(/28 tables use InnoDB, 29 foreign keys in place/);
    expect(check(run.report, 'contents').summary).toMatch(/22 tables/);
    expect(await containersOfRun(run.report.runId)).toEqual([]);
  });

  it('gives NO-GO naming each loss: dropped many-to-many rows, dangling generic ids, lost permissions, MyISAM tables without foreign keys', { timeout: RUN_TIMEOUT }, async () => {
    const run = await rehearse(MYISAM_TARGET, 'defects');
    expect(run.report.verdict, run.stdout).toBe('NO-GO');
    expect(run.exitCode).toBe(1);
    const contents = check(run.report, 'contents');
    expect(contents.status).toBe('failed');
    for (const table of ['edumanage_realm_contact', 'edumanage_instrealm_proxyto', 'edumanage_serviceloc_contact']) expect(contents.summary).toMatch(new RegExp(`${table}: 3 only in source`));
    expect(text(contents)).toMatch(/edumanage_instrealm_proxyto.*instserver_id="261".*only in source/);
    const assignments = check(run.report, 'permission-assignments');
    expect(assignments.status).toBe('failed');
    expect(assignments.summary).toMatch(/1 only in source/);
    const custom = check(run.report, 'custom-permissions');
    expect(custom.status).toBe('failed');
    expect(text(custom)).toMatch(/approve_realm/);
    expect(text(custom)).toMatch(/export_csv/);
    const generic = check(run.report, 'generic-relations');
    expect(generic.status).toBe('failed');
    expect(generic.summary).toMatch(/6 of \d+ generic references point nowhere: edumanage_name_i18n \(3\), edumanage_url_i18n \(3\)/);
    expect(text(generic)).toMatch(/points at edumanage\.institution 81, which does not exist/);
    const engines = check(run.report, 'innodb-foreign-keys');
    expect(engines.status).toBe('failed');
    expect(engines.summary).toMatch(/28 of 28 tables not InnoDB, 29 of 29 foreign keys missing/);
    expect(text(engines)).toMatch(/engine MyISAM, expected InnoDB/);
    expect(await containersOfRun(run.report.runId)).toEqual([]);
  });

  it('stops with ERROR at loaddata, naming the permission, when hand-made permissions are assigned', { timeout: RUN_TIMEOUT }, async () => {
    const run = await rehearse('djnro-0.8-to-1.0', 'assigned-permissions');
    expect(run.report.verdict).toBe('ERROR');
    expect(run.exitCode).toBe(2);
    const loaddata = run.report.steps.find((s) => s.id === 'loaddata');
    expect(loaddata?.status).toBe('failed');
    expect(loaddata?.output).toMatch(/Permission matching query does not exist.*(manage_servers|export_kml)/s);
    expect(run.report.checks.every((c) => c.status === 'skipped')).toBe(true);
    expect(await containersOfRun(run.report.runId)).toEqual([]);
  });
});
