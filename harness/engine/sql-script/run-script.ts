/**
 * The one script loop behind every {@link Connection.runScript}: split the script as it streams in, run
 * each statement through the connection's `execute`, count what was done, and on failure say exactly
 * where (statement number, script line, statement text, server message).
 */
import { Readable } from 'node:stream';
import { BadInputError, InfrastructureError, RehearseError, errorMessage } from '../../errors.ts';
import type { EngineKind, ExecuteResult, ScriptOptions, ScriptProgress, ScriptResult } from '../engine.ts';
import { SqlStatementError, statementExcerpt } from '../sql-error.ts';
import { WarningLog } from '../warning-log.ts';
import { statementsFromStream, type SplitStatement, type SqlDialect } from './sql-statement-splitter.ts';

/** The least a connection offers to run a script. */
export interface ScriptTarget {
  readonly kind: EngineKind;
  execute(sql: string): Promise<ExecuteResult>;
}

/** The splitter dialect of an engine: MariaDB and MySQL share one. */
export function scriptDialect(kind: EngineKind): SqlDialect {
  return kind === 'mariadb' || kind === 'mysql' ? 'mysql' : kind;
}

/** pg_dump's default data format: the rows follow the statement as raw lines, which only psql can send. */
const COPY_FROM_STDIN = /^COPY\s[^;]*?\bFROM\s+STDIN\b/i;

/** Progress is reported at most this often, so a dump of a million tiny statements does not flood the UI. */
export const PROGRESS_INTERVAL_MS = 250;

export async function runScript(target: ScriptTarget, source: Readable | string, options: ScriptOptions = {}): Promise<ScriptResult> {
  const { onProgress, transform, signal, requireTerminator } = options;
  const warnings = new WarningLog();
  let statements = 0;
  let bytes = 0;
  let rows = 0;
  let lastReport = 0;
  let reported = true;
  const progress = (): ScriptProgress => ({ statements, bytes, rows });
  const readable = typeof source === 'string' ? Readable.from([source]) : source;

  for await (const piece of statementsFromStream(readable, { dialect: scriptDialect(target.kind), requireTerminator })) {
    if (signal?.aborted) {
      const message = `SQL script interrupted before statement ${statements + 1} (line ${piece.line}): ${errorMessage(signal.reason)}`;
      throw new RehearseError('interrupted', message, { cause: signal.reason });
    }
    bytes += piece.bytes;
    const sql = transform ? transform(piece.sql, piece) : piece.sql;
    if (sql !== null && sql.trim() !== '') {
      if (sql.startsWith('\\')) throw metaCommandError(piece, sql);
      if (COPY_FROM_STDIN.test(sql)) throw copyFromStdinError(piece);
      statements++;
      const result = await executeAt(target, sql, piece, statements);
      rows += result.affectedRows;
      warnings.add(result.warnings);
      reported = false;
    }
    if (onProgress && Date.now() - lastReport >= PROGRESS_INTERVAL_MS) {
      onProgress(progress());
      lastReport = Date.now();
      reported = true;
    }
  }
  if (onProgress && !reported) onProgress(progress());
  return { ...progress(), warnings: warnings.list() };
}

async function executeAt(target: ScriptTarget, sql: string, piece: SplitStatement, n: number): Promise<ExecuteResult> {
  try {
    return await target.execute(sql);
  } catch (error) {
    const where = `SQL script statement ${n} (line ${piece.line}) failed on ${target.kind}`;
    const text = statementExcerpt(sql);
    if (error instanceof SqlStatementError) {
      throw new ScriptStatementError(`${where}: ${error.serverMessage}. Statement: ${text}`, n, piece.line, text, error);
    }
    if (error instanceof InfrastructureError) {
      throw new InfrastructureError(`${where}: ${error.message}`, { cause: error });
    }
    throw new ScriptStatementError(`${where}: ${errorMessage(error)}. Statement: ${text}`, n, piece.line, text, error);
  }
}

function metaCommandError(piece: SplitStatement, sql: string): BadInputError {
  const command = sql.split(/\s/)[0];
  return new BadInputError(
    `SQL script line ${piece.line} is the client meta-command "${statementExcerpt(sql)}" (psql or mysql client syntax), not SQL: scripts run through the driver, not through psql or mysql. ` +
      `Remove the line (connect to the right database in the URL instead of ${command}), or skip it with a transform.`,
  );
}

function copyFromStdinError(piece: SplitStatement): BadInputError {
  return new BadInputError(
    `SQL script line ${piece.line} is a COPY … FROM stdin block (pg_dump's default), which needs psql to send the rows. ` +
      'Create the dump with pg_dump --inserts (or --column-inserts, --rows-per-insert=1000 for speed) instead.',
  );
}

/** A statement of a script failed: names its position so that the user can find it in a 1 GB dump. */
export class ScriptStatementError extends BadInputError {
  readonly statementNumber: number;
  readonly line: number;
  readonly statement: string;

  constructor(message: string, statementNumber: number, line: number, statement: string, cause: unknown) {
    super(message, { cause });
    this.name = 'ScriptStatementError';
    this.statementNumber = statementNumber;
    this.line = line;
    this.statement = statement;
  }
}
