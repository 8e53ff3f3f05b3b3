/**
 * Picks the provider for --provider (default: container when a container engine answers, else a clear
 * error that names the alternatives).
 */
import { getContainerRuntimeClient } from 'testcontainers';
import type { EngineKind } from '../engine/engine.ts';
import { getEngine } from '../engine/engine-registry.ts';
import { BadInputError, errorMessage, InfrastructureError } from '../errors.ts';
import { ContainerProvider } from './container/container-provider.ts';
import { ProcessProvider } from './process/process-provider.ts';
import type { DatabaseProvider, ProviderName } from './provider.ts';
import { PROVIDER_NAMES } from './provider.ts';
import { ServerProvider } from './server/server-provider.ts';
import { FileDatabaseProvider } from './file-database-provider.ts';

export interface ProviderChoice {
  readonly provider?: string;
  readonly serverUrls?: readonly string[];
}

export async function containerEngineAnswers(timeoutMs = 5000): Promise<boolean> {
  const probe = getContainerRuntimeClient().then(() => true, () => false);
  const timeout = new Promise<boolean>((resolve) => setTimeout(() => resolve(false), timeoutMs).unref());
  return Promise.race([probe, timeout]);
}

export async function chooseProviderName(choice: ProviderChoice): Promise<ProviderName> {
  if (choice.provider !== undefined) {
    if (!(PROVIDER_NAMES as readonly string[]).includes(choice.provider)) {
      throw new BadInputError(`--provider "${choice.provider}" is not known. Choose one of: ${PROVIDER_NAMES.join(', ')}`);
    }
    return choice.provider as ProviderName;
  }
  if (choice.serverUrls?.length) return 'server';
  return 'container';
}

export async function createProvider(name: ProviderName, choice: ProviderChoice): Promise<DatabaseProvider> {
  switch (name) {
    case 'container':
      try {
        await getContainerRuntimeClient();
      } catch (cause) {
        throw new InfrastructureError(
          `no container engine answers (${errorMessage(cause)}). Start Docker, or podman's API (images/setup-podman-engine.sh) and set DOCKER_HOST; ` +
            'or use --provider process (local mariadbd/postgres) or --provider server --server URL.',
          { cause },
        );
      }
      return new ContainerProvider();
    case 'process':
      return new ProcessProvider();
    case 'server':
      return new ServerProvider({ urls: choice.serverUrls ?? [] });
  }
}

/** Sides of a file engine (SQLite) never need the chosen provider: their database is a temporary file. */
export function providerFor(engine: EngineKind, chosen: DatabaseProvider): DatabaseProvider {
  return getEngine(engine).capabilities.needsServer ? chosen : new FileDatabaseProvider();
}
