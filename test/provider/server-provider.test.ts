/**
 * The server provider: a uniquely named database per side on an existing server, dropped on stop. The
 * "existing server" is started by the container provider, as a user's shared server would be there.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EngineFamily } from '../../harness/engine/engine-definition.ts';
import { BadInputError } from '../../harness/errors.ts';
import { ContainerProvider } from '../../harness/provider/container/container-provider.ts';
import type { StartedDatabase } from '../../harness/provider/provider.ts';
import { ServerProvider } from '../../harness/provider/server/server-provider.ts';
import { enginesWhere, expectUsable, newRunId } from './provider-support.ts';

/** Each server family's catalogue of databases. */
const DATABASE_LISTS: Record<EngineFamily, string> = {
  mysql: 'SELECT SCHEMA_NAME AS name FROM information_schema.SCHEMATA',
  postgres: 'SELECT datname AS name FROM pg_database',
  sqlite: 'SELECT NULL AS name WHERE 0',
};

describe.each(enginesWhere((e) => e.capabilities.supportsCreateDatabase))('server provider: $kind', (engine) => {
  let server: StartedDatabase;
  beforeAll(async () => {
    server = await new ContainerProvider().start({ engine: engine.kind }, { role: 'source', runId: newRunId() });
  }, 180_000);
  afterAll(() => server?.stop());

  /** The databases of the server whose name holds `runId`, listed through the engine's own catalogue. */
  async function databasesOf(runId: string): Promise<string[]> {
    const admin = await server.connect();
    try {
      return (await admin.query(DATABASE_LISTS[engine.family])).map((r) => String(r.name)).filter((name) => name.includes(runId));
    } finally {
      await admin.close();
    }
  }

  it('creates a database per side on the server and drops it on stop', async () => {
    const runId = newRunId();
    const provider = new ServerProvider({ urls: [server.getConnectionUri()] });
    const database = await provider.start({ engine: engine.kind }, { role: 'target', runId });
    try {
      expect(await databasesOf(runId)).toEqual([`rehearse_${runId}_target`]);
      await expectUsable(database);
    } finally {
      await database.stop();
    }
    expect(await databasesOf(runId)).toEqual([]);
  });

  it('names the side and the engine when no --server URL serves it', async () => {
    const provider = new ServerProvider({ urls: ['sqlite:///tmp/unused.db'] });
    await expect(provider.start({ engine: engine.kind }, { role: 'source', runId: newRunId() })).rejects.toThrow(
      new RegExp(`source side needs a ${engine.kind} server`),
    );
  });
});

describe.each(enginesWhere((e) => !e.capabilities.supportsCreateDatabase))('server provider: $kind', (engine) => {
  it('refuses an engine that has no server databases', async () => {
    const provider = new ServerProvider({ urls: ['postgres://u:p@127.0.0.1:1/x'] });
    await expect(provider.start({ engine: engine.kind }, { role: 'source', runId: newRunId() })).rejects.toThrow(BadInputError);
  });
});
