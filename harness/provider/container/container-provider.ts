/**
 * Starts throwaway databases as containers through testcontainers' GenericContainer, labelled so that
 * leftovers are swept (labels.ts). Ready when a real connection succeeds (readiness.ts).
 */
import { randomBytes } from 'node:crypto';
import { GenericContainer, getContainerRuntimeClient, type StartedTestContainer, type WaitStrategy } from 'testcontainers';
import { buildDatabaseUrl } from '../../engine/connection-url.ts';
import { openConnection } from '../../engine/open-connection.ts';
import { getEngine } from '../../engine/engine-registry.ts';
import { BadInputError, errorMessage, InfrastructureError } from '../../errors.ts';
import { createLogger } from '../../log.ts';
import { CONFINED_USER, createConfinedUser, leastPrivilegeOf } from '../confined-user.ts';
import { throwawayDatabaseName } from '../database-name.ts';
import { containerLabels } from '../labels.ts';
import type { DatabaseProvider, DatabaseSpec, StartedDatabase, StartOptions } from '../provider.ts';
import { waitForConnection } from '../readiness.ts';
import { resolveImage } from './image-resolver.ts';
import { StartedContainerDatabase } from './started-container-database.ts';

const log = createLogger('provider/container');

/** An empty directory private to the container (a fresh tmpfs): the only place its server may read or write files. */
const PRIVATE_FILE_DIR = '/run/rehearse-files';

/** testcontainers insists on a wait strategy; readiness is judged by a real connection instead. */
const NO_WAIT: WaitStrategy = {
  waitUntilReady: async () => undefined,
  withStartupTimeout() {
    return this;
  },
  isStartupTimeoutSet: () => false,
  getStartupTimeout: () => 0,
};

export interface ContainerProviderOptions {
  /** How long a database may take to accept connections. @default 120000 */
  readonly readyTimeoutMs?: number;
}

export class ContainerProvider implements DatabaseProvider {
  readonly name = 'container' as const;
  readonly #readyTimeoutMs: number;

  constructor(options: ContainerProviderOptions = {}) {
    this.#readyTimeoutMs = options.readyTimeoutMs ?? 120_000;
  }

  async start(spec: DatabaseSpec, options: StartOptions): Promise<StartedDatabase> {
    const flavour = getEngine(spec.engine).containerFlavour;
    if (!flavour) throw new BadInputError(`engine "${spec.engine}" runs without a server: it needs no container`);
    const databaseName = throwawayDatabaseName(spec, options.role);
    const requested = spec.image ?? flavour.defaultImage;
    const image = await resolveImage(requested);
    const password = randomBytes(12).toString('hex');
    options.secrets?.add(password);
    log.debug(`${options.role}: starting ${image.resolved}`);

    // The scenario's options come first so that the confinement options, given last, win.
    const serverOptions = { ...spec.serverOptions, ...leastPrivilegeOf(spec.engine).fileConfinement(PRIVATE_FILE_DIR) };
    const name = `rehearse-${options.runId}-${options.role}`;
    let container: StartedTestContainer;
    try {
      container = await startWithFreshPort(name, () =>
        new GenericContainer(image.resolved)
          .withEnvironment({ ...flavour.environment(password, databaseName), ...spec.env })
          .withCommand(flavour.commandLine(serverOptions))
          .withTmpFs({ [PRIVATE_FILE_DIR]: 'rw,noexec,nosuid,size=1m,mode=0700' })
          .withExposedPorts(flavour.port)
          .withLabels(containerLabels(options.runId, options.role))
          .withName(name)
          .withWaitStrategy(NO_WAIT)
          .start(),
      );
    } catch (cause) {
      throw new InfrastructureError(
        `could not start the ${options.role} container from image "${image.resolved}": ${errorMessage(cause)}. ` +
          'Is a container engine running (DOCKER_HOST), and is the image available (`rehearse images build` builds local stand-ins)?',
        { cause },
      );
    }

    const url = buildDatabaseUrl({
      engine: spec.engine,
      host: container.getHost(),
      port: container.getMappedPort(flavour.port),
      user: flavour.user,
      password,
      database: databaseName,
    });
    const database = new StartedContainerDatabase({
      role: options.role,
      engine: spec.engine,
      container,
      url,
      networkUrl: buildDatabaseUrl({
        engine: spec.engine,
        host: container.getIpAddress(container.getNetworkNames()[0] ?? 'podman'),
        port: flavour.port,
        user: flavour.user,
        password,
        database: databaseName,
      }),
      image,
    });
    try {
      await waitForConnection(() => openConnection(url), {
        timeoutMs: this.#readyTimeoutMs,
        what: `${options.role} database (${image.resolved})`,
        signal: options.signal,
        exited: database.exited,
      });
      database.loadUrl = await createConfinedUser(url, CONFINED_USER, options.secrets);
    } catch (error) {
      // Cleanup on failure is part of the contract: never leave a half-started container behind.
      await database.stop();
      throw error;
    }
    return database;
  }
}

/** How many times a start is tried when its host port was taken before the engine could bind it. */
const PORT_ATTEMPTS = 3;

/**
 * The engine picks a free host port when the container is created and binds it only when it starts; a
 * connection opened in between may take that port as its own local one ("address already in use").
 * The created container is then removed and the start tried again, with a newly chosen port.
 */
async function startWithFreshPort(name: string, start: () => Promise<StartedTestContainer>): Promise<StartedTestContainer> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await start();
    } catch (error) {
      if (attempt >= PORT_ATTEMPTS || !/address already in use/i.test(errorMessage(error))) throw error;
      log.debug(`${name}: host port taken before the bind (${errorMessage(error)}), trying again`);
      const client = await getContainerRuntimeClient();
      await client.container.dockerode.getContainer(name).remove({ force: true, v: true }).catch(() => undefined);
    }
  }
}
