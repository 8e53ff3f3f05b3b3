/**
 * MariaDB/MySQL statements sent several per round trip, on a session opened with multi-statement support
 * (https://mariadb.com/kb/en/com_query/#multi-statements): only INSERT and REPLACE, whose one result each
 * (an OK packet, or the rows of RETURNING) can be told apart. The server runs the statements in order and
 * stops at the first error, so the statements after a failed one never run.
 *
 * Each statement is followed by SHOW WARNINGS in the same batch: the next statement clears the warnings
 * of the previous one, and a truncation warning (1265) must be listed with its own statement, as when the
 * statements run one at a time. Counting the results also proves that the server cut the batch where the
 * splitter did: an extra or missing result (a string the server read differently, e.g. under
 * NO_BACKSLASH_ESCAPES) fails the load rather than letting a statement run unnoticed.
 */
import type mysql from 'mysql2';
import type { ResultSetHeader } from 'mysql2';
import type { ExecuteResult, ServerWarning } from '../engine.ts';
import { BatchStatementError, type StatementBatcher } from '../sql-script/statement-batch.ts';
import { listedWarnings, type WarningRow } from './mariadb-warnings.ts';

/** Big enough that round trips no longer count, small enough to hold two in memory (one filling, one
 * running) and to stay far below max_allowed_packet. */
export const MARIADB_BATCH_BYTES = 1024 * 1024;

/** A statement whose result is exactly one OK packet or one result set. */
const BATCHABLE = /^(?:INSERT|REPLACE)\b/i;
const SHOW_WARNINGS = 'SHOW WARNINGS';

export interface MariaDbBatcherContext {
  readonly kind: 'mariadb' | 'mysql';
  /** The callback connection of a session opened with `multipleStatements` and no placeholder formatting. */
  readonly core: mysql.Connection;
  /** Turns a driver error into the connection's error types (server error, lost connection). */
  wrap(sql: string, error: unknown): Error;
  /** Where the session keeps every warning it saw. */
  onWarnings(warnings: readonly ServerWarning[]): void;
}

export class MariaDbBatcher implements StatementBatcher {
  readonly maxBytes: number;
  readonly #context: MariaDbBatcherContext;

  /** `maxAllowedPacket`: the server's limit for one request, which a batch must stay well under. */
  constructor(context: MariaDbBatcherContext, maxAllowedPacket: number) {
    this.#context = context;
    this.maxBytes = Math.min(MARIADB_BATCH_BYTES, Math.floor(maxAllowedPacket / 4));
  }

  accepts(sql: string): boolean {
    return BATCHABLE.test(sql);
  }

  run(statements: readonly string[]): Promise<ExecuteResult[]> {
    const sql = statements.map((statement) => `${statement};\n${SHOW_WARNINGS}`).join(';\n');
    return new Promise((resolve, reject) => {
      let results = 0;
      const query = this.#context.core.query({ sql }, (error, answer) => {
        if (error) {
          // Two results per statement: the statement's own, then its warnings.
          const index = Math.min(Math.floor(results / 2), statements.length - 1);
          reject(new BatchStatementError(index, this.#context.wrap(statements[index]!, error)));
          return;
        }
        try {
          resolve(this.#results(statements, answer as unknown[]));
        } catch (failure) {
          reject(failure);
        }
      });
      query.on('fields', () => results++);
    });
  }

  #results(statements: readonly string[], answer: unknown[]): ExecuteResult[] {
    if (!Array.isArray(answer) || answer.length !== statements.length * 2) {
      const got = Array.isArray(answer) ? answer.length : 1;
      throw new Error(
        `the server returned ${got} results for ${statements.length} statements and their warnings: it split the SQL text differently (a string or comment it reads otherwise, e.g. under sql_mode NO_BACKSLASH_ESCAPES), so what ran is unknown`,
      );
    }
    return statements.map((statement, i) => {
      const own = answer[i * 2];
      const listed = answer[i * 2 + 1];
      if (!Array.isArray(listed)) throw new Error(`the server returned no warning list after statement ${i + 1} of the batch: the batch was not run as sent`);
      if (Array.isArray(own)) return { affectedRows: own.length, warnings: [] };
      const header = own as ResultSetHeader;
      const warnings = header.warningStatus > 0 ? this.#listed(statement, header.warningStatus, listed as WarningRow[]) : [];
      return { affectedRows: header.affectedRows, warnings };
    });
  }

  #listed(sql: string, count: number, rows: readonly WarningRow[]): ServerWarning[] {
    const warnings = listedWarnings(this.#context.kind, sql, count, rows);
    this.#context.onWarnings(warnings);
    return warnings;
  }
}
