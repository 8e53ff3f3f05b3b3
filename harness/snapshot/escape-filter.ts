/**
 * Drops the statements of a dump that would leave the throwaway database it is loaded into. Real dumps
 * often create and switch databases: the Chinook MySQL script starts with
 * `DROP DATABASE IF EXISTS Chinook; CREATE DATABASE Chinook; USE Chinook;`, pg_dump --create writes
 * `CREATE DATABASE` and psql's `\connect`. Loading must stay inside the database the harness created,
 * so these are skipped and listed in the load result for the report.
 *
 * MariaDB: CREATE/DROP {DATABASE | SCHEMA} and USE (https://mariadb.com/kb/en/use/; SCHEMA is a synonym
 * of DATABASE there). PostgreSQL: CREATE/DROP DATABASE and `\c` / `\connect`
 * (https://www.postgresql.org/docs/current/app-psql.html#APP-PSQL-META-COMMAND-CONNECT); CREATE SCHEMA
 * stays, since a PostgreSQL schema lives inside the database.
 */
import type { EngineKind } from '../engine/engine.ts';

const RULES: Record<'mysql' | 'postgres' | 'sqlite', readonly RegExp[]> = {
  mysql: [/^(create|drop)\s+(database|schema)\b/i, /^use\s+\S/i],
  postgres: [/^(create|drop)\s+database\b/i, /^\\(c|connect)(\s|;|$)/i],
  sqlite: [],
};

export interface EscapeFilter {
  /** The `transform` for {@link Connection.runScript}: returns null for a dropped statement. */
  readonly transform: (statement: string) => string | null;
  /** Statements dropped so far, first 200 characters each. */
  readonly skipped: string[];
}

export function createEscapeFilter(engine: EngineKind): EscapeFilter {
  const rules = RULES[engine === 'mariadb' || engine === 'mysql' ? 'mysql' : engine];
  const skipped: string[] = [];
  const transform = (statement: string): string | null => {
    const text = stripLeadingComments(statement);
    if (rules.some((rule) => rule.test(text))) {
      skipped.push(text.replace(/\s+/g, ' ').slice(0, 200));
      return null;
    }
    return statement;
  };
  return { transform, skipped };
}

/** The splitter already removes comments; this keeps the filter right for any caller that does not. */
function stripLeadingComments(statement: string): string {
  let text = statement.trimStart();
  for (;;) {
    if (text.startsWith('--') || text.startsWith('#')) {
      const end = text.indexOf('\n');
      text = end < 0 ? '' : text.slice(end + 1).trimStart();
    } else if (text.startsWith('/*') && !text.startsWith('/*!')) {
      const end = text.indexOf('*/');
      text = end < 0 ? '' : text.slice(end + 2).trimStart();
    } else {
      return text;
    }
  }
}
