/**
 * Throwaway databases for tests, started the way a rehearsal starts them: through the harness's own
 * providers (a labelled container for a server engine, a file in a temporary folder for SQLite, as
 * `providerFor` decides by capability). Readiness, labels and clean-up are the providers', so a test
 * exercises them too. `ENGINES=postgres,sqlite` restricts the engines a test file loops over.
 */
import { randomBytes } from 'node:crypto';
import type { Connection } from '../../harness/engine/engine.ts';
import { providerFor } from '../../harness/provider/choose-provider.ts';
import { ContainerProvider } from '../../harness/provider/container/container-provider.ts';
import type { DatabaseRole, DatabaseSpec, StartedDatabase } from '../../harness/provider/provider.ts';

/** The engines with a database available on a test machine (MySQL has no local image). */
export const ALL_ENGINES = ['mariadb', 'postgres', 'sqlite'] as const;
export type TestEngine = (typeof ALL_ENGINES)[number];

/** The engines to test, filterable with ENGINES=postgres,sqlite. */
export const ENGINES: readonly TestEngine[] = (() => {
  const wanted = (process.env.ENGINES ?? '').split(',').map((s) => s.trim()).filter(Boolean);
  return wanted.length === 0 ? ALL_ENGINES : ALL_ENGINES.filter((engine) => wanted.includes(engine));
})();

/** The tested engines among `engines` (a check that applies to some engines only loops over these). */
export function enginesAmong(engines: readonly TestEngine[]): TestEngine[] {
  return ENGINES.filter((engine) => engines.includes(engine));
}

/** A started database; `await using` or {@link TestDatabase.stop} removes it and everything made for it. */
export interface TestDatabase extends AsyncDisposable {
  readonly engine: TestEngine;
  /** A URL with credentials, for drivers on this machine. */
  readonly url: string;
  connect(): Promise<Connection>;
  /** A URL of the confined user snapshots load as (the provider's, see harness/provider/confined-user.ts). */
  readonly loadUrl: string;
  /** Connects as that confined user. */
  connectForLoad(): Promise<Connection>;
  /** Stops the database; idempotent. */
  stop(): Promise<void>;
}

export interface TestDatabaseOptions {
  /** Server options on top of the test defaults, e.g. `{ 'sql-mode': '' }` for MariaDB. */
  readonly serverOptions?: DatabaseSpec['serverOptions'];
  /** The role the provider starts it for (names its container or file). @default 'source' */
  readonly role?: DatabaseRole;
}

/** Durability is worthless for a database that lives for one test file; dropping it saves seconds. */
const FAST_SERVER_OPTIONS: Record<TestEngine, NonNullable<DatabaseSpec['serverOptions']>> = {
  mariadb: { 'innodb-flush-log-at-trx-commit': 0 },
  postgres: { fsync: 'off' },
  sqlite: {},
};

export async function startTestDatabase(engine: TestEngine, options: TestDatabaseOptions = {}): Promise<TestDatabase> {
  const provider = providerFor(engine, new ContainerProvider());
  const started = await provider.start(
    { engine, serverOptions: { ...FAST_SERVER_OPTIONS[engine], ...options.serverOptions } },
    { role: options.role ?? 'source', runId: `test${randomBytes(4).toString('hex')}` },
  );
  return asTestDatabase(engine, started);
}

/** A source and a target database of one engine, started side by side. */
export interface TestDatabasePair extends AsyncDisposable {
  readonly source: TestDatabase;
  readonly target: TestDatabase;
  stop(): Promise<void>;
}

export async function startTestDatabasePair(engine: TestEngine, options: Omit<TestDatabaseOptions, 'role'> = {}): Promise<TestDatabasePair> {
  const [source, target] = await Promise.allSettled([
    startTestDatabase(engine, { ...options, role: 'source' }),
    startTestDatabase(engine, { ...options, role: 'target' }),
  ]);
  if (source.status === 'rejected' || target.status === 'rejected') {
    // One side may have started: never leave it running when the other could not.
    await Promise.allSettled([source, target].map((side) => (side.status === 'fulfilled' ? side.value.stop() : undefined)));
    throw source.status === 'rejected' ? source.reason : (target as PromiseRejectedResult).reason;
  }
  const stop = async () => {
    await Promise.allSettled([source.value.stop(), target.value.stop()]);
  };
  return { source: source.value, target: target.value, stop, [Symbol.asyncDispose]: stop };
}

function asTestDatabase(engine: TestEngine, started: StartedDatabase): TestDatabase {
  return {
    engine,
    url: started.getConnectionUri(),
    connect: () => started.connect(),
    loadUrl: started.getLoadUri(),
    connectForLoad: () => started.connectForLoad(),
    stop: () => started.stop(),
    [Symbol.asyncDispose]: () => started.stop(),
  };
}
