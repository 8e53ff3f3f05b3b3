/**
 * One ordinary table of `import_data_from_v3_to_v4` (research notes §8.5): foreign-key checks off, all
 * rows of the v4 table deleted, the v4 columns read, each JSON row inserted over those columns (a column
 * the JSON row lacks gets NULL and a warning, except `video_video.order` which is NULLed silently; a
 * column v4 lacks, such as `video_video.tags`, is ignored), foreign-key checks back on.
 *
 * Upstream inserts one row per statement in autocommit, so a failing row leaves the table emptied and
 * filled up to that row. Rows are sent here in multi-row INSERTs for speed; when one fails, its rows are
 * replayed one at a time, which ends in the same state (earlier rows kept, the failing one reported,
 * later ones never sent) because a failed statement inserts nothing.
 *
 * Foreign-key checks: `SET FOREIGN_KEY_CHECKS` on MariaDB (https://mariadb.com/kb/en/server-system-variables/#foreign_key_checks),
 * as upstream since c54db244a. On PostgreSQL upstream fails at SHOW COLUMNS after its DELETE; this is
 * the patched variant: columns from information_schema and `session_replication_role = replica`, which
 * stops the foreign-key triggers (https://www.postgresql.org/docs/current/runtime-config-client.html).
 */
import type { Connection } from 'rehearse';
import type { ExportedRow } from './exported-json-reader.ts';
import { listColumns } from './v3-catalog.ts';

/** Rows per INSERT, bounded so PostgreSQL's 65535 parameters are never reached. */
const BATCH_ROWS = 500;
const MAX_PARAMS = 60_000;

/** v4 columns that an older 3.8.x export may lack and that upstream NULLs without a warning. */
const SILENT_NULLS = new Set(['video_video.order']);

export async function setForeignKeyChecks(target: Connection, on: boolean): Promise<void> {
  if (target.kind === 'postgres') await target.execute(`SET session_replication_role = ${on ? 'origin' : 'replica'}`);
  else await target.execute(`SET FOREIGN_KEY_CHECKS = ${on ? 1 : 0}`);
}

export class TableImport {
  readonly #target: Connection;
  readonly #table: string;
  #columns: string[] = [];
  #batch: ExportedRow[] = [];
  #batchRows = BATCH_ROWS;
  /** Rows inserted so far. */
  inserted = 0;
  /** "column X missing from the JSON rows" notes, once per column. */
  readonly notes = new Set<string>();

  constructor(target: Connection, table: string) {
    this.#target = target;
    this.#table = table;
  }

  /** Deletes the v4 rows and reads the v4 columns; throws when the table does not exist in v4. */
  async begin(): Promise<void> {
    const q = this.#target.dialect.quoteIdentifier(this.#table);
    await this.#target.execute(`DELETE FROM ${q}`);
    this.#columns = (await listColumns(this.#target, this.#table)).map((c) => c.name);
    if (this.#columns.length === 0) throw new Error(`table ${this.#table} does not exist in the v4 database`);
    this.#batchRows = Math.max(1, Math.min(BATCH_ROWS, Math.floor(MAX_PARAMS / this.#columns.length)));
  }

  async add(row: ExportedRow): Promise<void> {
    this.#batch.push(row);
    if (this.#batch.length >= this.#batchRows) await this.flush();
  }

  async flush(): Promise<void> {
    const batch = this.#batch;
    this.#batch = [];
    if (batch.length === 0) return;
    try {
      await this.#insert(batch);
      this.inserted += batch.length;
    } catch (error) {
      if (batch.length === 1) throw error;
      // Find the failing row: the ones before it stay inserted, as with upstream's one-row statements.
      for (const row of batch) {
        await this.#insert([row]);
        this.inserted++;
      }
    }
  }

  async #insert(rows: readonly ExportedRow[]): Promise<void> {
    const d = this.#target.dialect;
    const params: unknown[] = [];
    const tuples = rows.map((row) => {
      const marks = this.#columns.map((column) => {
        params.push(this.#value(row, column));
        return d.placeholder(params.length);
      });
      return `(${marks.join(', ')})`;
    });
    const columns = this.#columns.map((c) => d.quoteIdentifier(c)).join(', ');
    await this.#target.execute(`INSERT INTO ${d.quoteIdentifier(this.#table)} (${columns}) VALUES ${tuples.join(', ')}`, params);
  }

  #value(row: ExportedRow, column: string): unknown {
    if (column in row) return row[column];
    if (!SILENT_NULLS.has(`${this.#table}.${column}`)) this.notes.add(`column ${column} missing from the exported rows: set to NULL`);
    return null;
  }
}
