/**
 * Drops the statements of a dump that would leave the throwaway database it is loaded into. Real dumps
 * often create and switch databases: the Chinook MySQL script starts with
 * `DROP DATABASE IF EXISTS Chinook; CREATE DATABASE Chinook; USE Chinook;`, pg_dump --create writes
 * `CREATE DATABASE` and psql's `\connect`. Loading must stay inside the database the harness created,
 * so these are skipped and listed in the load result for the report. Which statements leave the
 * database is the engine's {@link Dialect.leavesDatabase}.
 */
import type { Dialect } from '../engine/engine.ts';
import { stripLeadingComments } from '../engine/leaves-database.ts';

export interface EscapeFilter {
  /** The `transform` for {@link Connection.runScript}: returns null for a dropped statement. */
  readonly transform: (statement: string) => string | null;
  /** Statements dropped so far, first 200 characters each. */
  readonly skipped: string[];
}

export function createEscapeFilter(dialect: Dialect): EscapeFilter {
  const skipped: string[] = [];
  const transform = (statement: string): string | null => {
    if (dialect.leavesDatabase(statement)) {
      skipped.push(stripLeadingComments(statement).replace(/\s+/g, ' ').slice(0, 200));
      return null;
    }
    return statement;
  };
  return { transform, skipped };
}
