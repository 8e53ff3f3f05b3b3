/**
 * exec steps (on this machine and in a container) and the server provider, through the real CLI.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { getContainerRuntimeClient } from 'testcontainers';
import { describe, expect, it } from 'vitest';
import { fixtureScenario, runCli } from '../support/run-cli.ts';
import { makeTempDir } from '../support/temp-dir.ts';
import { startTestDatabase } from '../support/test-databases.ts';

const out = () => makeTempDir('rehearse-e2e-');

/** The names of the container engine's volumes: a run must leave none of its own behind. */
async function volumeNames(): Promise<string[]> {
  const { Volumes } = await (await getContainerRuntimeClient()).container.dockerode.listVolumes();
  return (Volumes ?? []).map((volume) => volume.Name);
}

describe('exec steps', () => {
  it('run locally and in a container with the databases reachable, output kept and passwords redacted', async () => {
    const dir = out();
    const before = new Set(await volumeNames());
    const run = await runCli(['run', fixtureScenario('chinook-exec'), '--out', dir], dir);
    expect(run.stderr).not.toMatch(/internal error/);
    // Neither the databases' containers nor the step's one-shot container leave an anonymous volume.
    expect((await volumeNames()).filter((name) => !before.has(name))).toEqual([]);
    const report = run.report!;
    expect(report.steps.map((s) => s.status)).toEqual(['passed', 'passed', 'passed']);
    const local = report.steps.find((s) => s.id === 'local-command')!;
    expect(local.output).toMatch(/target is postgres:\/\/rehearse:\*\*\*@/);
    expect(readFileSync(join(dir, 'work/local.txt'), 'utf8')).toBe('ok');
    expect(existsSync(join(dir, 'work/container.txt'))).toBe(true);
    // The container step doubled invoice 1 on the target: the content check must see it.
    expect(run.exitCode).toBe(1);
    const invoices = report.checks.find((c) => c.id === 'invoices')!;
    expect(invoices.status).toBe('failed');
    expect(invoices.examples[0]?.subject).toMatch(/\b1\b/);
    expect(readFileSync(join(dir, 'report.md'), 'utf8')).not.toMatch(/postgres:\/\/rehearse:[0-9a-f]{6,}@/);
  });
});

describe('server provider', () => {
  it('creates throwaway databases on existing servers, rehearses, and drops them', async () => {
    // The "existing servers" are started by the container provider; the server provider only connects to them.
    const [mariadb, postgres] = await Promise.all([startTestDatabase('mariadb'), startTestDatabase('postgres')]);
    try {
      const mariadbUrl = mariadb.url;
      const postgresUrl = postgres.url;
      const passwords = [mariadbUrl, postgresUrl].map((url) => new URL(url).password);
      const dir = out();
      const run = await runCli(['run', 'chinook-mariadb-to-postgres', '--provider', 'server', '--server', mariadbUrl, postgresUrl, '--out', dir], dir);
      expect(run.exitCode).toBe(0);
      expect(run.report?.verdict).toBe('GO');
      for (const password of passwords) expect(JSON.stringify(run.report)).not.toContain(password);
      const connection = await postgres.connect();
      const left = await connection.query("SELECT datname FROM pg_database WHERE datname LIKE 'rehearse_%'");
      await connection.close();
      expect(left).toEqual([]);
    } finally {
      await Promise.all([mariadb.stop(), postgres.stop()]);
    }
  });
});
