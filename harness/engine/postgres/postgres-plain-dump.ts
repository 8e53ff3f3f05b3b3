/**
 * pg_dump plain-format output (https://www.postgresql.org/docs/current/app-pgdump.html): it ends with
 * `-- PostgreSQL database dump complete`, between `--` lines; releases since 2025 (15.14, 16.10, 17.6)
 * wrap the dump in psql's `\restrict KEY` … `\unrestrict KEY`, client-only commands that come after the
 * trailer. Database statements: `CREATE DATABASE x`, `DROP DATABASE [IF EXISTS] x`, `ALTER DATABASE x …`,
 * `COMMENT ON DATABASE x`, and psql's `\connect x` / `\c x` (pg_dump --create writes
 * `\connect -reuse-previous=on "dbname='x'"`).
 *
 * Without --no-owner, pg_dump gives every object its owner, `ALTER TABLE public.t OWNER TO postgres;`
 * (`SET SESSION AUTHORIZATION 'postgres';` with --use-set-session-authorization): only a superuser or
 * a member of that role may do either. The loading user owns what it creates, so these become
 * `OWNER TO CURRENT_USER` and `SESSION AUTHORIZATION DEFAULT` (back to the loading user).
 */
import { lastLines, unquoteIdentifier, type AccountRewrite, type DatabaseStatement, type PlainDumpRules } from '../plain-dump-rules.ts';

const TRAILER = '-- PostgreSQL database dump complete';
const AFTER_TRAILER = /^(?:--|\\unrestrict\b.*)$/;
const NAME = '("(?:[^"]|"")+"|[^\\s;"]+)';
const CREATE = new RegExp(`^create\\s+database\\s+${NAME}`, 'i');
const DROP = new RegExp(`^drop\\s+database\\s+(?:if\\s+exists\\s+)?${NAME}`, 'i');
const SETTINGS = new RegExp(`^(?:alter\\s+database|comment\\s+on\\s+database)\\s+${NAME}`, 'i');
const CONNECT = /^\\(?:c|connect)(?:\s+(.*))?$/i;
const CLIENT_ONLY = /^\\(?:restrict|unrestrict)\b/i;
/** `ALTER <object> … OWNER TO role` ends the statement; a role in a string literal cannot end it. */
const OWNER_TO = /^(alter\s[\s\S]*\s)(owner\s+to\s+("(?:[^"]|"")+"|[\w$]+))(\s*;?\s*)$/i;
const SESSION_AUTHORIZATION = /^(set\s+(?:(?:session|local)\s+)?)(session\s+authorization\s+('(?:[^']|'')*'|"(?:[^"]|"")+"|[\w$]+))(\s*;?\s*)$/i;
/** Role names that already mean the loading user. */
const LOADING_USER = /^(?:current_user|current_role|session_user|default)$/i;

/** `statement` with the account clause `rule` matches replaced by `replacement`. */
function adopt(statement: string, rule: RegExp, replacement: string): AccountRewrite | undefined {
  const match = rule.exec(statement.trim());
  if (!match || LOADING_USER.test(match[3]!)) return undefined;
  return { statement: `${match[1]}${replacement}${match[4]}`, original: match[2]!, replacement };
}

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
  adoptAccount(statement: string): AccountRewrite | undefined {
    return adopt(statement, OWNER_TO, 'OWNER TO CURRENT_USER') ?? adopt(statement, SESSION_AUTHORIZATION, 'SESSION AUTHORIZATION DEFAULT');
  },
};
