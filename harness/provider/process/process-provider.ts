/**
 * Starts throwaway databases from local server binaries (mariadbd, postgres) in a private run directory
 * (0700, run-directory.ts) on a free port of 127.0.0.1, for admins on a VM without a container engine.
 * Every connection authenticates with a password, even on the socket, and files holding one are 0600:
 * other users of a shared machine can neither read nor connect. The server is stopped gracefully
 * (stop-server.ts); the owner record lets a later run sweep what a crashed run left (harness/run-directory/sweep-run-directories.ts).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { buildDatabaseUrl, redactUrl } from '../../engine/connection-url.ts';
import type { Connection, EngineKind } from '../../engine/engine.ts';
import { openConnection } from '../../engine/open-connection.ts';
import { getEngine } from '../../engine/engine-registry.ts';
import { BadInputError } from '../../errors.ts';
import { createLogger } from '../../log.ts';
import { CONFINED_USER, createConfinedUser, leastPrivilegeOf } from '../confined-user.ts';
import { throwawayDatabaseName } from '../database-name.ts';
import type { DatabaseOrigin, DatabaseProvider, DatabaseRole, DatabaseSpec, StartedDatabase, StartOptions } from '../provider.ts';
import { waitForConnection } from '../readiness.ts';
import { freePort } from './free-port.ts';
import type { ProcessPlan } from './process-recipe.ts';
import { createRunDirectory, writeOwner } from '../../run-directory/run-directory.ts';
import { STOP_GRACE_MS } from './stop-server.ts';

const log = createLogger('provider/process');

export class ProcessProvider implements DatabaseProvider {
  readonly name = 'process' as const;

  async start(spec: DatabaseSpec, options: StartOptions): Promise<StartedDatabase> {
    const recipe = getEngine(spec.engine).processRecipe;
    if (!recipe) throw new BadInputError(`engine "${spec.engine}" needs no server process`);
    const confinement = leastPrivilegeOf(spec.engine);
    const databaseName = throwawayDatabaseName(spec, options.role);
    const dir = createRunDirectory(`${options.runId}-${options.role}`);
    let database: StartedProcessDatabase | undefined;
    try {
      const fileDirectory = join(dir, 'files');
      mkdirSync(fileDirectory, { mode: 0o700 });
      const port = await freePort();
      const password = randomBytes(12).toString('hex');
      options.secrets?.add(password);
      // The scenario's options first, so that the confinement options, given last, win.
      const serverOptions = { ...spec.serverOptions, ...confinement.fileConfinement(fileDirectory) };
      const plan = await recipe({ dir, port, password, database: databaseName, serverOptions, fileDirectory });
      log.debug(`${options.role}: ${plan.command.join(' ')}`);
      const child = spawn(plan.command[0]!, plan.command.slice(1), { stdio: ['ignore', 'ignore', 'pipe'] });
      if (child.pid !== undefined) writeOwner(dir, { pid: process.pid, serverPid: child.pid, stopSignal: plan.stopSignal });
      const url = (db: string) => buildDatabaseUrl({ engine: spec.engine, host: '127.0.0.1', port, user: plan.user, password, database: db });
      database = new StartedProcessDatabase(options.role, spec.engine, child, plan, url(plan.database), dir);
      const bootstrap = plan.afterStart ? url(plan.afterStart.database) : url(plan.database);
      await waitForConnection(() => openConnection(bootstrap), {
        timeoutMs: 120_000,
        what: `${options.role} ${spec.engine} process`,
        signal: options.signal,
        exited: database.exited,
      });
      for (const file of plan.removeWhenReady ?? []) rmSync(file, { force: true });
      if (plan.afterStart) {
        const connection = await openConnection(bootstrap);
        try {
          await connection.execute(plan.afterStart.sql);
        } finally {
          await connection.close();
        }
      }
      database.loadUrl = await createConfinedUser(url(plan.database), CONFINED_USER, options.secrets);
      return database;
    } catch (error) {
      await database?.stop();
      rmSync(dir, { recursive: true, force: true });
      throw error;
    }
  }
}

class StartedProcessDatabase implements StartedDatabase {
  readonly exited: Promise<string>;
  #stopping: Promise<void> | undefined;
  #stderrTail = '';
  #loadUrl: string | undefined;

  constructor(
    readonly role: DatabaseRole,
    readonly engine: EngineKind,
    readonly child: ChildProcess,
    readonly plan: ProcessPlan,
    readonly url: string,
    readonly dir: string,
  ) {
    child.stderr?.on('data', (chunk: Buffer) => {
      this.#stderrTail = (this.#stderrTail + chunk.toString()).slice(-2000);
    });
    this.exited = new Promise((resolve) => {
      child.on('exit', (code, signal) => {
        const last = this.#stderrTail.trim().split('\n').slice(-2).join(' ');
        resolve(`server process ${child.pid} exited (${signal ?? `code ${code}`})${last ? `: ${last}` : ''}`);
      });
      child.on('error', (error) => resolve(`server process failed to start: ${error.message}`));
    });
  }

  /** Set by the provider once the confined user exists; until then loading is refused. */
  set loadUrl(url: string) {
    this.#loadUrl = url;
  }

  getConnectionUri(): string {
    return this.url;
  }

  /** Containers reach the host's loopback only with host networking, which step containers use here. */
  getContainerNetworkUri(): string {
    return this.url;
  }

  getRedactedUri(): string {
    return redactUrl(this.url);
  }

  connect(): Promise<Connection> {
    return openConnection(this.url);
  }

  getLoadUri(): string {
    if (!this.#loadUrl) throw new Error('the confined user of this database was not created');
    return this.#loadUrl;
  }

  connectForLoad(): Promise<Connection> {
    return openConnection(this.getLoadUri());
  }

  origin(): DatabaseOrigin {
    return { provider: 'process', handle: `pid ${this.child.pid}` };
  }

  stop(): Promise<void> {
    this.#stopping ??= (async () => {
      if (this.child.exitCode === null && this.child.signalCode === null) {
        // The graceful signal first: a server killed outright leaves its shared memory behind.
        this.child.kill(this.plan.stopSignal);
        const killer = setTimeout(() => this.child.kill('SIGKILL'), STOP_GRACE_MS);
        await this.exited;
        clearTimeout(killer);
      }
      rmSync(this.dir, { recursive: true, force: true });
    })();
    return this.#stopping;
  }

  [Symbol.asyncDispose](): Promise<void> {
    return this.stop();
  }
}
