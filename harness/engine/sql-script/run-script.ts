/**
 * The one script loop behind every {@link Connection.runScript}: split the script as it streams in, run
 * each statement through the connection's `execute`, count what was done, and on failure say exactly
 * where (statement number, script line, statement text, server message).
 */
import { Readable } from 'node:stream';
import { BadInputError, InfrastructureError, RehearseError, errorMessage } from '../../errors.ts';
import type { CopyIn, EngineKind, ExecuteResult, ScriptOptions, ScriptProgress, ScriptResult } from '../engine.ts';
import { SqlStatementError, statementExcerpt } from '../sql-error.ts';
import { WarningLog } from '../warning-log.ts';
import { COPY_FROM_STDIN, statementsFromStream, type SplitStatement, type SqlDialect } from './sql-statement-splitter.ts';

/** The least a connection offers to run a script. */
export interface ScriptTarget {
  readonly kind: EngineKind;
  execute(sql: string): Promise<ExecuteResult>;
  /** For COPY … FROM STDIN blocks; without it such a block is refused. */
  copyFromStdin?(sql: string): Promise<CopyIn>;
}

/** The splitter dialect of an engine: MariaDB and MySQL share one. */
export function scriptDialect(kind: EngineKind): SqlDialect {
  return kind === 'mariadb' || kind === 'mysql' ? 'mysql' : kind;
}

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

  /** The COPY block being read: its sink, or null when its statement was dropped by the transform. */
  let copy: { sink: CopyIn | null; piece: SplitStatement; n: number } | undefined;
  // The next statement is split while the server runs the current one: splitting is CPU work in this
  // process, the server's is elsewhere, so both proceed at once (one statement of look-ahead memory).
  const pieces = statementsFromStream(readable, { dialect: scriptDialect(target.kind), requireTerminator })[Symbol.asyncIterator]();
  let ahead = pieces.next();
  ahead.catch(() => undefined);
  try {
    for (let next = await ahead; !next.done; next = await ahead) {
      const piece = next.value;
      ahead = pieces.next();
      ahead.catch(() => undefined);
      if (signal?.aborted) {
        const message = `SQL script interrupted before statement ${statements + 1} (line ${piece.line}): ${errorMessage(signal.reason)}`;
        throw new RehearseError('interrupted', message, { cause: signal.reason });
      }
      bytes += piece.bytes;
      if (piece.copyData !== undefined) {
        if (copy?.sink) {
          const { sink } = copy;
          if (piece.copyData !== '') await atStatement(target, copy.piece, copy.n, () => sink.write(piece.copyData!));
          if (piece.copyEnd) rows += await atStatement(target, copy.piece, copy.n, () => sink.end());
        }
        if (piece.copyEnd) copy = undefined;
      } else {
        const sql = transform ? transform(piece.sql, piece) : piece.sql;
        const copying = COPY_FROM_STDIN.test(piece.sql);
        if (copying && sql === null) copy = { sink: null, piece, n: statements };
        if (sql !== null && sql.trim() !== '') {
          if (sql.startsWith('\\')) throw metaCommandError(piece, sql);
          statements++;
          if (copying) {
            if (!target.copyFromStdin) throw copyFromStdinError(piece);
            const start = target.copyFromStdin.bind(target);
            copy = { sink: null, piece, n: statements };
            copy.sink = await atStatement(target, piece, statements, () => start(sql));
          } else {
            const result = await executeAt(target, sql, piece, statements);
            rows += result.affectedRows;
            warnings.add(result.warnings);
          }
        }
      }
      reported = false;
      if (onProgress && Date.now() - lastReport >= PROGRESS_INTERVAL_MS) {
        onProgress(progress());
        lastReport = Date.now();
        reported = true;
      }
    }
  } catch (error) {
    // Leave the connection usable: the server rolls the abandoned COPY back.
    await copy?.sink?.fail(errorMessage(error)).catch(() => undefined);
    await ahead.catch(() => undefined);
    await pieces.return?.(undefined).catch(() => undefined);
    throw error;
  }
  if (onProgress && !reported) onProgress(progress());
  return { ...progress(), warnings: warnings.list() };
}

async function executeAt(target: ScriptTarget, sql: string, piece: SplitStatement, n: number): Promise<ExecuteResult> {
  return atStatement(target, piece, n, () => target.execute(sql), sql);
}

/** Runs `work` for statement `n`, turning its failure into an error that says where the statement is. */
async function atStatement<T>(target: ScriptTarget, piece: SplitStatement, n: number, work: () => Promise<T>, sql = piece.sql): Promise<T> {
  try {
    return await work();
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
  return new BadInputError(`SQL script line ${piece.line} is a COPY … FROM stdin block, which only a PostgreSQL connection can load.`);
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
