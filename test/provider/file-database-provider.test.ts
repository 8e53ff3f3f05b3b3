/** The file provider: a database in a temporary file for engines without a server, removed on stop, or
 * by the sweep after a killed run. */
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { BadInputError } from '../../harness/errors.ts';
import { FileDatabaseProvider } from '../../harness/provider/file-database-provider.ts';
import { providerFor } from '../../harness/provider/choose-provider.ts';
import { ProcessProvider } from '../../harness/provider/process/process-provider.ts';
import { writeOwner } from '../../harness/run-directory/run-directory.ts';
import { sweepRunDirectories } from '../../harness/run-directory/sweep-run-directories.ts';
import type { StartedDatabase } from '../../harness/provider/provider.ts';
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

  it('leaves a directory the sweep removes once its owner is dead, and keeps it while the owner lives', async () => {
    const runId = newRunId();
    const database = (await new FileDatabaseProvider().start({ engine: engine.kind }, { role: 'target', runId })) as StartedDatabase & { dir: string };
    try {
      sweepRunDirectories();
      expect(tempEntriesOf(runId)).toHaveLength(1);
      // As if this run had been killed: its owner record names a process that has ended.
      const ended = spawnSync('true').pid!;
      writeOwner(database.dir, { pid: ended });
      sweepRunDirectories();
      expect(tempEntriesOf(runId)).toEqual([]);
    } finally {
      await database.stop();
    }
  });
});

describe.each(enginesWhere((e) => e.capabilities.needsServer))('file provider: $kind', (engine) => {
  it('refuses a server engine and leaves nothing behind', async () => {
    const runId = newRunId();
    await expect(new FileDatabaseProvider().start({ engine: engine.kind }, { role: 'target', runId })).rejects.toThrow(BadInputError);
    expect(tempEntriesOf(runId)).toEqual([]);
  });
});
