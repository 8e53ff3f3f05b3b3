/**
 * exec steps (on this machine and in a container) and the server provider, through the real CLI.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { GenericContainer } from 'testcontainers';
import { describe, expect, it } from 'vitest';
import { resolveImage } from '../../harness/provider/container/image-resolver.ts';
import { fixtureScenario, runCli } from '../support/run-cli.ts';
import { makeTempDir } from '../support/temp-dir.ts';

const out = () => makeTempDir('rehearse-e2e-');

describe('exec steps', () => {
  it('run locally and in a container with the databases reachable, output kept and passwords redacted', async () => {
    const dir = out();
    const run = await runCli(['run', fixtureScenario('chinook-exec'), '--out', dir], dir);
    expect(run.stderr).not.toMatch(/internal error/);
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
    const mariadbImage = (await resolveImage('mariadb:10.11')).resolved;
    const postgresImage = (await resolveImage('postgres:15')).resolved;
    const [mariadb, postgres] = await Promise.all([
      new GenericContainer(mariadbImage).withEnvironment({ MARIADB_ROOT_PASSWORD: 'secret1' }).withExposedPorts(3306).start(),
      new GenericContainer(postgresImage).withEnvironment({ POSTGRES_PASSWORD: 'secret2' }).withExposedPorts(5432).start(),
    ]);
    try {
      const mariadbUrl = `mariadb://root:secret1@${mariadb.getHost()}:${mariadb.getMappedPort(3306)}/mysql`;
      const postgresUrl = `postgres://postgres:secret2@${postgres.getHost()}:${postgres.getMappedPort(5432)}/postgres`;
      const { openConnection } = await import('../../harness/engine/open-connection.ts');
      const { waitForConnection } = await import('../../harness/provider/readiness.ts');
      await waitForConnection(() => openConnection(mariadbUrl), { timeoutMs: 60_000, what: 'mariadb' });
      await waitForConnection(() => openConnection(postgresUrl), { timeoutMs: 60_000, what: 'postgres' });
      const dir = out();
      const run = await runCli(['run', 'chinook-mariadb-to-postgres', '--provider', 'server', '--server', mariadbUrl, postgresUrl, '--out', dir], dir);
      expect(run.exitCode).toBe(0);
      expect(run.report?.verdict).toBe('GO');
      expect(JSON.stringify(run.report)).not.toMatch(/secret1|secret2/);
      const connection = await openConnection(postgresUrl);
      const left = await connection.query("SELECT datname FROM pg_database WHERE datname LIKE 'rehearse_%'");
      await connection.close();
      expect(left).toEqual([]);
    } finally {
      await Promise.all([mariadb.stop(), postgres.stop()]);
    }
  });
});
