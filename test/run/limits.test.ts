/**
 * Time limits stop the work, not only the waiting: a statement over its step or check limit is killed
 * on the server, an exec step's whole process group is stopped, and the rehearsal ends in ERROR naming
 * the limit. The servers are existing ones (server provider), so that they can be asked afterwards
 * whether the statement still runs.
 */
import { execa } from 'execa';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exec, query, sql, type Check, type Step } from '../../harness/index.ts';
import { ContainerProvider } from '../../harness/provider/container/container-provider.ts';
import type { DatabaseProvider, StartedDatabase } from '../../harness/provider/provider.ts';
import { ServerProvider } from '../../harness/provider/server/server-provider.ts';
import { runRehearsal } from '../../harness/run/rehearsal.ts';
import type { RehearsalResult } from '../../harness/run/rehearsal-result.ts';
import { defineScenario, type ScenarioConfig } from '../../harness/scenario/define-scenario.ts';
import { ROOT } from '../support/run-cli.ts';
import { makeTempDir } from '../support/temp-dir.ts';

/** Far above the 3 s limits plus the 2 s grace and cleanup; a run that waited for its SLEEP(60) is past it. */
const GENEROUS_BOUND_MS = 30_000;

let mariadb: StartedDatabase;
let postgres: StartedDatabase;

beforeAll(async () => {
  const provider = new ContainerProvider();
  [mariadb, postgres] = await Promise.all([
    provider.start({ engine: 'mariadb' }, { role: 'source', runId: `limits${process.pid}` }),
    provider.start({ engine: 'postgres' }, { role: 'target', runId: `limits${process.pid}` }),
  ]);
}, 180_000);
afterAll(() => Promise.all([mariadb?.stop(), postgres?.stop()]));

async function rehearse(parts: Pick<ScenarioConfig, 'steps' | 'checks' | 'timeouts'> & Partial<ScenarioConfig>, provider?: DatabaseProvider) {
  const dir = makeTempDir('rehearse-limits-');
  const scenario = defineScenario({
    name: 'limits',
    source: { engine: 'mariadb' },
    target: { engine: 'postgres' },
    contents: false,
    ...parts,
  });
  const started = performance.now();
  const result = await runRehearsal({
    loaded: { scenario, file: join(dir, 'scenario.ts'), dir, sha256: '0' },
    provider: provider ?? new ServerProvider({ urls: [mariadb.getConnectionUri(), postgres.getConnectionUri()] }),
    outDir: dir,
  });
  return { result, elapsedMs: performance.now() - started };
}

/** Statements still running on the servers whose text starts with `prefix`. */
async function stillRunning(prefix: string): Promise<number> {
  const [maria, pg] = await Promise.all([mariadb.connect(), postgres.connect()]);
  try {
    const onMaria = await maria.query('SELECT COUNT(*) AS n FROM information_schema.PROCESSLIST WHERE INFO LIKE ?', [`${prefix}%`]);
    const onPg = await pg.query("SELECT COUNT(*) AS n FROM pg_stat_activity WHERE state = 'active' AND query LIKE $1", [`${prefix}%`]);
    return Number(onMaria[0]!.n) + Number(onPg[0]!.n);
  } finally {
    await Promise.all([maria.close(), pg.close()]);
  }
}

const noChecks: Check[] = [query('SELECT 1 AS one', { orderInsensitive: true })];

function expectStoppedStep(result: RehearsalResult, seconds: number): void {
  expect(result.verdict).toBe('ERROR');
  expect(result.exitCode).toBe(2);
  expect(result.steps[0]!.status).toBe('failed');
  expect(result.steps[0]!.error).toMatch(new RegExp(`did not finish within ${seconds}s \\(time limit\\)`));
  expect(result.checks.every((c) => c.status === 'skipped')).toBe(true);
}

describe('time limits stop the work', () => {
  it('a MariaDB statement over stepMs is killed on the server and the run ends in ERROR', async () => {
    const steps: Step[] = [sql({ id: 'sleep', on: 'source', text: 'SELECT SLEEP(60)' })];
    const { result, elapsedMs } = await rehearse({ steps, checks: noChecks, timeouts: { stepMs: 3000 } });
    expectStoppedStep(result, 3);
    expect(elapsedMs).toBeLessThan(GENEROUS_BOUND_MS);
    expect(await stillRunning('SELECT SLEEP(60)')).toBe(0);
  }, 90_000);

  it('a PostgreSQL statement over a step timeoutMs is cancelled on the server', async () => {
    const steps: Step[] = [sql({ id: 'sleep', on: 'target', text: 'SELECT pg_sleep(60)', timeoutMs: 3000 })];
    const { result, elapsedMs } = await rehearse({ steps, checks: noChecks });
    expectStoppedStep(result, 3);
    expect(elapsedMs).toBeLessThan(GENEROUS_BOUND_MS);
    expect(await stillRunning('SELECT pg_sleep(60)')).toBe(0);
  }, 90_000);

  it('a check over checkMs is errored, its statement killed, and the next check runs on fresh connections', async () => {
    const slow = query({ source: 'SELECT SLEEP(60) AS s', target: 'SELECT pg_sleep(60)::text AS s' }, { id: 'slow', orderInsensitive: true });
    const after = query('SELECT 1 AS one', { id: 'after', orderInsensitive: true });
    const steps: Step[] = [sql({ id: 'nothing', on: 'target', text: 'SELECT 1' })];
    const { result, elapsedMs } = await rehearse({ steps, checks: [slow, after], timeouts: { checkMs: 3000 } });
    expect(result.verdict).toBe('ERROR');
    const [first, second] = result.checks;
    expect(first!.status).toBe('errored');
    expect(first!.error).toMatch(/did not finish within 3s \(time limit\)/);
    expect(second!.status).toBe('passed');
    expect(elapsedMs).toBeLessThan(GENEROUS_BOUND_MS);
    expect(await stillRunning('SELECT SLEEP(60)')).toBe(0);
    expect(await stillRunning('SELECT pg_sleep(60)')).toBe(0);
  }, 90_000);

  it('an exec step over its limit has its whole process group stopped, children included', async () => {
    // A shell with a background child: stopping only the shell would leave the child running.
    const marker = `${60 + (process.pid % 1000) / 1000}`;
    const steps: Step[] = [exec({ id: 'sleepers', command: 'sh', args: ['-c', `sleep ${marker} & sleep ${marker}; wait`], timeoutMs: 2000 })];
    const sqliteSides = { source: { engine: 'sqlite' }, target: { engine: 'sqlite' } } as const;
    const { result } = await rehearse({ ...sqliteSides, steps, checks: noChecks }, new ContainerProvider());
    expectStoppedStep(result, 2);
    const left = await execa('pgrep', ['-f', `sleep ${marker}`], { reject: false, cwd: ROOT });
    expect(left.stdout.trim()).toBe('');
  }, 60_000);
});
