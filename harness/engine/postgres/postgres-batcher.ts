/**
 * PostgreSQL INSERT statements sent about 1 MB per simple query ({@link BatchQuery}). Only plain INSERTs
 * are batched (not COPY, which streams on its own, nor anything that could change the transaction
 * state), and only while the script's connection is idle (its own implicit transaction per batch) or
 * inside a transaction the script opened with BEGIN.
 *
 * A failing statement is named as precisely as when the statements run one at a time:
 * - outside a transaction, the server rolled the whole batch back: once that is proven (every statement
 *   the server completed before the error was an INSERT, and the connection is idle again), the batch's
 *   statements run again one at a time, so that the statements before the failing one are loaded, the
 *   failing one reports its own error, and none after it runs (as with psql -f and ON_ERROR_STOP);
 * - inside the script's own transaction, the error aborted that transaction and nothing of it will
 *   persist, as with one statement at a time: the failing statement is the one after the completed ones.
 * Whatever cannot be proven that way (the server completed something else than an INSERT, or as many or
 * more statements than were sent: it split the text differently from the splitter) fails the load.
 *
 * Notices stay with their own statement: the server's messages arrive in order, so a notice belongs to
 * the statement after those completed before it. They are kept only once their batch succeeded, so that
 * a batch run again one statement at a time does not list them twice.
 */
import type { NoticeMessage } from 'pg-protocol/dist/messages.js';
import { createLogger } from '../../log.ts';
import type { ExecuteResult, ServerWarning } from '../engine.ts';
import { SqlStatementError } from '../sql-error.ts';
import { BatchStatementError, type StatementBatcher } from '../sql-script/statement-batch.ts';
import { BatchQuery, type BatchAnswer } from './postgres-batch-query.ts';
import { noticeWarning } from './postgres-notice.ts';

const log = createLogger('engine/postgres');

/** Big enough that round trips no longer count, small enough to hold two in memory (one filling, one
 * running). */
export const POSTGRES_BATCH_BYTES = 1024 * 1024;

/** A plain INSERT: one CommandComplete, and no change to the transaction state. */
const BATCHABLE = /^INSERT\s/i;
/** The command tag of a completed INSERT: `INSERT oid rows`. */
const INSERT_TAG = /^INSERT \d+ (\d+)$/;
/** Transaction states in which a batch may run: idle, or inside the script's own transaction. */
const BATCHING_STATES = ['I', 'T'] as const;
/** SQLSTATE of a statement cancelled on request: the load is being stopped, not retried. */
const QUERY_CANCELED = '57014';

export interface PostgresBatcherContext {
  /** Sends a batch on the script's connection; its notices go to the batch while it runs. */
  send(query: BatchQuery): Promise<BatchAnswer>;
  /** The connection's transaction status after its last statement (`I`, `T`, `E`, or null). */
  transactionStatus(): string | null;
  /** Runs one statement alone on the same connection (its notices kept as usual). */
  execute(sql: string): Promise<ExecuteResult>;
  /** Turns a driver error into the connection's error types (server error, lost connection). */
  wrap(sql: string, error: unknown): Error;
  /** Where the connection keeps every warning it saw. */
  onWarnings(warnings: readonly ServerWarning[]): void;
}

export class PostgresBatcher implements StatementBatcher {
  readonly maxBytes = POSTGRES_BATCH_BYTES;
  readonly #context: PostgresBatcherContext;

  constructor(context: PostgresBatcherContext) {
    this.#context = context;
  }

  /** Called after every statement before `sql` that ran alone has finished, so the transaction status
   * is the one `sql` will run in (a batch of INSERTs leaves it as it found it). */
  accepts(sql: string): boolean {
    return BATCHABLE.test(sql) && isBatchingState(this.#context.transactionStatus());
  }

  async run(statements: readonly string[]): Promise<ExecuteResult[]> {
    const before = this.#context.transactionStatus();
    if (!isBatchingState(before)) throw new Error(`a batch cannot start in transaction state ${before}`);
    // Each statement on a line of its own after a newline: nothing a statement ends with can reach its `;`.
    const text = statements.join('\n;\n');
    const answer = await this.#context.send(new BatchQuery(text, () => this.#context.transactionStatus()));
    const completed = completedInserts(answer.tags, statements.length);
    if (answer.error === undefined) {
      if (answer.tags.length !== statements.length || completed.length !== statements.length || answer.status !== before) {
        this.#keepNotices(answer, statements);
        throw new Error(
          `the server completed ${answer.tags.length} statements (${describeTags(answer.tags)}) for ${statements.length} INSERT statements and left the transaction state ${answer.status} (was ${before}): it split the SQL text differently (a string or comment it reads otherwise, e.g. under standard_conforming_strings off), so what ran is unknown`,
        );
      }
      return this.#keepNotices(answer, statements).map((warnings, i) => ({ affectedRows: completed[i]!, warnings }));
    }
    return this.#failed(statements, answer, completed.length, before);
  }

  async #failed(statements: readonly string[], answer: BatchAnswer, completed: number, before: string): Promise<ExecuteResult[]> {
    const index = Math.min(completed, statements.length - 1);
    const error = this.#context.wrap(statements[index]!, answer.error);
    // All sent statements completed and the batch still failed: in an implicit transaction that is a
    // deferred constraint checked at its commit (run again alone, each statement is checked at its own);
    // inside the script's transaction nothing commits, so the server ran something that was not sent.
    const unproven = completed !== answer.tags.length || completed > statements.length || (before === 'T' && completed === statements.length);
    if (unproven) {
      this.#keepNotices(answer, statements);
      throw new Error(
        `the server completed ${answer.tags.length} statements (${describeTags(answer.tags)}) of ${statements.length} INSERT statements before failing: it split the SQL text differently, so what ran is unknown. Server error: ${error.message}`,
      );
    }
    if (before === 'T' || !(error instanceof SqlStatementError) || error.code === QUERY_CANCELED) {
      // The script's transaction is aborted, or the load is being stopped: nothing to run again.
      this.#keepNotices(answer, statements);
      throw new BatchStatementError(index, error);
    }
    // Only INSERTs ran, in one implicit transaction that the error rolled back: proven by the idle state.
    await this.#context.execute('SELECT 1').catch(() => undefined);
    const after = this.#context.transactionStatus();
    if (after !== 'I') {
      throw new Error(`the connection is in transaction state ${after} after a failed batch of INSERT statements, not idle: what ran is unknown. Server error: ${error.message}`);
    }
    log.debug(`a batch of ${statements.length} INSERT statements failed at statement ${index + 1} and was rolled back: running it again one statement at a time`);
    return this.#oneByOne(statements);
  }

  /** Runs the statements of a rolled-back batch alone, in order, up to the first that fails. */
  async #oneByOne(statements: readonly string[]): Promise<ExecuteResult[]> {
    const results: ExecuteResult[] = [];
    for (const [i, statement] of statements.entries()) {
      try {
        results.push(await this.#context.execute(statement));
      } catch (error) {
        throw new BatchStatementError(i, error);
      }
    }
    return results;
  }

  /** The warnings of each statement of the batch, also added to the connection's warnings. */
  #keepNotices(answer: BatchAnswer, statements: readonly string[]): ServerWarning[][] {
    const kept = statements.map((statement, i) => (answer.notices[i] ?? []).map((notice: NoticeMessage) => noticeWarning(notice, statement)));
    for (const warnings of kept) if (warnings.length > 0) this.#context.onWarnings(warnings);
    return kept;
  }
}

function isBatchingState(status: string | null): status is (typeof BATCHING_STATES)[number] {
  return (BATCHING_STATES as readonly (string | null)[]).includes(status);
}

/** Rows inserted by each completed statement, up to the first tag that is not an INSERT's. */
function completedInserts(tags: readonly string[], sent: number): number[] {
  const rows: number[] = [];
  for (const tag of tags.slice(0, sent + 1)) {
    const match = INSERT_TAG.exec(tag);
    if (!match) break;
    rows.push(Number(match[1]));
  }
  return rows;
}

function describeTags(tags: readonly string[]): string {
  const distinct = [...new Set(tags.map((tag) => tag.split(' ')[0]))];
  return distinct.length > 0 ? distinct.join(', ') : 'none';
}
