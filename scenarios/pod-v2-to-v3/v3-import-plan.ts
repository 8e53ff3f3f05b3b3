/**
 * How each statement of the v2 export is loaded into the fresh v3 (seed 001: `mysql podv3 < podv2.sql`
 * with phpMyAdmin's "Instructions INSERT IGNORE"): INSERT becomes INSERT IGNORE, so a row colliding with
 * a v3 unique key is skipped with warning 1062 instead of stopping the import
 * (https://mariadb.com/kb/en/insert-ignore/); encoding tables are loaded under their v3 names; statements
 * for tables v3 does not have, or whose v2 columns v3 no longer has (v2 playlists: `title`, `visible`),
 * would stop the import with error 1146/1054, so they are skipped and listed instead.
 */
import type { Connection } from 'rehearse';
import { NO_V3_TABLE, v3TableName } from './pod-v2-v3-tables.ts';

/** A v2 table the load did not bring into v3, and why. */
export interface SkippedTable {
  readonly table: string;
  readonly reason: string;
  rows: number;
}

/** Leading `-- comment` lines (the splitter may keep them with the statement), the verb, the table. */
const STATEMENT = /^(?:\s*--[^\n]*\n)*\s*(TRUNCATE TABLE|INSERT INTO)\s+`([^`]+)`/;
const COLUMN_LIST = /^\s*\(([^)]*)\)/;

export class V3ImportPlan {
  readonly #targetColumns: ReadonlyMap<string, ReadonlySet<string>>;
  readonly skipped = new Map<string, SkippedTable>();
  readonly renamed = new Set<string>();

  private constructor(targetColumns: ReadonlyMap<string, ReadonlySet<string>>) {
    this.#targetColumns = targetColumns;
  }

  /** Reads the v3 tables and their columns once, before the load. */
  static async forTarget(target: Connection): Promise<V3ImportPlan> {
    const columns = new Map<string, ReadonlySet<string>>();
    for (const { name } of await target.introspector.listTables()) {
      columns.set(name, new Set((await target.introspector.listColumns(name)).map((c) => c.name)));
    }
    return new V3ImportPlan(columns);
  }

  /** The statement as it runs on v3, or null when it is skipped (recorded in {@link skipped}). */
  transform(statement: string): string | null {
    const match = STATEMENT.exec(statement);
    if (!match) return statement;
    const [head, verb, v2Table] = match as unknown as [string, string, string];
    const rest = statement.slice(head.length);
    const columnList = verb === 'INSERT INTO' ? COLUMN_LIST.exec(rest)?.[1] : undefined;
    const table = v3TableName(v2Table);
    const reason = this.#skipReason(v2Table, table, columnList);
    if (reason) {
      const entry = this.skipped.get(v2Table) ?? { table: v2Table, reason, rows: 0 };
      if (verb === 'INSERT INTO') entry.rows += countTuples(statement);
      this.skipped.set(v2Table, entry);
      return null;
    }
    if (table !== v2Table) this.renamed.add(`${v2Table} → ${table}`);
    return `${verb === 'INSERT INTO' ? 'INSERT IGNORE INTO' : 'TRUNCATE TABLE'} \`${table}\`${rest}`;
  }

  #skipReason(v2Table: string, table: string, columnList: string | undefined): string | undefined {
    const columns = this.#targetColumns.get(table);
    if (!columns) return (NO_V3_TABLE as readonly string[]).includes(v2Table) ? 'no v3 table (documented, research §7.1)' : 'no such table in v3';
    if (columnList === undefined) return undefined;
    const gone = columnList.split(',').map((c) => c.trim().replace(/^`|`$/g, '')).filter((c) => !columns.has(c));
    return gone.length > 0 ? `v3 table "${table}" has no column ${gone.join(', ')}` : undefined;
  }

  /** One line per skipped table for the step output. */
  describeSkipped(): string[] {
    return [...this.skipped.values()].map((s) => `${s.table}: ${s.rows} rows not loaded (${s.reason})`);
  }
}

/** Rows in a multi-row INSERT written by the export: one tuple per line, each line starting with "(". */
function countTuples(statement: string): number {
  let n = 0;
  for (let i = statement.indexOf('\n('); i !== -1; i = statement.indexOf('\n(', i + 2)) n++;
  return n;
}
