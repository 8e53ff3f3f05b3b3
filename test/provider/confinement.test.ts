/**
 * Snapshot SQL and setup scripts run as the confined user on every provider: each escape of
 * confinement-escapes.ts fails for lack of a privilege (and leaves no trace) through both load paths, the
 * setup-script path (runScript as written, no filter) and the snapshot loader; an ordinary dump loads,
 * and the administrator (steps, checks) still reads what was loaded.
 */
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EngineDefinition } from '../../harness/engine/engine-definition.ts';
import type { Connection } from '../../harness/engine/engine.ts';
import { ContainerProvider } from '../../harness/provider/container/container-provider.ts';
import { ProcessProvider } from '../../harness/provider/process/process-provider.ts';
import type { StartedDatabase } from '../../harness/provider/provider.ts';
import { ServerProvider } from '../../harness/provider/server/server-provider.ts';
import { loadSnapshot } from '../../harness/snapshot/snapshot-load.ts';
import { openSnapshot } from '../../harness/snapshot/snapshot-reader.ts';
import { ESCAPES, SOUND_DUMP, type EscapeProbe } from './confinement-escapes.ts';
import { enginesWhere, newRunId } from './provider-support.ts';

/** What an error of a refused privilege says, per engine (so a syntax error cannot pass for one). */
const REFUSED = /denied|must be superuser|must have admin option|privilege|secure-file-priv/i;
/** The loader also refuses a dump as a whole: one left with no statement, or one naming a second database. */
const REFUSED_BY_LOADER = new RegExp(`${REFUSED.source}|holds no SQL statement|names database|switches database`, 'i');

const LOAD_PATHS = ['setup script', 'snapshot'] as const;
type LoadPath = (typeof LOAD_PATHS)[number];

const PROVIDERS = ['container', 'process', 'server'] as const;

async function withConnection<T>(open: () => Promise<Connection>, work: (c: Connection) => Promise<T>): Promise<T> {
  const connection = await open();
  try {
    return await work(connection);
  } finally {
    await connection.close();
  }
}

describe.each(enginesWhere((e) => e.leastPrivilege !== undefined && ESCAPES[e.family] !== undefined))('confinement: $kind', (engine: EngineDefinition) => {
  const runId = newRunId();
  const other = `rehearse_other_${runId}`;
  const files = mkdtempSync(join(tmpdir(), `rehearse-confinement-${runId}-`));
  const databases = new Map<(typeof PROVIDERS)[number], StartedDatabase>();
  const isMysql = engine.family === 'mysql';

  beforeAll(async () => {
    const shared = await new ContainerProvider().start({ engine: engine.kind }, { role: 'source', runId });
    databases.set('container', shared);
    databases.set('server', await new ServerProvider({ urls: [shared.getConnectionUri()] }).start({ engine: engine.kind }, { role: 'target', runId }));
    databases.set('process', await new ProcessProvider().start({ engine: engine.kind }, { role: 'source', runId }));
    // Another database beside the throwaway one, as on a shared server.
    if (isMysql) {
      for (const database of databases.values()) {
        await withConnection(() => database.connect(), async (admin) => {
          await admin.execute(`CREATE DATABASE IF NOT EXISTS ${other}`);
          await admin.execute(`CREATE TABLE IF NOT EXISTS ${other}.victim (id INT)`);
        });
      }
    }
  }, 300_000);

  afterAll(async () => {
    for (const name of ['server', 'process', 'container'] as const) await databases.get(name)?.stop();
    rmSync(files, { recursive: true, force: true });
  }, 120_000);

  /** Loads `sql` as the confined user through `path`; resolves with the statements the loader skipped. */
  async function load(database: StartedDatabase, path: LoadPath, sql: string, name: string): Promise<readonly string[]> {
    return withConnection(() => database.connectForLoad(), async (connection) => {
      if (path === 'setup script') {
        await connection.runScript(sql);
        return [];
      }
      const file = join(files, `${name}.sql`);
      writeFileSync(file, `${sql}\n`);
      return (await loadSnapshot(await openSnapshot(file), connection)).skipped.map((s) => s.statement);
    });
  }

  function fill(text: string, probe: { marker: string; table: string }): string {
    return text.replaceAll('{marker}', probe.marker).replaceAll('{other}', other).replaceAll('leak_', `${probe.table}_`);
  }

  const cases = PROVIDERS.flatMap((provider) =>
    LOAD_PATHS.flatMap((path) => (ESCAPES[engine.family] ?? []).map((escape, index) => ({ provider, path, escape, index }))),
  );

  it.each(cases)('$provider, $path: $escape.name stays inside', async ({ provider, path, escape, index }: { provider: (typeof PROVIDERS)[number]; path: LoadPath; escape: EscapeProbe; index: number }) => {
    const database = databases.get(provider)!;
    const tag = `${provider}_${path === 'snapshot' ? 's' : 'p'}_${index}`;
    const marker = join(tmpdir(), `rehearse-escape-${runId}-${tag}`);
    const sql = fill(escape.sql, { marker, table: `leak_${tag}` });
    let refusal: unknown;
    let skipped: readonly string[] = [];
    try {
      skipped = await load(database, path, sql, tag);
    } catch (error) {
      refusal = error;
    }
    if (escape.mustFail) {
      // The snapshot loader may drop a statement that leaves the database before the server sees it, or
      // refuse the whole dump as bad input (a dump left with no statement, a second database).
      if (path === 'snapshot' && refusal === undefined) expect(skipped.length).toBeGreaterThan(0);
      else expect(String((refusal as Error | undefined)?.message)).toMatch(path === 'snapshot' ? REFUSED_BY_LOADER : REFUSED);
    } else {
      expect(refusal).toBeUndefined();
    }
    expect(existsSync(marker)).toBe(false);
    if (escape.leaked) {
      const rows = await withConnection(() => database.connect(), (admin) => admin.query(fill(escape.leaked!, { marker, table: `leak_${tag}` })).catch((error: Error) => {
        // The table the escape would have filled was never created: nothing leaked into it.
        if (/exist/i.test(error.message)) return [{ leaked: 0 }];
        throw error;
      }));
      expect(Number(rows[0]?.leaked)).toBe(0);
    }
  }, 60_000);

  it.each(PROVIDERS.flatMap((provider) => LOAD_PATHS.map((path) => ({ provider, path }))))(
    '$provider, $path: an ordinary dump loads as the confined user, and the administrator reads it',
    async ({ provider, path }) => {
      const database = databases.get(provider)!;
      const prefix = `sound_${provider}_${path === 'snapshot' ? 's' : 'p'}_`;
      const sql = SOUND_DUMP[engine.family]!.replace(/\b(album\w*|track)\b/g, `${prefix}$1`);
      await load(database, path, sql, prefix);
      const rows = await withConnection(() => database.connect(), (admin) =>
        admin.query(`SELECT COUNT(*) AS n FROM ${admin.dialect.quoteIdentifier(`${prefix}album`)}`),
      );
      expect(Number(rows[0]?.n)).toBe(2);
    },
    60_000,
  );

  it.each(PROVIDERS)('%s: the loading user is not the administrator', async (provider) => {
    const database = databases.get(provider)!;
    expect(new URL(database.getLoadUri()).username).not.toBe(new URL(database.getConnectionUri()).username);
  });
});
