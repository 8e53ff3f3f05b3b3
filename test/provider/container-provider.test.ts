/** The container provider: one server per side in a labelled container, gone after stop. */
import { describe, expect, it } from 'vitest';
import { BadInputError } from '../../harness/errors.ts';
import { ContainerProvider } from '../../harness/provider/container/container-provider.ts';
import { containersOfRun } from '../support/containers.ts';
import { enginesWhere, expectUsable, newRunId } from './provider-support.ts';

describe.each(enginesWhere((e) => e.capabilities.needsServer))('container provider: $kind', (engine) => {
  it('starts the engine\'s default image with server options, and removes the container on stop', { timeout: 180_000 }, async () => {
    const runId = newRunId();
    const database = await new ContainerProvider().start({ engine: engine.kind }, { role: 'source', runId });
    try {
      expect(await containersOfRun(runId)).toHaveLength(1);
      expect(database.origin().image?.requested).toBe(engine.containerFlavour?.defaultImage);
      await expectUsable(database);
    } finally {
      await database.stop();
    }
    expect(await containersOfRun(runId)).toEqual([]);
  });
});

describe.each(enginesWhere((e) => !e.capabilities.needsServer))('container provider: $kind', (engine) => {
  it('refuses an engine without a server before starting anything', async () => {
    const runId = newRunId();
    await expect(new ContainerProvider().start({ engine: engine.kind }, { role: 'source', runId })).rejects.toThrow(BadInputError);
    expect(await containersOfRun(runId)).toEqual([]);
  });
});
