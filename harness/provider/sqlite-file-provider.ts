/**
 * SQLite needs no server: a throwaway database is a file in a temporary directory, whatever --provider
 * says. The directory is removed on stop.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Connection } from '../engine/engine.ts';
import { openConnection } from '../engine/open-connection.ts';
import type { DatabaseOrigin, DatabaseProvider, DatabaseRole, DatabaseSpec, StartedDatabase, StartOptions } from './provider.ts';

export class SqliteFileProvider implements DatabaseProvider {
  readonly name = 'sqlite' as const;

  async start(_spec: DatabaseSpec, options: StartOptions): Promise<StartedDatabase> {
    const dir = mkdtempSync(join(tmpdir(), `rehearse-sqlite-${options.runId}-${options.role}-`));
    return new StartedSqliteFile(options.role, join(dir, `${options.role}.db`), dir);
  }
}

class StartedSqliteFile implements StartedDatabase {
  readonly engine = 'sqlite' as const;
  readonly exited = new Promise<string>(() => undefined);

  constructor(
    readonly role: DatabaseRole,
    readonly file: string,
    readonly dir: string,
  ) {}

  getConnectionUri(): string {
    return `sqlite://${this.file}`;
  }
  getContainerNetworkUri(): string {
    return this.getConnectionUri();
  }
  getRedactedUri(): string {
    return this.getConnectionUri();
  }
  connect(): Promise<Connection> {
    return openConnection(this.getConnectionUri());
  }
  origin(): DatabaseOrigin {
    return { provider: 'sqlite-file' };
  }
  async stop(): Promise<void> {
    rmSync(this.dir, { recursive: true, force: true });
  }
  [Symbol.asyncDispose](): Promise<void> {
    return this.stop();
  }
}
