/**
 * pg_dump plain-format output (https://www.postgresql.org/docs/current/app-pgdump.html): it ends with
 * `-- PostgreSQL database dump complete`, between `--` lines; releases since 2025 (15.14, 16.10, 17.6)
 * wrap the dump in psql's `\restrict KEY` … `\unrestrict KEY`, client-only commands that come after the
 * trailer. Database statements: `CREATE DATABASE x`, `DROP DATABASE [IF EXISTS] x`, `ALTER DATABASE x …`,
 * `COMMENT ON DATABASE x`, and psql's `\connect x` / `\c x` (pg_dump --create writes
 * `\connect -reuse-previous=on "dbname='x'"`).
 */
import { lastLines, unquoteIdentifier, type DatabaseStatement, type PlainDumpRules } from '../plain-dump-rules.ts';

const TRAILER = '-- PostgreSQL database dump complete';
const AFTER_TRAILER = /^(?:--|\\unrestrict\b.*)$/;
const NAME = '("(?:[^"]|"")+"|[^\\s;"]+)';
const CREATE = new RegExp(`^create\\s+database\\s+${NAME}`, 'i');
const DROP = new RegExp(`^drop\\s+database\\s+(?:if\\s+exists\\s+)?${NAME}`, 'i');
const SETTINGS = new RegExp(`^(?:alter\\s+database|comment\\s+on\\s+database)\\s+${NAME}`, 'i');
const CONNECT = /^\\(?:c|connect)(?:\s+(.*))?$/i;
const CLIENT_ONLY = /^\\(?:restrict|unrestrict)\b/i;

/** The database a `\connect` argument list names: a bare name, or `dbname='x'` inside a connection string. */
function connectTarget(args: string): string | undefined {
  const words = args.replace(/;\s*$/, '').split(/\s+/).filter((word) => word !== '' && !word.startsWith('-'));
  const first = words[0];
  if (first === undefined) return undefined;
  const unquoted = unquoteIdentifier(first, '"');
  const dbname = /(?:^|\s)dbname\s*=\s*'((?:[^'\\]|\\.)*)'/.exec(unquoted) ?? /(?:^|\s)dbname\s*=\s*(\S+)/.exec(unquoted);
  return dbname ? dbname[1]!.replace(/\\(.)/g, '$1') : unquoted;
}

export const POSTGRES_PLAIN_DUMP: PlainDumpRules = {
  tools: 'pg_dump',
  // pg_dump empties search_path (set_config('search_path', '', false)) and sets client_encoding,
  // standard_conforming_strings, check_function_bodies…; RESET ALL puts every parameter back to its
  // session default, then the time zone the connection opens with (postgres-connection.ts).
  sessionReset: ['RESET ALL', "SET TimeZone = 'UTC'"],
  recognisesCompleteDump(tail: string): boolean {
    const lines = lastLines(tail, AFTER_TRAILER);
    return lines.at(-1) === TRAILER;
  },
  databaseStatement(statement: string): DatabaseStatement | undefined {
    const text = statement.trim();
    if (CLIENT_ONLY.test(text)) return { action: 'client' };
    const connect = CONNECT.exec(text);
    if (connect) {
      const database = connectTarget(connect[1] ?? '');
      return database === undefined ? { action: 'switch' } : { action: 'switch', database };
    }
    for (const [action, rule] of [['create', CREATE], ['drop', DROP], ['settings', SETTINGS]] as const) {
      const match = rule.exec(text);
      if (match) return { action, database: match[1]!.startsWith('"') ? unquoteIdentifier(match[1]!, '"') : match[1]!.toLowerCase() };
    }
    return undefined;
  },
};
