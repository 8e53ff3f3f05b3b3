/** The process provider: a server from local binaries in a private data directory, removed on stop. */
import { describe, expect, it } from 'vitest';
import { BadInputError } from '../../harness/errors.ts';
import { ProcessProvider } from '../../harness/provider/process/process-provider.ts';
import { enginesWhere, expectUsable, newRunId, tempEntriesOf } from './provider-support.ts';

describe.each(enginesWhere((e) => e.capabilities.needsServer))('process provider: $kind', (engine) => {
  it('initialises and starts a server, and removes its process and data directory on stop', { timeout: 180_000 }, async () => {
    const runId = newRunId();
    const database = await new ProcessProvider().start({ engine: engine.kind }, { role: 'target', runId });
    try {
      expect(tempEntriesOf(runId)).toHaveLength(1);
      await expectUsable(database);
    } finally {
      await database.stop();
    }
    expect(tempEntriesOf(runId)).toEqual([]);
  });
});

describe.each(enginesWhere((e) => !e.capabilities.needsServer))('process provider: $kind', (engine) => {
  it('refuses an engine without a server and leaves nothing behind', async () => {
    const runId = newRunId();
    await expect(new ProcessProvider().start({ engine: engine.kind }, { role: 'target', runId })).rejects.toThrow(BadInputError);
    expect(tempEntriesOf(runId)).toEqual([]);
  });
});
