/**
 * Several consecutive statements of a script sent in one round trip: a dump of many INSERTs then loads
 * at the speed of the server rather than at the speed of one network exchange per statement. The engine
 * says which statements may share a round trip (those whose result it can attribute); everything else
 * still runs alone, in order.
 */
import type { ExecuteResult } from '../engine.ts';

/** What an engine offers to run statements of a script several at a time. */
export interface StatementBatcher {
  /** Whether `sql` may share a round trip with its neighbours. Asked in script order, once every statement
   * before `sql` that ran alone has finished (batches before it may still be running). */
  accepts(sql: string): boolean;
  /** Most script bytes per batch: a statement larger than this runs alone. */
  readonly maxBytes: number;
  /**
   * Runs `statements` in order in one round trip and returns one result per statement. The server stops
   * at the first statement that fails: then this rejects with a {@link BatchStatementError} naming it, and
   * the statements after it did not run.
   */
  run(statements: readonly string[]): Promise<ExecuteResult[]>;
}

/** Statement `index` (0-based, in the batch) failed; those before it ran, those after it did not. */
export class BatchStatementError extends Error {
  readonly index: number;

  constructor(index: number, cause: unknown) {
    super(`statement ${index + 1} of the batch failed`, { cause });
    this.name = 'BatchStatementError';
    this.index = index;
  }
}
