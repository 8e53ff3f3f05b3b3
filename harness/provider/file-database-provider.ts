/**
 * Engines whose database is a file (SQLite) need no server: a throwaway database is a file in a
 * temporary directory, whatever --provider says. The directory is removed on stop. The file's URL is
 * the engine's (DatabaseFileFormat.urlFor). The directory is a private run directory with an owner
 * record, like the process provider's, so that `rehearse clean` removes it after a killed run.
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { getEngine } from '../engine/engine-registry.ts';
import type { Connection, EngineKind } from '../engine/engine.ts';
import { openConnection } from '../engine/open-connection.ts';
import { BadInputError } from '../errors.ts';
import { createRunDirectory } from '../run-directory/run-directory.ts';
import type { DatabaseOrigin, DatabaseProvider, DatabaseRole, DatabaseSpec, StartedDatabase, StartOptions } from './provider.ts';

export class FileDatabaseProvider implements DatabaseProvider {
  readonly name = 'file' as const;

  async start(spec: DatabaseSpec, options: StartOptions): Promise<StartedDatabase> {
    const format = getEngine(spec.engine).databaseFile;
    if (!format) throw new BadInputError(`engine "${spec.engine}" needs a server; its databases are not files`);
    const dir = createRunDirectory(`${spec.engine}-${options.runId}-${options.role}`);
    return new StartedDatabaseFile(options.role, spec.engine, format.urlFor(join(dir, `${options.role}.db`)), dir);
  }
}

class StartedDatabaseFile implements StartedDatabase {
  readonly exited = new Promise<string>(() => undefined);

  constructor(
    readonly role: DatabaseRole,
    readonly engine: EngineKind,
    readonly url: string,
    readonly dir: string,
  ) {}

  getConnectionUri(): string {
    return this.url;
  }
  getContainerNetworkUri(): string {
    return this.url;
  }
  /** A database file has no users to confine it: loading uses the same URL. */
  getLoadUri(): string {
    return this.url;
  }
  connectForLoad(): Promise<Connection> {
    return openConnection(this.url);
  }
  getRedactedUri(): string {
    return this.url;
  }
  connect(): Promise<Connection> {
    return openConnection(this.url);
  }
  origin(): DatabaseOrigin {
    return { provider: 'file' };
  }
  async stop(): Promise<void> {
    rmSync(this.dir, { recursive: true, force: true });
  }
  [Symbol.asyncDispose](): Promise<void> {
    return this.stop();
  }
}
