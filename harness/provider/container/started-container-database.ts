/**
 * A database running in a container. `exited` settles when the container stops on its own (killed,
 * out of memory, crashed), so the rehearsal can fail fast instead of waiting on a dead connection.
 */
import { getContainerRuntimeClient, type StartedTestContainer } from 'testcontainers';
import { redactUrl } from '../../engine/connection-url.ts';
import type { Connection, EngineKind } from '../../engine/engine.ts';
import { openConnection } from '../../engine/open-connection.ts';
import { createLogger } from '../../log.ts';
import type { DatabaseOrigin, DatabaseRole, StartedDatabase } from '../provider.ts';
import type { ResolvedImage } from './image-resolver.ts';

const log = createLogger('provider/container');
const POLL_MS = 1000;

export interface StartedContainerDatabaseOptions {
  readonly role: DatabaseRole;
  readonly engine: EngineKind;
  readonly container: StartedTestContainer;
  readonly url: string;
  readonly networkUrl: string;
  readonly image: ResolvedImage;
}

export class StartedContainerDatabase implements StartedDatabase {
  readonly role: DatabaseRole;
  readonly engine: EngineKind;
  readonly exited: Promise<string>;
  readonly #options: StartedContainerDatabaseOptions;
  #stopping: Promise<void> | undefined;
  #loadUrl: string | undefined;
  #poll: NodeJS.Timeout | undefined;
  #imageId: string | undefined;

  constructor(options: StartedContainerDatabaseOptions) {
    this.#options = options;
    this.role = options.role;
    this.engine = options.engine;
    this.exited = new Promise((resolve) => {
      const check = async () => {
        if (this.#stopping) return;
        try {
          const client = await getContainerRuntimeClient();
          const info = await client.container.inspect(client.container.getById(options.container.getId()));
          const state = info.State;
          this.#imageId ??= info.Image;
          if (!state.Running) {
            resolve(`container ${options.container.getId().slice(0, 12)} is ${state.Status} (exit code ${state.ExitCode})`);
            return;
          }
        } catch {
          if (!this.#stopping) {
            resolve(`container ${options.container.getId().slice(0, 12)} disappeared`);
            return;
          }
        }
        this.#poll = setTimeout(check, POLL_MS);
        this.#poll.unref();
      };
      void check();
    });
  }

  getConnectionUri(): string {
    return this.#options.url;
  }

  /** Set by the provider once the confined user exists; until then loading is refused. */
  set loadUrl(url: string) {
    this.#loadUrl = url;
  }

  getLoadUri(): string {
    if (!this.#loadUrl) throw new Error('the confined user of this database was not created');
    return this.#loadUrl;
  }

  connectForLoad(): Promise<Connection> {
    return openConnection(this.getLoadUri());
  }

  getContainerNetworkUri(): string {
    return this.#options.networkUrl;
  }

  getRedactedUri(): string {
    return redactUrl(this.#options.url);
  }

  connect(): Promise<Connection> {
    return openConnection(this.#options.url);
  }

  origin(): DatabaseOrigin {
    const { image, container } = this.#options;
    return {
      provider: 'container',
      image: { requested: image.requested, resolved: image.resolved, id: this.#imageId },
      handle: container.getId().slice(0, 12),
    };
  }

  stop(): Promise<void> {
    this.#stopping ??= (async () => {
      clearTimeout(this.#poll);
      try {
        await this.#options.container.stop({ remove: true, removeVolumes: true, timeout: 5_000 });
      } catch (error) {
        // Already gone (killed and removed) is fine; anything else is left for the label sweep.
        log.debug(`stop ${this.role}: ${String(error)}`);
      }
    })();
    return this.#stopping;
  }

  [Symbol.asyncDispose](): Promise<void> {
    return this.stop();
  }
}
