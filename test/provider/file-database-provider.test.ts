/** The file provider: a database in a temporary file for engines without a server, removed on stop. */
import { describe, expect, it } from 'vitest';
import { BadInputError } from '../../harness/errors.ts';
import { FileDatabaseProvider } from '../../harness/provider/file-database-provider.ts';
import { providerFor } from '../../harness/provider/choose-provider.ts';
import { ProcessProvider } from '../../harness/provider/process/process-provider.ts';
import { enginesWhere, expectUsable, newRunId, tempEntriesOf } from './provider-support.ts';

describe.each(enginesWhere((e) => !e.capabilities.needsServer))('file provider: $kind', (engine) => {
  it('is chosen whatever --provider says, gives a usable database and removes its directory on stop', async () => {
    const provider = providerFor(engine.kind, new ProcessProvider());
    expect(provider).toBeInstanceOf(FileDatabaseProvider);
    const runId = newRunId();
    const database = await provider.start({ engine: engine.kind }, { role: 'source', runId });
    try {
      expect(database.engine).toBe(engine.kind);
      expect(tempEntriesOf(runId)).toHaveLength(1);
      await expectUsable(database);
    } finally {
      await database.stop();
    }
    expect(tempEntriesOf(runId)).toEqual([]);
  });
});

describe.each(enginesWhere((e) => e.capabilities.needsServer))('file provider: $kind', (engine) => {
  it('refuses a server engine and leaves nothing behind', async () => {
    const runId = newRunId();
    await expect(new FileDatabaseProvider().start({ engine: engine.kind }, { role: 'target', runId })).rejects.toThrow(BadInputError);
    expect(tempEntriesOf(runId)).toEqual([]);
  });
});
