/**
 * What differs between database servers when they run in a container: port, the official image's
 * credential variables, and how server options go on the command line. Both the official images and the
 * local stand-ins (images/) read these variables.
 */
import type { EngineKind } from '../../engine/engine.ts';
import { BadInputError } from '../../errors.ts';

export interface ServerFlavour {
  readonly port: number;
  readonly user: string;
  readonly database: string;
  environment(password: string): Record<string, string>;
  /** Server options as command-line arguments for the image's entry point. */
  commandLine(options: Readonly<Record<string, string | number | boolean>>): string[];
}

const MARIADB: ServerFlavour = {
  port: 3306,
  user: 'root',
  database: 'rehearse',
  environment: (password) => ({
    MARIADB_ROOT_PASSWORD: password,
    MYSQL_ROOT_PASSWORD: password,
    MARIADB_DATABASE: 'rehearse',
    MYSQL_DATABASE: 'rehearse',
  }),
  // https://mariadb.com/kb/en/mariadbd-options/ : every option is --name=value; the official image
  // appends arguments that start with "-" to mariadbd.
  commandLine: (options) => Object.entries(options).map(([name, value]) => `--${name}=${String(value)}`),
};

const POSTGRES: ServerFlavour = {
  port: 5432,
  user: 'rehearse',
  database: 'rehearse',
  environment: (password) => ({ POSTGRES_PASSWORD: password, POSTGRES_USER: 'rehearse', POSTGRES_DB: 'rehearse' }),
  // https://www.postgresql.org/docs/current/app-postgres.html : -c name=value sets any server parameter.
  commandLine: (options) => Object.entries(options).flatMap(([name, value]) => ['-c', `${name}=${String(value)}`]),
};

export function serverFlavour(engine: EngineKind): ServerFlavour {
  switch (engine) {
    case 'mariadb':
    case 'mysql':
      return MARIADB;
    case 'postgres':
      return POSTGRES;
    case 'sqlite':
      throw new BadInputError('engine "sqlite" is a file and runs without a server: it needs no container');
  }
}
