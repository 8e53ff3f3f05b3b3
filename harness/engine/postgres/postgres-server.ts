/**
 * Running a PostgreSQL server: in a container (the official image's POSTGRES_* variables, `-c name=value`
 * for any server parameter, https://www.postgresql.org/docs/current/app-postgres.html) or as a local
 * process initialised by initdb (https://www.postgresql.org/docs/current/app-initdb.html).
 */
import { readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ServerFlavour } from '../../provider/container/server-flavour.ts';
import { findBinary } from '../../provider/process/local-binaries.ts';
import { runPreparation, type ProcessPlan, type RecipeInput } from '../../provider/process/process-recipe.ts';
import { giveTo, serviceAccount } from '../../provider/process/run-as.ts';
import { PostgresDialect } from './postgres-dialect.ts';

export const POSTGRES_CONTAINER: ServerFlavour = {
  defaultImage: 'postgres:15',
  port: 5432,
  user: 'rehearse',
  // The superuser keeps its name; the image creates POSTGRES_DB, quoted, when it differs from the user's.
  environment: (password, database) => ({ POSTGRES_PASSWORD: password, POSTGRES_USER: 'rehearse', POSTGRES_DB: database }),
  commandLine: (options) => Object.entries(options).flatMap(([name, value]) => ['-c', `${name}=${String(value)}`]),
};

/** Debian installs PostgreSQL under /usr/lib/postgresql/<major>/bin, outside PATH; the newest wins. */
export function postgresBinDirs(): string[] {
  try {
    return readdirSync('/usr/lib/postgresql')
      .filter((v) => /^\d+$/.test(v))
      .sort((a, b) => Number(b) - Number(a))
      .map((v) => `/usr/lib/postgresql/${v}/bin`);
  } catch {
    return [];
  }
}

export async function postgresProcessPlan(input: RecipeInput): Promise<ProcessPlan> {
  const dirs = postgresBinDirs();
  const hint = 'Install the postgresql package or use --provider container.';
  const postgres = findBinary(['postgres'], dirs, hint);
  const initdb = findBinary(['initdb'], dirs, hint);
  const account = serviceAccount('postgres');
  const data = join(input.dir, 'data');
  const pwfile = join(input.dir, 'pwfile');
  writeFileSync(pwfile, input.password, { mode: 0o600 });
  giveTo(account, input.dir, input.fileDirectory, pwfile);
  // Password authentication on the socket as on TCP: no local user gets in as the superuser by trust.
  await runPreparation('initdb', account, [
    initdb, '-D', data, '-U', 'rehearse', `--pwfile=${pwfile}`, '-E', 'UTF8', '--locale=C.UTF-8', '--auth=scram-sha-256',
  ]);
  rmSync(pwfile, { force: true });
  const options = Object.entries(input.serverOptions).flatMap(([k, v]) => ['-c', `${k}=${String(v)}`]);
  return {
    command: [
      ...(account?.prefix ?? []), postgres, '-D', data, '-p', String(input.port), '-k', input.dir,
      '-c', 'listen_addresses=127.0.0.1', ...options,
    ],
    user: 'rehearse',
    database: input.database,
    afterStart: { database: 'postgres', sql: `CREATE DATABASE ${new PostgresDialect().quoteIdentifier(input.database)}` },
    // SIGINT is PostgreSQL's "fast shutdown": https://www.postgresql.org/docs/current/server-shutdown.html
    stopSignal: 'SIGINT',
  };
}
