/**
 * Keeps a dump inside the throwaway database it is loaded into. Real dumps often create and switch
 * databases: the Chinook MySQL script starts with `DROP DATABASE IF EXISTS Chinook; CREATE DATABASE
 * Chinook; USE Chinook;`, pg_dump --create writes `CREATE DATABASE`, `ALTER DATABASE … OWNER` and psql's
 * `\connect`. These are skipped, each listed (dump, byte offset, text) for the report, and the name the
 * dump gives its database is kept ({@link EscapeFilter.database}).
 *
 * A dump of several databases (mysqldump --databases a b, --all-databases, pg_dumpall) cannot be loaded
 * into one database without merging them, and a merge can make a GO out of data that never lived
 * together: a second database switch, or a CREATE/USE of another name than the first, is rejected with
 * the statement and its offset. What a statement does to databases is engine knowledge
 * ({@link PlainDumpRules.databaseStatement}); an engine without rules falls back on
 * {@link Dialect.leavesDatabase}.
 *
 * A dump also names the account that defines or owns its objects (`DEFINER=\`root\`@\`localhost\``,
 * `OWNER TO postgres`), which the confined loading user may not set: such a clause is replaced by the
 * loading user ({@link PlainDumpRules.adoptAccount}) and each rewritten statement listed, so that the
 * report shows the dump did not load exactly as written, and where.
 */
import type { Dialect, StatementPosition } from '../engine/engine.ts';
import { stripLeadingComments } from '../engine/leaves-database.ts';
import type { PlainDumpRules } from '../engine/plain-dump-rules.ts';
import { BadInputError } from '../errors.ts';

/** A statement the filter dropped, for the report. */
export interface SkippedStatement {
  /** The dump it came from (member name or file name). */
  readonly dump: string;
  readonly offset: number;
  readonly line: number;
  /** The statement, first 200 characters, blanks collapsed. */
  readonly statement: string;
  /** Why it was dropped: it acts on databases as a whole, or it is a client-only command (psql's
   * \restrict) that the server would not understand and that has no effect on the data. */
  readonly reason: SkipReason;
}

export type SkipReason = 'database' | 'client';

/** A statement the filter ran with its account clause replaced by the loading user, for the report. */
export interface RewrittenStatement {
  readonly dump: string;
  readonly offset: number;
  readonly line: number;
  /** The clause as the dump wrote it, e.g. DEFINER=`root`@`localhost`. */
  readonly original: string;
  /** What replaced it, e.g. DEFINER=CURRENT_USER. */
  readonly replacement: string;
}

export interface EscapeFilter {
  /** The `transform` for {@link Connection.runScript} of dump `dump`: returns null for a dropped statement. */
  transformFor(dump: string): (statement: string, at: StatementPosition) => string | null;
  /** Statements dropped so far, in order. */
  readonly skipped: SkippedStatement[];
  /** Statements rewritten so far, in order. */
  readonly rewritten: RewrittenStatement[];
  /** The database the dump creates or switches to, when it names one. */
  readonly database: string | undefined;
}

export function createEscapeFilter(dialect: Dialect, rules?: PlainDumpRules): EscapeFilter {
  const skipped: SkippedStatement[] = [];
  const rewritten: RewrittenStatement[] = [];
  let database: string | undefined;
  let switched: { dump: string; offset: number } | undefined;

  const transformFor = (dump: string) => (statement: string, at: StatementPosition): string | null => {
    const text = stripLeadingComments(statement).replace(/\s+/g, ' ');
    const where = `dump ${dump}: the statement at byte offset ${at.offset} (line ${at.line}) "${text.slice(0, 80)}"`;
    const effect = rules?.databaseStatement(statement);
    if (effect?.action === 'create' || effect?.action === 'switch') {
      if (database !== undefined && effect.database !== undefined && effect.database !== database) {
        throw new BadInputError(
          `${where} names database ${effect.database} after ${database}: a dump of several databases would be merged into one throwaway database. Dump one database per file (mysqldump without --databases/--all-databases, pg_dump rather than pg_dumpall)`,
        );
      }
      if (effect.action === 'switch' && switched) {
        throw new BadInputError(
          `${where} switches database a second time (the first switch is at byte offset ${switched.offset} of ${switched.dump}): its sections would be merged into one throwaway database. Dump one database per file`,
        );
      }
      if (effect.action === 'switch') switched = { dump, offset: at.offset };
      database ??= effect.database;
    }
    if (effect || dialect.leavesDatabase(statement)) {
      const reason: SkipReason = effect?.action === 'client' ? 'client' : 'database';
      skipped.push({ dump, offset: at.offset, line: at.line, statement: text.slice(0, 200), reason });
      return null;
    }
    const adopted = rules?.adoptAccount(statement);
    if (!adopted) return statement;
    rewritten.push({ dump, offset: at.offset, line: at.line, original: adopted.original.replace(/\s+/g, ' ').slice(0, 200), replacement: adopted.replacement });
    return adopted.statement;
  };
  return {
    transformFor,
    skipped,
    rewritten,
    get database() {
      return database;
    },
  };
}
