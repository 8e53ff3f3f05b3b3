/**
 * Checks run up to `checkConcurrency` at a time, each worker on connections of its own: two slow checks
 * overlap, results keep the scenario's order, a check stopped by its time limit leaves the others
 * running, and 1 runs them one by one. Order is asserted from what the checks record, never from times.
 */
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Check, CheckContext, CheckOutcome } from '../../harness/index.ts';
import { ContainerProvider } from '../../harness/provider/container/container-provider.ts';
import type { StartedDatabase } from '../../harness/provider/provider.ts';
import { ServerProvider } from '../../harness/provider/server/server-provider.ts';
import { runRehearsal } from '../../harness/run/rehearsal.ts';
import { defineScenario, type ScenarioConfig } from '../../harness/scenario/define-scenario.ts';
import { sql } from '../../harness/step/sql-step.ts';
import { makeTempDir } from '../support/temp-dir.ts';

let mariadb: StartedDatabase;
let postgres: StartedDatabase;

beforeAll(async () => {
  const provider = new ContainerProvider();
  [mariadb, postgres] = await Promise.all([
    provider.start({ engine: 'mariadb' }, { role: 'source', runId: `concurrent${process.pid}` }),
    provider.start({ engine: 'postgres' }, { role: 'target', runId: `concurrent${process.pid}` }),
  ]);
}, 180_000);
afterAll(() => Promise.all([mariadb?.stop(), postgres?.stop()]));

/** What the checks did, in the order it happened. */
type Journal = string[];

/** A check that sleeps `seconds` on the source server, noting its start, its end and the server
 * connection it ran on; it passes only when the sleep returned. */
function sleeper(id: string, seconds: number, journal: Journal, connectionIds: Map<string, number>): Check {
  return {
    id, kind: 'sleeper', severity: 'blocking',
    describe: () => `sleeps ${seconds}s on the source`,
    async run(context: CheckContext): Promise<CheckOutcome> {
      journal.push(`start ${id}`);
      const [row] = await context.source.query('SELECT CONNECTION_ID() AS id');
      connectionIds.set(id, Number(row!.id));
      const slept = await context.source.query(`SELECT SLEEP(${seconds}) AS s`).catch((error: unknown) => {
        journal.push(`stopped ${id}`);
        throw error;
      });
      journal.push(`end ${id}`);
      return { status: Number(slept[0]!.s) === 0 ? 'passed' : 'failed', summary: `slept ${seconds}s`, examples: [] };
    },
  };
}

async function rehearse(parts: Pick<ScenarioConfig, 'checks'> & Partial<ScenarioConfig>) {
  const dir = makeTempDir('rehearse-concurrent-');
  const scenario = defineScenario({
    name: 'concurrent-checks',
    source: { engine: 'mariadb' },
    target: { engine: 'postgres' },
    contents: false,
    steps: [sql({ id: 'nothing', on: 'target', text: 'SELECT 1' })],
    ...parts,
  });
  return runRehearsal({
    loaded: { scenario, file: join(dir, 'scenario.ts'), dir, sha256: '0' },
    provider: new ServerProvider({ urls: [mariadb.getConnectionUri(), postgres.getConnectionUri()] }),
    outDir: dir,
  });
}

describe('checks run concurrently within a bound', () => {
  it('two slow checks overlap on connections of their own, and results keep the scenario order', async () => {
    const journal: Journal = [];
    const ids = new Map<string, number>();
    const result = await rehearse({ checks: [sleeper('first', 2, journal, ids), sleeper('second', 1, journal, ids)], checkConcurrency: 2 });
    // Both started before either ended: they ran at the same time.
    expect(journal.slice(0, 2).sort()).toEqual(['start first', 'start second']);
    expect(ids.get('first')).not.toBe(ids.get('second'));
    expect(result.checks.map((c) => [c.id, c.status])).toEqual([['first', 'passed'], ['second', 'passed']]);
    expect(result.verdict).toBe('GO');
  }, 120_000);

  it('checkConcurrency 1 runs them one by one', async () => {
    const journal: Journal = [];
    const ids = new Map<string, number>();
    await rehearse({ checks: [sleeper('first', 1, journal, ids), sleeper('second', 0, journal, ids)], checkConcurrency: 1 });
    expect(journal).toEqual(['start first', 'end first', 'start second', 'end second']);
  }, 120_000);

  it('a check marked runsAlone waits for those before it, and those after it wait for it', async () => {
    const journal: Journal = [];
    const ids = new Map<string, number>();
    const alone = { ...sleeper('alone', 0, journal, ids), runsAlone: true };
    await rehearse({ checks: [sleeper('before', 1, journal, ids), alone, sleeper('after', 0, journal, ids)], checkConcurrency: 2 });
    expect(journal).toEqual(['start before', 'end before', 'start alone', 'end alone', 'start after', 'end after']);
  }, 120_000);

  it('a check stopped by its time limit does not disturb the one running beside it; its worker goes on with fresh connections', async () => {
    const journal: Journal = [];
    const ids = new Map<string, number>();
    // The second worker runs `quick` then `steady`, whose sleep spans the moment `stuck` is stopped (6 s).
    const checks = [sleeper('stuck', 60, journal, ids), sleeper('quick', 3, journal, ids), sleeper('steady', 5, journal, ids), sleeper('last', 0, journal, ids)];
    const result = await rehearse({ checks, checkConcurrency: 2, timeouts: { checkMs: 6000 } });
    expect(result.checks.map((c) => [c.id, c.status])).toEqual([['stuck', 'errored'], ['quick', 'passed'], ['steady', 'passed'], ['last', 'passed']]);
    expect(result.checks[0]!.error).toMatch(/did not finish within 6s \(time limit\)/);
    expect(journal.indexOf('start steady')).toBeLessThan(journal.indexOf('stopped stuck'));
    expect(journal.indexOf('stopped stuck')).toBeLessThan(journal.indexOf('end steady'));
    // `last` ran after the stop, on a connection opened since: the stopped one was killed.
    expect(journal.indexOf('start last')).toBeGreaterThan(journal.indexOf('stopped stuck'));
    expect(new Set([ids.get('stuck'), ids.get('steady'), ids.get('last')]).size).toBe(3);
    expect(result.verdict).toBe('ERROR');
  }, 120_000);
});
