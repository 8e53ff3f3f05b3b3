/**
 * Multi-row INSERTs into the v2 database, a few hundred rows per statement. Django saves one object per
 * statement and stops at the first IntegrityError; the rehearsal keeps the result but goes on: when a
 * batch is refused for a missing referenced row (MariaDB 1452) or a duplicate (1062), its rows are retried
 * one by one and the refused ones are recorded (`skipped`) with the reason, so the checks can show the
 * whole extent of the loss instead of one crash.
 * https://mariadb.com/kb/en/mariadb-error-code-reference/
 */
import { SqlStatementError, type Connection, type SqlValue } from 'rehearse';

const BATCH_ROWS = 250;
/** Constraint errors Django would raise as IntegrityError. */
const ROW_ERRORS = new Set(['1452', '1062', '1048']);

export interface SkippedRow {
  readonly table: string;
  readonly values: readonly unknown[];
  readonly reason: string;
}

export class BatchInserter {
  readonly #target: Connection;
  readonly #table: string;
  readonly #columns: readonly string[];
  readonly #skipped: SkippedRow[];
  readonly #after: BatchInserter | undefined;
  #rows: (readonly unknown[])[] = [];
  inserted = 0;

  /**
   * `skipped` is shared by the inserters of one import, and capped by the caller when reporting. `after`
   * is the inserter of the rows these rows point to (a many-to-many table's object): it is flushed first,
   * so a link never reaches the server before its object.
   */
  constructor(target: Connection, table: string, columns: readonly string[], skipped: SkippedRow[], after?: BatchInserter) {
    this.#target = target;
    this.#table = table;
    this.#columns = columns;
    this.#skipped = skipped;
    this.#after = after;
  }

  async add(values: readonly unknown[]): Promise<void> {
    this.#rows.push(values);
    if (this.#rows.length >= BATCH_ROWS) await this.flush();
  }

  async flush(): Promise<void> {
    await this.#after?.flush();
    const rows = this.#rows;
    this.#rows = [];
    if (rows.length === 0) return;
    try {
      await this.#insert(rows);
      this.inserted += rows.length;
    } catch (error) {
      if (!isRowError(error) || rows.length === 1) {
        if (isRowError(error)) return this.#skip(rows[0]!, error);
        throw error;
      }
      for (const row of rows) {
        try {
          await this.#insert([row]);
          this.inserted++;
        } catch (rowError) {
          if (!isRowError(rowError)) throw rowError;
          this.#skip(row, rowError);
        }
      }
    }
  }

  #skip(values: readonly unknown[], error: SqlStatementError): void {
    this.#skipped.push({ table: this.#table, values, reason: `${error.code}: ${error.serverMessage}` });
  }

  async #insert(rows: readonly (readonly unknown[])[]): Promise<void> {
    const q = (n: string) => this.#target.dialect.quoteIdentifier(n);
    const tuple = `(${this.#columns.map(() => '?').join(', ')})`;
    const sql = `INSERT INTO ${q(this.#table)} (${this.#columns.map(q).join(', ')}) VALUES ${rows.map(() => tuple).join(', ')}`;
    await this.#target.execute(sql, rows.flat() as SqlValue[]);
  }
}

function isRowError(error: unknown): error is SqlStatementError {
  return error instanceof SqlStatementError && error.code !== undefined && ROW_ERRORS.has(error.code);
}

/** One line per skipped row for the step output, at most `limit`, ids only (no personal data). */
export function describeSkipped(skipped: readonly SkippedRow[], limit = 10): string[] {
  const lines = skipped.slice(0, limit).map((s) => `skipped ${s.table} (${s.values.filter((v) => typeof v === 'number').join(', ')}): ${s.reason.replace(/'[^']*'/g, "'…'")}`);
  if (skipped.length > limit) lines.push(`… and ${skipped.length - limit} more skipped rows`);
  return lines;
}
