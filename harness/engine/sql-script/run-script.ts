/**
 * The one script loop behind every {@link Connection.runScript}: split the script as it streams in, run
 * each statement through the connection's `execute` (or, when the connection has a {@link StatementBatcher},
 * consecutive statements it accepts several per round trip), count what was done, and on failure say
 * exactly where (statement number, script line, byte offset, statement text, server message).
 */
import { Readable } from 'node:stream';
import { BadInputError, InfrastructureError, RehearseError, errorMessage } from '../../errors.ts';
import type { CopyIn, EngineKind, ExecuteResult, ScriptOptions, ScriptProgress, ScriptResult, StatementPosition } from '../engine.ts';
import { SqlStatementError, statementExcerpt } from '../sql-error.ts';
import { WarningLog } from '../warning-log.ts';
import { COPY_FROM_STDIN, statementsFromStream, type SplitStatement, type SqlDialect } from './sql-statement-splitter.ts';
import { BatchStatementError, type StatementBatcher } from './statement-batch.ts';

/** The least a connection offers to run a script. */
export interface ScriptTarget {
  readonly kind: EngineKind;
  execute(sql: string): Promise<ExecuteResult>;
  /** For COPY … FROM STDIN blocks; without it such a block is refused. */
  copyFromStdin?(sql: string): Promise<CopyIn>;
  /** Runs accepted statements several per round trip; without it every statement runs alone. */
  readonly batcher?: StatementBatcher;
}

/** A statement waiting in the batch being filled. */
interface Batched {
  readonly sql: string;
  readonly piece: SplitStatement;
  readonly n: number;
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
  const { batcher } = target;

  // The batch being filled, and the one the server is running: the splitter fills the next batch while
  // the server runs the previous one, and at most these two are held in memory.
  let batch: Batched[] = [];
  let batchBytes = 0;
  let running: Promise<void> | undefined;
  const finishRunning = async (): Promise<void> => {
    const current = running;
    running = undefined;
    await current;
  };
  const sendBatch = async (): Promise<void> => {
    await finishRunning();
    if (batch.length === 0) return;
    const sent = batch;
    batch = [];
    batchBytes = 0;
    running = runBatch(target, batcher!, sent).then((results) => {
      for (const result of results) {
        rows += result.affectedRows;
        warnings.add(result.warnings);
      }
    });
    running.catch(() => undefined);
  };
  /** Everything queued has run: before a statement that runs alone, and at the end. */
  const drainBatches = async (): Promise<void> => {
    await sendBatch();
    await finishRunning();
  };

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
        await drainBatches();
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
          if (batcher && !copying && piece.bytes <= batcher.maxBytes && batcher.accepts(sql)) {
            if (batchBytes + piece.bytes > batcher.maxBytes) await sendBatch();
            batch.push({ sql, piece, n: statements });
            batchBytes += piece.bytes;
          } else if (copying) {
            await drainBatches();
            if (!target.copyFromStdin) throw copyFromStdinError(piece);
            const start = target.copyFromStdin.bind(target);
            copy = { sink: null, piece, n: statements };
            copy.sink = await atStatement(target, piece, statements, () => start(sql));
          } else {
            await drainBatches();
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
    await drainBatches();
  } catch (error) {
    // A batch still running holds statements that come before whatever failed here (a cut statement
    // read ahead, an interruption): its failure, if any, is the first error of the script.
    const earlier = await running?.then(() => undefined, (failure: unknown) => failure);
    // Leave the connection usable: the server rolls the abandoned COPY back.
    await copy?.sink?.fail(errorMessage(error)).catch(() => undefined);
    await ahead.catch(() => undefined);
    await pieces.return?.(undefined).catch(() => undefined);
    const interrupted = error instanceof RehearseError && error.kind === 'interrupted';
    throw interrupted ? error : (earlier ?? error);
  }
  if (onProgress && !reported) onProgress(progress());
  return { ...progress(), warnings: warnings.list() };
}

/** Runs one batch; a failure is told as the failure of the statement the server stopped at. */
async function runBatch(target: ScriptTarget, batcher: StatementBatcher, batch: readonly Batched[]): Promise<ExecuteResult[]> {
  try {
    return await batcher.run(batch.map((b) => b.sql));
  } catch (error) {
    const failed = error instanceof BatchStatementError ? batch[error.index] : undefined;
    const at = failed ?? batch[0]!;
    return await atStatement(target, at.piece, at.n, () => Promise.reject(failed ? (error as Error).cause : error), at.sql);
  }
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
    const at = `Statement at byte offset ${piece.offset}: ${text}`;
    if (error instanceof SqlStatementError) {
      throw new ScriptStatementError(`${where}: ${error.serverMessage}. ${at}`, n, piece, text, error);
    }
    if (error instanceof InfrastructureError) {
      throw new InfrastructureError(`${where}: ${error.message}`, { cause: error });
    }
    throw new ScriptStatementError(`${where}: ${errorMessage(error)}. ${at}`, n, piece, text, error);
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
  /** UTF-8 byte offset in the script (0-based) where the statement starts. */
  readonly offset: number;
  readonly statement: string;

  constructor(message: string, statementNumber: number, at: StatementPosition, statement: string, cause: unknown) {
    super(message, { cause });
    this.name = 'ScriptStatementError';
    this.statementNumber = statementNumber;
    this.line = at.line;
    this.offset = at.offset;
    this.statement = statement;
  }
}
