/**
 * The MySQL-family tools: most (pgloader, mysqldump wrappers, language drivers) take mysql:// URLs and
 * only some mariadb://; the command-line client reads MYSQL_PWD, MYSQL_HOST and MYSQL_TCP_PORT
 * (https://mariadb.com/kb/en/mariadb-environment-variables/). It reads no user or database variable:
 * MYSQL_USER and MYSQL_DATABASE are given for scripts to pass as -u and as the database argument.
 */
import type { ClientEnvironment } from '../client-environment.ts';

export const MARIADB_CLIENT_ENVIRONMENT: ClientEnvironment = {
  urlSchemes: ['mysql', 'mariadb'],
  variables: (c) => ({
    MYSQL_HOST: c.host,
    MYSQL_TCP_PORT: String(c.port ?? 3306),
    MYSQL_USER: c.user,
    MYSQL_PWD: c.password,
    MYSQL_DATABASE: c.database,
  }),
};
