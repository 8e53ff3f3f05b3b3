/**
 * Starts source and target in parallel, each database under its name (`names`, database-names.ts). If one fails, the other is stopped before the error goes on:
 * nothing is left running.
 */
import { getContainerRuntimeClient } from 'testcontainers';
import type { DatabaseProvider, StartedDatabase, StartOptions } from '../provider/provider.ts';
import { providerFor } from '../provider/choose-provider.ts';
import { LABEL_RUN } from '../provider/labels.ts';
import type { ScenarioConfig } from '../scenario/define-scenario.ts';
import type { DatabaseNames } from './database-names.ts';

export async function startDatabases(
  scenario: ScenarioConfig,
  provider: DatabaseProvider,
  runId: string,
  signal: AbortSignal,
  secrets?: StartOptions['secrets'],
  names: DatabaseNames = { source: scenario.source.database, target: scenario.target.database },
): Promise<{ source: StartedDatabase; target: StartedDatabase }> {
  const start = (role: 'source' | 'target') =>
    providerFor(scenario[role].engine, provider).start(
      {
        engine: scenario[role].engine, image: scenario[role].image, serverOptions: scenario[role].serverOptions, env: scenario[role].env,
        ...(names[role] === undefined ? {} : { database: names[role] }),
      },
      { role, runId, signal, secrets },
    );
  const [source, target] = await Promise.allSettled([start('source'), start('target')] as const);
  if (source.status === 'fulfilled' && target.status === 'fulfilled') return { source: source.value, target: target.value };
  if (source.status === 'fulfilled') await source.value.stop();
  if (target.status === 'fulfilled') await target.value.stop();
  throw (source.status === 'rejected' ? source.reason : (target as PromiseRejectedResult).reason) as Error;
}

/** Stops both sides, then removes any other container of this run (step containers). */
export async function stopDatabases(databases: { source?: StartedDatabase; target?: StartedDatabase }, runId: string): Promise<void> {
  await Promise.all([databases.source?.stop(), databases.target?.stop()]);
  if (!process.env.DOCKER_HOST && !databases.source && !databases.target) return;
  try {
    const client = await Promise.race([
      getContainerRuntimeClient(),
      new Promise<never>((_, reject) => setTimeout(() => reject(new Error('no engine')), 3000).unref()),
    ]);
    const left = await client.container.dockerode.listContainers({ all: true, filters: { label: [`${LABEL_RUN}=${runId}`] } });
    await Promise.all(left.map((c) => client.container.dockerode.getContainer(c.Id).remove({ force: true, v: true }).catch(() => undefined)));
  } catch {
    // No container engine: nothing of ours can be running there.
  }
}
