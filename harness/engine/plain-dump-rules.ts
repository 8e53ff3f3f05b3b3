/**
 * What an engine knows about the plain SQL dumps of its own tools (mysqldump/mariadb-dump, pg_dump):
 * the trailer those tools write only once the last statement is out, which is the only proof that a
 * plain file is whole, and the statements that create, drop or switch databases, which must not run
 * inside the throwaway database (harness/snapshot/escape-filter.ts decides what to do with them), and
 * the clauses that name the account an object belongs to or runs as (MySQL `DEFINER=`, PostgreSQL
 * `OWNER TO`), which only a superuser may set to someone else and which the loader rewrites to the
 * loading user.
 * Each engine folder that loads plain dumps supplies one (EngineDefinition.plainDump).
 */

/** What a statement does to databases as a whole. */
export const DATABASE_ACTIONS = [
  /** CREATE DATABASE x */
  'create',
  /** DROP DATABASE x */
  'drop',
  /** USE x, \connect x: the statements after it go to x. */
  'switch',
  /** ALTER DATABASE x …, COMMENT ON DATABASE x: settings of a database other than the throwaway one. */
  'settings',
  /** A client-only command without effect on the data (psql's \restrict / \unrestrict). */
  'client',
] as const;
export type DatabaseAction = (typeof DATABASE_ACTIONS)[number];

export interface DatabaseStatement {
  readonly action: DatabaseAction;
  /** The database named, when the statement names one. */
  readonly database?: string;
}

/** A statement whose account clause was replaced by the loading user. */
export interface AccountRewrite {
  /** The statement as it runs. */
  readonly statement: string;
  /** The clause as the dump wrote it, e.g. DEFINER=`root`@`localhost`, OWNER TO postgres. */
  readonly original: string;
  /** What replaced it, e.g. DEFINER=CURRENT_USER. */
  readonly replacement: string;
}

export interface PlainDumpRules {
  /** The dump tools whose trailer is recognised, for messages ("mysqldump or mariadb-dump"). */
  readonly tools: string;
  /** True when `tail`, the last bytes of a dump, ends with the trailer its tool writes after the last
   * statement (trailing blank lines and client-only commands allowed). */
  recognisesCompleteDump(tail: string): boolean;
  /** What the statement does to databases, or undefined for a statement inside the database. The
   * statement has its comments removed except MySQL executable comments. */
  databaseStatement(statement: string): DatabaseStatement | undefined;
  /** The statement with the account it names as an object's definer or owner (or the session's user)
   * replaced by the loading user, or undefined when it names none or names the loading user already.
   * A dump taken as `root` or `postgres` says so on every view, trigger, routine and owned object, and
   * only a superuser may create an object for another account. The rewrite cannot widen what the
   * statement may do: the object then runs with the loading user's rights, the least there are. The
   * statement has its comments removed except MySQL executable comments, which may hold the clause. */
  adoptAccount(statement: string): AccountRewrite | undefined;
  /** Statements that put back the session state a dump changes and may leave behind (search_path,
   * sql_mode, foreign key checks, time zone), run after loading so that steps and checks see the
   * connection as it was opened. */
  readonly sessionReset: readonly string[];
}

/** How many bytes of a dump's end {@link PlainDumpRules.recognisesCompleteDump} needs at most. */
export const DUMP_TAIL_BYTES = 4096;

/** The lines of `tail` without the trailing blank ones and without those `ignored` matches. */
export function lastLines(tail: string, ignored: RegExp): string[] {
  const lines = tail.split(/\r?\n/).map((line) => line.trim());
  while (lines.length > 0 && (lines.at(-1) === '' || ignored.test(lines.at(-1)!))) lines.pop();
  return lines;
}

/** An identifier as written in a statement: quoted with `quote` (doubled inside) or bare. */
export function unquoteIdentifier(text: string, quote: string): string {
  const trimmed = text.trim();
  if (trimmed.length >= 2 && trimmed.startsWith(quote) && trimmed.endsWith(quote)) {
    return trimmed.slice(1, -1).split(quote + quote).join(quote);
  }
  return trimmed;
}
