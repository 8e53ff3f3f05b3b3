/**
 * The MariaDB/MySQL confined user: every privilege on the throwaway database only, so no FILE (SELECT …
 * INTO OUTFILE, LOAD DATA INFILE, LOAD_FILE), no global privilege (CREATE DATABASE, SUPER) and no other
 * database (`INSERT INTO other.t`). `secure_file_priv` pointing at an empty private directory is the
 * second wall should a privilege slip through
 * (https://mariadb.com/kb/en/server-system-variables/#secure_file_priv).
 */
import { plainPassword, type LeastPrivilege } from '../least-privilege.ts';

/** Account names are quoted as string literals, not identifiers: 'user'@'host'. */
function account(user: string): string {
  if (!/^\w+$/.test(user)) throw new Error(`confined user name "${user}" must be letters, digits and _`);
  return `'${user}'@'%'`;
}

export const MARIADB_LEAST_PRIVILEGE: LeastPrivilege = {
  // MariaDB accepts 80 characters, MySQL 32: the shorter bound serves both.
  maxUserLength: 32,
  systemDatabases: ['mysql', 'information_schema', 'performance_schema', 'sys'],
  createUser: ({ user, password, database }, quoteIdentifier) => [
    `CREATE USER ${account(user)} IDENTIFIED BY '${plainPassword(password)}'`,
    // ALL on db.* holds no global privilege and no GRANT OPTION. A database name's _ and % are wildcards
    // in GRANT: escaped, the grant covers this database only.
    `GRANT ALL PRIVILEGES ON ${quoteIdentifier(database.replace(/[_%]/g, '\\$&'))}.* TO ${account(user)}`,
  ],
  dropUser: (user) => [`DROP USER IF EXISTS ${account(user)}`],
  fileConfinement: (directory) => ({ 'secure-file-priv': directory }),
};
