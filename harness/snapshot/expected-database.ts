/**
 * The database a dump expects, read before any server starts so that the source's throwaway database
 * can be created under that name (harness/provider/database-name.ts). Dump tools name the database in
 * their first statements: mysqldump --databases writes `CREATE DATABASE … ; USE …` after a few SETs,
 * pg_dump --create `CREATE DATABASE …` and `\connect …`, Sakila's script `CREATE SCHEMA sakila; USE
 * sakila`. Only the beginning of the first dump is read ({@link SCAN_STATEMENTS}, {@link SCAN_BYTES}):
 * a name first given deeper inside is still reported by the loader, but the database keeps its default
 * name, and statements qualified with the dump's name then fail instead of reaching another database.
 */
import type { PlainDumpRules } from '../engine/plain-dump-rules.ts';
import { statementsFromStream, type SqlDialect } from '../engine/sql-script/sql-statement-splitter.ts';
import { BadInputError } from '../errors.ts';
import { DATABASE_FILE_SNAPSHOT, type Snapshot } from './snapshot.ts';

/** Statements read at most; a dump tool's header is a few dozen. */
export const SCAN_STATEMENTS = 200;
/** Bytes read at most (counted by statement): the first table's data is never read through. */
export const SCAN_BYTES = 1024 * 1024;

/** The database named by the first CREATE DATABASE, USE or \connect near the dump's start. */
export interface ExpectedDatabase {
  readonly name: string;
  /** The dump (member or file name) and the statement's byte offset, for messages. */
  readonly dump: string;
  readonly offset: number;
}

/**
 * Reads the start of `snapshot`'s first SQL dump with the source engine's dump rules; undefined when it
 * names no database there, when the snapshot is a database file, or when the engine has no dump rules. A
 * damaged dump is not this function's to report: the loader reads it whole and says what is wrong.
 */
export async function expectedDatabase(snapshot: Snapshot, dialect: SqlDialect, rules: PlainDumpRules | undefined): Promise<ExpectedDatabase | undefined> {
  if (!rules || snapshot.kind === DATABASE_FILE_SNAPSHOT) return undefined;
  try {
    for await (const dump of snapshot.sqlDumps()) {
      // Only the beginning is read: the rest of the stream is dropped, its integrity promise with it.
      dump.verified.catch(() => undefined);
      try {
        let statements = 0;
        let bytes = 0;
        for await (const statement of statementsFromStream(dump.stream, dialect)) {
          const effect = statement.sql ? rules.databaseStatement(statement.sql) : undefined;
          if ((effect?.action === 'create' || effect?.action === 'switch') && effect.database !== undefined) {
            return { name: effect.database, dump: dump.name, offset: statement.offset };
          }
          bytes += statement.bytes;
          if (++statements >= SCAN_STATEMENTS || bytes >= SCAN_BYTES) return undefined;
        }
      } finally {
        dump.stream.destroy();
      }
      return undefined;
    }
  } catch (error) {
    if (error instanceof BadInputError) return undefined;
    throw error;
  }
  return undefined;
}
