/**
 * How to initialise and start each server from local binaries in a private data directory.
 * MariaDB: https://mariadb.com/kb/en/mariadb-install-db/ ; PostgreSQL: https://www.postgresql.org/docs/current/app-initdb.html
 */
import { execFile } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { EngineKind } from '../../engine/engine.ts';
import { BadInputError, errorMessage, InfrastructureError } from '../../errors.ts';
import { findBinary, postgresBinDirs } from './local-binaries.ts';
import { giveTo, serviceAccount, type ServiceAccount } from './run-as.ts';

const run = promisify(execFile);

export interface ProcessPlan {
  readonly command: string[];
  readonly user: string;
  readonly database: string;
  /** SQL to run once the server answers, connected to `bootstrapDatabase`. */
  readonly afterStart?: { readonly database: string; readonly sql: string };
  /** The signal that makes the server shut down fast. */
  readonly stopSignal: NodeJS.Signals;
}

export interface RecipeInput {
  readonly dir: string;
  readonly port: number;
  readonly password: string;
  readonly serverOptions: Readonly<Record<string, string | number | boolean>>;
}

async function prepare(label: string, account: ServiceAccount | undefined, command: string[]): Promise<void> {
  const full = [...(account?.prefix ?? []), ...command];
  try {
    await run(full[0]!, full.slice(1), { maxBuffer: 16 * 1024 * 1024 });
  } catch (cause) {
    const stderr = (cause as { stderr?: string }).stderr ?? '';
    throw new InfrastructureError(`${label} failed: ${stderr.trim().split('\n').slice(-3).join(' ') || errorMessage(cause)}`, { cause });
  }
}

async function mariadbPlan(input: RecipeInput): Promise<ProcessPlan> {
  const mariadbd = findBinary(['mariadbd', 'mysqld'], ['/usr/sbin'], 'Install the mariadb-server package or use --provider container.');
  const installDb = findBinary(['mariadb-install-db', 'mysql_install_db'], ['/usr/bin'], 'Install the mariadb-server package.');
  const account = serviceAccount('mysql');
  const data = join(input.dir, 'data');
  giveTo(account, input.dir);
  await prepare('mariadb-install-db', undefined, [
    installDb, '--no-defaults', `--datadir=${data}`, '--skip-test-db', '--auth-root-authentication-method=normal',
    ...(account ? ['--user=mysql'] : []),
  ]);
  const init = join(input.dir, 'init.sql');
  const quoted = `'${input.password}'`;
  writeFileSync(init, [
    `ALTER USER 'root'@'localhost' IDENTIFIED BY ${quoted};`,
    `CREATE USER IF NOT EXISTS 'root'@'127.0.0.1' IDENTIFIED BY ${quoted};`,
    `GRANT ALL ON *.* TO 'root'@'127.0.0.1' WITH GRANT OPTION;`,
    'CREATE DATABASE IF NOT EXISTS rehearse;',
  ].join('\n'));
  giveTo(account, init);
  const options = Object.entries(input.serverOptions).map(([k, v]) => `--${k}=${String(v)}`);
  return {
    command: [
      mariadbd, '--no-defaults', `--datadir=${data}`, `--port=${input.port}`, '--bind-address=127.0.0.1',
      `--socket=${join(input.dir, 'mysqld.sock')}`, `--pid-file=${join(input.dir, 'mysqld.pid')}`,
      `--init-file=${init}`, '--skip-log-bin', ...(account ? ['--user=mysql'] : []), ...options,
    ],
    user: 'root',
    database: 'rehearse',
    stopSignal: 'SIGTERM',
  };
}

async function postgresPlan(input: RecipeInput): Promise<ProcessPlan> {
  const dirs = postgresBinDirs();
  const hint = 'Install the postgresql package or use --provider container.';
  const postgres = findBinary(['postgres'], dirs, hint);
  const initdb = findBinary(['initdb'], dirs, hint);
  const account = serviceAccount('postgres');
  const data = join(input.dir, 'data');
  const pwfile = join(input.dir, 'pwfile');
  writeFileSync(pwfile, input.password);
  giveTo(account, input.dir, pwfile);
  await prepare('initdb', account, [
    initdb, '-D', data, '-U', 'rehearse', `--pwfile=${pwfile}`, '-E', 'UTF8', '--locale=C.UTF-8',
    '--auth-local=trust', '--auth-host=scram-sha-256',
  ]);
  const options = Object.entries(input.serverOptions).flatMap(([k, v]) => ['-c', `${k}=${String(v)}`]);
  return {
    command: [
      ...(account?.prefix ?? []), postgres, '-D', data, '-p', String(input.port), '-k', input.dir,
      '-c', 'listen_addresses=127.0.0.1', ...options,
    ],
    user: 'rehearse',
    database: 'rehearse',
    afterStart: { database: 'postgres', sql: 'CREATE DATABASE rehearse' },
    // SIGINT is PostgreSQL's "fast shutdown": https://www.postgresql.org/docs/current/server-shutdown.html
    stopSignal: 'SIGINT',
  };
}

export function processRecipe(engine: EngineKind): (input: RecipeInput) => Promise<ProcessPlan> {
  switch (engine) {
    case 'mariadb':
    case 'mysql':
      return mariadbPlan;
    case 'postgres':
      return postgresPlan;
    case 'sqlite':
      throw new BadInputError('engine "sqlite" needs no server process');
  }
}
