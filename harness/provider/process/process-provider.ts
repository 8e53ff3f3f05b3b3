/**
 * Starts throwaway databases from local server binaries (mariadbd, postgres) in a temporary data
 * directory on a free port, for admins on a VM without a container engine. The directory holds an
 * owner.json so that a later run sweeps what a crashed run left (sweep-processes.ts).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildDatabaseUrl, redactUrl } from '../../engine/connection-url.ts';
import type { Connection, EngineKind } from '../../engine/engine.ts';
import { openConnection } from '../../engine/open-connection.ts';
import { getEngine } from '../../engine/engine-registry.ts';
import { BadInputError } from '../../errors.ts';
import { createLogger } from '../../log.ts';
import type { DatabaseOrigin, DatabaseProvider, DatabaseRole, DatabaseSpec, StartedDatabase, StartOptions } from '../provider.ts';
import { waitForConnection } from '../readiness.ts';
import { freePort } from './free-port.ts';
import type { ProcessPlan } from './process-recipe.ts';

const log = createLogger('provider/process');
export const PROCESS_DIR_PREFIX = 'rehearse-db-';

export class ProcessProvider implements DatabaseProvider {
  readonly name = 'process' as const;

  async start(spec: DatabaseSpec, options: StartOptions): Promise<StartedDatabase> {
    const recipe = getEngine(spec.engine).processRecipe;
    if (!recipe) throw new BadInputError(`engine "${spec.engine}" needs no server process`);
    const dir = mkdtempSync(join(tmpdir(), `${PROCESS_DIR_PREFIX}${options.runId}-${options.role}-`));
    chmodSync(dir, 0o755); // the server runs as its service account when we are root
    const port = await freePort();
    const password = randomBytes(12).toString('hex');
    options.secrets?.add(password);
    let database: StartedProcessDatabase | undefined;
    try {
      const plan = await recipe({ dir, port, password, serverOptions: spec.serverOptions ?? {} });
      log.debug(`${options.role}: ${plan.command.join(' ')}`);
      const child = spawn(plan.command[0]!, plan.command.slice(1), { stdio: ['ignore', 'ignore', 'pipe'] });
      writeFileSync(join(dir, 'owner.json'), JSON.stringify({ pid: process.pid, serverPid: child.pid }));
      const url = (db: string) => buildDatabaseUrl({ engine: spec.engine, host: '127.0.0.1', port, user: plan.user, password, database: db });
      database = new StartedProcessDatabase(options.role, spec.engine, child, plan, url(plan.database), dir);
      const bootstrap = plan.afterStart ? url(plan.afterStart.database) : url(plan.database);
      await waitForConnection(() => openConnection(bootstrap), {
        timeoutMs: 120_000,
        what: `${options.role} ${spec.engine} process`,
        signal: options.signal,
        exited: database.exited,
      });
      if (plan.afterStart) {
        const connection = await openConnection(bootstrap);
        try {
          await connection.execute(plan.afterStart.sql);
        } finally {
          await connection.close();
        }
      }
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

  origin(): DatabaseOrigin {
    return { provider: 'process', handle: `pid ${this.child.pid}` };
  }

  stop(): Promise<void> {
    this.#stopping ??= (async () => {
      if (this.child.exitCode === null && this.child.signalCode === null) {
        this.child.kill(this.plan.stopSignal);
        const killer = setTimeout(() => this.child.kill('SIGKILL'), 10_000);
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
