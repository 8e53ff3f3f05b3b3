/**
 * How a throwaway database comes to life. A provider starts one database for a role (source or target)
 * and hands back a {@link StartedDatabase}; stopping it removes everything the provider created.
 */
import type { Connection, EngineKind } from '../engine/engine.ts';

export const PROVIDER_NAMES = ['container', 'process', 'server'] as const;
export type ProviderName = (typeof PROVIDER_NAMES)[number];

export const DATABASE_ROLES = ['source', 'target'] as const;
export type DatabaseRole = (typeof DATABASE_ROLES)[number];

/** What a scenario asks for on one side. */
export interface DatabaseSpec {
  readonly engine: EngineKind;
  /** Image as users name it, e.g. "mariadb:10.11" (container provider only). */
  readonly image?: string;
  /** Server options, e.g. `{ 'default-storage-engine': 'MyISAM', 'sql-mode': '' }` for MariaDB or
   * `{ fsync: 'off' }` for PostgreSQL. Passed on the server's command line. */
  readonly serverOptions?: Readonly<Record<string, string | number | boolean>>;
  /** Extra environment for the container. */
  readonly env?: Readonly<Record<string, string>>;
  /** The throwaway database's name (checked by databaseNameProblem, database-name.ts): the container
   * and process providers create it under this name; the server provider keeps its unique generated
   * one. @default "rehearse" */
  readonly database?: string;
}

export interface StartOptions {
  readonly role: DatabaseRole;
  /** Unique id of this rehearsal, used in labels, database names and temp dirs. */
  readonly runId: string;
  readonly signal?: AbortSignal;
  /** Receives every password the provider generates or is given, as soon as it exists, so that the run
   * masks it in reports, progress output, logs and error messages. */
  readonly secrets?: { add(value: string): void };
}

export interface DatabaseProvider {
  readonly name: ProviderName | 'file';
  start(spec: DatabaseSpec, options: StartOptions): Promise<StartedDatabase>;
}

/** Where the database came from, for the report (reproducibility). */
export interface DatabaseOrigin {
  readonly provider: string;
  /** Image as requested and as resolved (after the local stand-in mapping), with the image id. */
  readonly image?: { readonly requested: string; readonly resolved: string; readonly id?: string };
  readonly serverVersion?: string;
  /** Container id or process id, to find leftovers. */
  readonly handle?: string;
}

export interface StartedDatabase extends AsyncDisposable {
  readonly role: DatabaseRole;
  readonly engine: EngineKind;
  /**
   * A URL with credentials, for drivers, steps and checks on this machine: the administrator of the
   * throwaway database (superuser or root on a server the harness started, the --server URL's user on a
   * shared server). Never written to a report.
   */
  getConnectionUri(): string;
  /** The same URL reachable from another container on the engine's network, when it differs. */
  getContainerNetworkUri(): string;
  /** The URL with the password replaced by "***". */
  getRedactedUri(): string;
  connect(): Promise<Connection>;
  /**
   * A URL for the confined user: it owns this database and may do nothing outside it (no server files,
   * programs, other databases or global rights; harness/engine/least-privilege.ts). Snapshot loading
   * and setup scripts connect with it. Never written to a report.
   */
  getLoadUri(): string;
  /** Opens a connection as the confined user ({@link getLoadUri}). */
  connectForLoad(): Promise<Connection>;
  origin(): DatabaseOrigin;
  /** Resolves when the database stops unexpectedly (container killed, process died). */
  readonly exited: Promise<string>;
  /** Stops and removes the database and everything created for it. Idempotent. */
  stop(): Promise<void>;
}
