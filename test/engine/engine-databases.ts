/**
 * Raw server containers for the benchmarks (bench/contents-checksum.bench.ts): they need server
 * arguments beyond a scenario's serverOptions and a data directory in tmpfs, so that a measure times
 * the checksum, not the disk. Tests start their databases through the providers instead
 * (test/support/test-databases.ts). Readiness is a retry loop that connects with the real driver.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { GenericContainer, type StartedTestContainer } from 'testcontainers';
import type { Connection } from '../../harness/engine/engine.ts';
import { openConnection } from '../../harness/engine/open-connection.ts';
import type { TestEngine } from '../support/test-databases.ts';

process.env.DOCKER_HOST ??= 'unix:///run/podman/podman.sock';
process.env.TESTCONTAINERS_RYUK_DISABLED ??= 'true';

export interface TestDatabase {
  readonly url: string;
  connect(): Promise<Connection>;
  stop(): Promise<void>;
}

export interface TestDatabaseOptions {
  /** Server options, e.g. ['--sql-mode='] for MariaDB or ['-c', 'fsync=off'] for PostgreSQL. */
  readonly serverArgs?: readonly string[];
}

const PASSWORD = 'test-pw';

const CONTAINERS = {
  mariadb: {
    image: 'localhost/rehearse/mariadb:10.11',
    port: 3306,
    env: { MARIADB_ROOT_PASSWORD: PASSWORD, MARIADB_DATABASE: 'app' },
    args: ['--innodb-flush-log-at-trx-commit=0'],
    url: (host: string, port: number) => `mariadb://root:${PASSWORD}@${host}:${port}/app`,
  },
  postgres: {
    image: 'localhost/rehearse/postgres:15',
    port: 5432,
    env: { POSTGRES_PASSWORD: PASSWORD, POSTGRES_USER: 'app', POSTGRES_DB: 'app' },
    args: ['-c', 'fsync=off'],
    url: (host: string, port: number) => `postgres://app:${PASSWORD}@${host}:${port}/app`,
  },
} as const;

export async function startTestDatabase(engine: TestEngine, options: TestDatabaseOptions = {}): Promise<TestDatabase> {
  if (engine === 'sqlite') {
    const dir = await mkdtemp(join(tmpdir(), 'rehearse-engine-'));
    const url = `sqlite://${join(dir, 'test.db')}`;
    return { url, connect: () => openConnection(url), stop: () => rm(dir, { recursive: true, force: true }) };
  }
  const spec = CONTAINERS[engine];
  const container = await new GenericContainer(spec.image)
    .withEnvironment(spec.env)
    .withExposedPorts(spec.port)
    .withCommand([...spec.args, ...(options.serverArgs ?? [])])
    .withTmpFs({ [engine === 'mariadb' ? '/var/lib/mysql' : '/var/lib/postgresql/data']: 'rw' })
    .start();
  const url = spec.url(container.getHost(), container.getMappedPort(spec.port));
  try {
    await waitUntilConnectable(url);
  } catch (error) {
    await container.stop();
    throw error;
  }
  return { url, connect: () => openConnection(url), stop: () => stopContainer(container) };
}

async function waitUntilConnectable(url: string, timeoutMs = 120_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      const connection = await openConnection(url);
      await connection.query('SELECT 1 AS ok');
      await connection.close();
      return;
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
  }
}

async function stopContainer(container: StartedTestContainer): Promise<void> {
  await container.stop({ remove: true, removeVolumes: true });
}
