/**
 * Uses an existing server given by URL: the harness creates a uniquely named throwaway database there
 * for each side, with a confined user of the same run that may work in that database only (snapshot SQL
 * and setup scripts run as it, so they cannot reach the server's other databases), and drops both
 * afterwards. The URL's user needs CREATE and DROP DATABASE rights and the right to create users and
 * grant them rights (PostgreSQL CREATEROLE; MariaDB CREATE USER and GRANT OPTION).
 *
 * The name stays unique whatever the scenario or the dump asks for ({@link DatabaseSpec.database} is not
 * used here): two runs on one server must never share a database, nor touch one of the same name that
 * belongs to someone else. A dump that refers to its own name (`sakila.film`) therefore fails to load on
 * a shared server, since the confined user has no right outside the unique database: the run ends in
 * ERROR rather than reading or writing the server's real `sakila`.
 */
import { buildDatabaseUrl, parseDatabaseUrl, redactUrl } from '../../engine/connection-url.ts';
import type { Connection, EngineKind } from '../../engine/engine.ts';
import { openConnection } from '../../engine/open-connection.ts';
import { getEngine, sameFamily } from '../../engine/engine-registry.ts';
import { BadInputError, errorMessage, InfrastructureError } from '../../errors.ts';
import { createLogger } from '../../log.ts';
import { confinedUserName, createConfinedUser, dropConfinedUser } from '../confined-user.ts';
import type { DatabaseOrigin, DatabaseProvider, DatabaseRole, DatabaseSpec, StartedDatabase, StartOptions } from '../provider.ts';

const log = createLogger('provider/server');

export interface ServerProviderOptions {
  /** One server URL per engine family, e.g. { mariadb: 'mariadb://root:pw@db:3306/', postgres: 'postgres://…/postgres' }. */
  readonly urls: readonly string[];
}

export class ServerProvider implements DatabaseProvider {
  readonly name = 'server' as const;
  readonly #urls: readonly string[];

  constructor(options: ServerProviderOptions) {
    if (options.urls.length === 0) throw new BadInputError('--provider server needs --server URL (one per engine used by the scenario)');
    this.#urls = options.urls;
  }

  async start(spec: DatabaseSpec, options: StartOptions): Promise<StartedDatabase> {
    if (!getEngine(spec.engine).capabilities.supportsCreateDatabase) {
      throw new BadInputError(`the ${options.role} side is ${spec.engine}, which has no server to create a database on; --provider server does not apply to it`);
    }
    const serverUrl = this.#urls.find((url) => sameFamily(parseDatabaseUrl(url).engine, spec.engine));
    if (!serverUrl) {
      throw new BadInputError(
        `the ${options.role} side needs a ${spec.engine} server but no --server URL is for ${spec.engine} (given: ${this.#urls.map(redactUrl).join(', ')})`,
      );
    }
    const parts = parseDatabaseUrl(serverUrl);
    if (parts.password) options.secrets?.add(parts.password);
    const name = `rehearse_${options.runId.replace(/\W/g, '_')}_${options.role}`;
    const admin = await this.#admin(serverUrl);
    try {
      await admin.execute(`CREATE DATABASE ${admin.dialect.quoteIdentifier(name)}`);
    } catch (cause) {
      throw new InfrastructureError(`could not create database ${name} on ${redactUrl(serverUrl)}: ${errorMessage(cause)}`, { cause });
    } finally {
      await admin.close();
    }
    log.debug(`${options.role}: created ${name} on ${redactUrl(serverUrl)}`);
    const url = buildDatabaseUrl({ ...parts, database: name });
    const user = confinedUserName(spec.engine, options.runId, options.role);
    const drop = async () => {
      const dropper = await this.#admin(serverUrl);
      try {
        await dropper.execute(`DROP DATABASE IF EXISTS ${dropper.dialect.quoteIdentifier(name)}`);
      } finally {
        await dropper.close();
      }
      // After the database: a PostgreSQL role that still owns one cannot be dropped.
      await dropConfinedUser(serverUrl, user);
    };
    let loadUrl: string;
    try {
      loadUrl = await createConfinedUser(url, user, options.secrets);
    } catch (error) {
      await drop().catch((cause) => log.debug(`drop after a failed start: ${String(cause)}`));
      throw error;
    }
    return new StartedServerDatabase(options.role, spec.engine, url, loadUrl, drop);
  }

  async #admin(serverUrl: string): Promise<Connection> {
    try {
      return await openConnection(serverUrl);
    } catch (cause) {
      throw new InfrastructureError(`cannot connect to server ${redactUrl(serverUrl)}: ${errorMessage(cause)}`, { cause });
    }
  }
}

class StartedServerDatabase implements StartedDatabase {
  /** An external server is not ours to watch; a dropped connection surfaces as a failed step. */
  readonly exited = new Promise<string>(() => undefined);
  #stopping: Promise<void> | undefined;

  constructor(
    readonly role: DatabaseRole,
    readonly engine: EngineKind,
    readonly url: string,
    readonly loadUrl: string,
    readonly drop: () => Promise<void>,
  ) {}

  getConnectionUri(): string {
    return this.url;
  }
  getContainerNetworkUri(): string {
    return this.url;
  }
  getLoadUri(): string {
    return this.loadUrl;
  }
  connectForLoad(): Promise<Connection> {
    return openConnection(this.loadUrl);
  }
  getRedactedUri(): string {
    return redactUrl(this.url);
  }
  connect(): Promise<Connection> {
    return openConnection(this.url);
  }
  origin(): DatabaseOrigin {
    return { provider: 'server', handle: redactUrl(this.url) };
  }
  stop(): Promise<void> {
    this.#stopping ??= this.drop().catch((error) => log.debug(`drop failed: ${String(error)}`));
    return this.#stopping;
  }
  [Symbol.asyncDispose](): Promise<void> {
    return this.stop();
  }
}
