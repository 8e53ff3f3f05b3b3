/**
 * Turns driver errors into the harness's errors, so that callers can tell "the server rejected this SQL"
 * (the script or step is wrong: {@link SqlStatementError}, a {@link BadInputError}) from "the database
 * went away" ({@link InfrastructureError}) without knowing which driver raised it.
 */
import { BadInputError, InfrastructureError, RehearseError, errorMessage } from '../errors.ts';
import type { EngineKind } from './engine.ts';

/** The first 200 characters of a statement, on one line: enough to recognise it in a message. */
export function statementExcerpt(sql: string): string {
  const flat = sql.replace(/\s+/g, ' ').trim();
  return flat.length > 200 ? `${flat.slice(0, 200)}…` : flat;
}

/** The server refused a statement (syntax error, missing table, constraint violation…). */
export class SqlStatementError extends BadInputError {
  readonly engine: EngineKind;
  /** The engine's error code: MariaDB's errno (1146), PostgreSQL's SQLSTATE, SQLite's SQLITE_* code. */
  readonly code: string | undefined;
  /** The server's own message, without the statement. */
  readonly serverMessage: string;
  readonly statement: string;

  constructor(engine: EngineKind, sql: string, serverMessage: string, code: string | undefined, cause: unknown) {
    super(`${engine} rejected the statement${code ? ` (${code})` : ''}: ${serverMessage}. Statement: ${statementExcerpt(sql)}`, { cause });
    this.name = 'SqlStatementError';
    this.engine = engine;
    this.code = code;
    this.serverMessage = serverMessage;
    this.statement = statementExcerpt(sql);
  }
}

/**
 * Wraps an error thrown while running `sql`. `connectionLost` is the driver-specific verdict on whether the
 * connection itself failed (then it is an InfrastructureError: retrying the same SQL elsewhere could work).
 */
export function wrapDriverError(engine: EngineKind, sql: string, error: unknown, connectionLost: boolean, code?: string): RehearseError {
  if (error instanceof RehearseError) return error;
  const message = errorMessage(error);
  if (connectionLost) {
    return new InfrastructureError(
      `${engine} connection failed while running: ${statementExcerpt(sql)}: ${message}. ` +
        'Check that the database is still running (container not stopped, disk not full).',
      { cause: error },
    );
  }
  return new SqlStatementError(engine, sql, message, code, error);
}
