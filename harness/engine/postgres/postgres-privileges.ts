/**
 * The PostgreSQL confined role: an ordinary login role that owns the throwaway database (so it can create
 * and alter every object in it), without SUPERUSER, CREATEDB, CREATEROLE, REPLICATION or BYPASSRLS, and
 * member of no predefined role. Only superusers and members of pg_read_server_files,
 * pg_write_server_files and pg_execute_server_program may COPY to or from server files and programs or
 * call pg_read_file (https://www.postgresql.org/docs/current/predefined-roles.html), so those fail.
 */
import { plainPassword, type LeastPrivilege } from '../least-privilege.ts';

export const POSTGRES_LEAST_PRIVILEGE: LeastPrivilege = {
  maxUserLength: 63,
  systemDatabases: ['postgres', 'template0', 'template1'],
  createUser: ({ user, password, database }, quoteIdentifier) => [
    `CREATE ROLE ${quoteIdentifier(user)} LOGIN PASSWORD '${plainPassword(password)}' ` +
      'NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS NOINHERIT',
    `ALTER DATABASE ${quoteIdentifier(database)} OWNER TO ${quoteIdentifier(user)}`,
    // Before PostgreSQL 15 the public schema belongs to the bootstrap superuser; from 15 on to the
    // database owner. Either way the confined role owns it afterwards, as a restored database expects.
    `ALTER SCHEMA public OWNER TO ${quoteIdentifier(user)}`,
  ],
  dropUser: (user, quoteIdentifier) => [`DROP ROLE IF EXISTS ${quoteIdentifier(user)}`],
  // Server files are reachable only through the privileges the role lacks; no option is needed.
  fileConfinement: () => ({}),
};
