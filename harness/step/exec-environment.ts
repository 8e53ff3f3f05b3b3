/**
 * The environment of an exec step's command: where each side's database is, in every form common tools
 * accept, so that a tool runs unchanged (pgloader, psql, the mariadb client, a driver in a script):
 *
 * - SOURCE_URL / TARGET_URL: the database URL as the harness writes it (mariadb://, postgres://);
 * - SOURCE_<SCHEME>_URL for every scheme the engine's tools accept (SOURCE_MYSQL_URL=mysql://…,
 *   SOURCE_POSTGRESQL_URL=postgresql://…);
 * - SOURCE_HOST, SOURCE_PORT, SOURCE_USER, SOURCE_PASSWORD, SOURCE_DATABASE;
 * - the engine client's own variables with the side as prefix (SOURCE_PGHOST, SOURCE_PGPASSWORD, …,
 *   SOURCE_MYSQL_PWD, SOURCE_MYSQL_TCP_PORT, …): a step passes them on as `PGHOST="$SOURCE_PGHOST"`.
 *
 * The same for TARGET_, plus WORKDIR and SCENARIO_DIR. The values hold passwords: never print them.
 */
import { parseDatabaseUrl } from '../engine/connection-url.ts';
import { getEngine } from '../engine/engine-registry.ts';

export const EXEC_SIDES = ['SOURCE', 'TARGET'] as const;
export type ExecSide = (typeof EXEC_SIDES)[number];

export interface ExecLocations {
  readonly sourceUrl: string;
  readonly targetUrl: string;
  readonly workdir: string;
  readonly scenarioDir: string;
}

/** One side's variables, each name starting with `side`_. */
export function sideEnvironment(side: ExecSide, url: string): Record<string, string> {
  const env: Record<string, string> = { [`${side}_URL`]: url };
  const connection = parseDatabaseUrl(url);
  const client = getEngine(connection.engine).clientEnvironment;
  if (!client) {
    env[`${side}_DATABASE`] = connection.database;
    return env;
  }
  const rest = url.slice(url.indexOf(':'));
  for (const scheme of client.urlSchemes) env[`${side}_${scheme.toUpperCase()}_URL`] = `${scheme}${rest}`;
  Object.assign(env, {
    [`${side}_HOST`]: connection.host,
    [`${side}_PORT`]: connection.port === undefined ? '' : String(connection.port),
    [`${side}_USER`]: connection.user,
    [`${side}_PASSWORD`]: connection.password,
    [`${side}_DATABASE`]: connection.database,
  });
  for (const [name, value] of Object.entries(client.variables(connection))) env[`${side}_${name}`] = value;
  return env;
}

/**
 * The whole environment of a step's command: the step's own `env` first, then the harness's variables,
 * which win (a step cannot point a side at another database by accident).
 */
export function execEnvironment(locations: ExecLocations, stepEnv: Readonly<Record<string, string>> = {}): Record<string, string> {
  return {
    ...stepEnv,
    ...sideEnvironment('SOURCE', locations.sourceUrl),
    ...sideEnvironment('TARGET', locations.targetUrl),
    WORKDIR: locations.workdir,
    SCENARIO_DIR: locations.scenarioDir,
  };
}
