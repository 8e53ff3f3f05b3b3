/**
 * Running a MariaDB server: in a container (the official image's variables, every option as
 * --name=value, https://mariadb.com/kb/en/mariadbd-options/) or as a local process initialised by
 * mariadb-install-db (https://mariadb.com/kb/en/mariadb-install-db/). MySQL uses the same recipe: its
 * image reads the MYSQL_* variables and its binaries answer to the mysqld names.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import type { ServerFlavour } from '../../provider/container/server-flavour.ts';
import { findBinary } from '../../provider/process/local-binaries.ts';
import { runPreparation, type ProcessPlan, type RecipeInput } from '../../provider/process/process-recipe.ts';
import { giveTo, serviceAccount } from '../../provider/process/run-as.ts';
import { MariaDbDialect } from './mariadb-dialect.ts';

export const MARIADB_CONTAINER: ServerFlavour = {
  defaultImage: 'mariadb:10.11',
  port: 3306,
  user: 'root',
  // The image creates the database, quoting its name (https://mariadb.com/kb/en/mariadb-docker-environment-variables/).
  environment: (password, database) => ({
    MARIADB_ROOT_PASSWORD: password,
    MYSQL_ROOT_PASSWORD: password,
    MARIADB_DATABASE: database,
    MYSQL_DATABASE: database,
  }),
  // The official image appends arguments that start with "-" to mariadbd.
  commandLine: (options) => Object.entries(options).map(([name, value]) => `--${name}=${String(value)}`),
};

/** Accounts mariadb-install-db creates without a password, besides root@localhost (which gets one). */
function passwordlessAccounts(): string[] {
  const host = hostname();
  const hosts = ['localhost', '::1', ...(/^[\w.-]+$/.test(host) ? [host] : [])];
  return [...hosts.filter((h) => h !== 'localhost').map((h) => `'root'@'${h}'`), ...hosts.map((h) => `''@'${h}'`)];
}

export async function mariadbProcessPlan(input: RecipeInput): Promise<ProcessPlan> {
  const mariadbd = findBinary(['mariadbd', 'mysqld'], ['/usr/sbin'], 'Install the mariadb-server package or use --provider container.');
  const installDb = findBinary(['mariadb-install-db', 'mysql_install_db'], ['/usr/bin'], 'Install the mariadb-server package.');
  const account = serviceAccount('mysql');
  const data = join(input.dir, 'data');
  // A private tmpdir: at start-up a server removes the stale `#sql*` files of its tmpdir, so servers
  // sharing /tmp delete each other's temporary tables while they bootstrap at the same time.
  const tmp = join(input.dir, 'tmp');
  mkdirSync(tmp, { mode: 0o700 });
  giveTo(account, input.dir, input.fileDirectory, tmp);
  await runPreparation('mariadb-install-db', undefined, [
    installDb, '--no-defaults', `--datadir=${data}`, `--tmpdir=${tmp}`, '--skip-test-db', '--auth-root-authentication-method=normal',
    ...(account ? ['--user=mysql'] : []),
  ]);
  const init = join(input.dir, 'init.sql');
  const quoted = `'${input.password}'`;
  // Root's password: the file is the server's alone (0600) and removed once the server answers. Root
  // authenticates by password only ('normal' above: no unix_socket login without one).
  writeFileSync(init, [
    `ALTER USER 'root'@'localhost' IDENTIFIED BY ${quoted};`,
    `CREATE USER IF NOT EXISTS 'root'@'127.0.0.1' IDENTIFIED BY ${quoted};`,
    // mariadb-install-db may have created it already, without a password.
    `ALTER USER 'root'@'127.0.0.1' IDENTIFIED BY ${quoted};`,
    `GRANT ALL ON *.* TO 'root'@'127.0.0.1' WITH GRANT OPTION;`,
    // The other accounts mariadb-install-db creates have no password: nobody may log in through them.
    `DROP USER IF EXISTS ${passwordlessAccounts().join(', ')};`,
    `CREATE DATABASE IF NOT EXISTS ${new MariaDbDialect().quoteIdentifier(input.database)};`,
  ].join('\n'), { mode: 0o600 });
  giveTo(account, init);
  const options = Object.entries(input.serverOptions).map(([k, v]) => `--${k}=${String(v)}`);
  return {
    command: [
      mariadbd, '--no-defaults', `--datadir=${data}`, `--tmpdir=${tmp}`, `--port=${input.port}`, '--bind-address=127.0.0.1',
      `--socket=${join(input.dir, 'mysqld.sock')}`, `--pid-file=${join(input.dir, 'mysqld.pid')}`,
      `--init-file=${init}`, '--skip-log-bin', ...(account ? ['--user=mysql'] : []), ...options,
    ],
    user: 'root',
    database: input.database,
    stopSignal: 'SIGTERM',
    removeWhenReady: [init],
  };
}
