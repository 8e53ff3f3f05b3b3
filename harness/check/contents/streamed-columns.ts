/**
 * Columns whose canonical text an engine cannot compute in SQL are left out of the checksums and compared
 * here instead, by streaming key and column values from both sides ordered by key, with the value
 * comparison of compare-rows.ts. Slower (every row crosses the wire), so the outcome says which columns.
 */
import type { Connection } from '../../engine/engine.ts';
import type { RowDiff } from '../compare-rows.ts';
import { compareSortedRows } from '../compare-rows.ts';
import type { ColumnPlan, TablePlan } from './table-plan.ts';

function selectSql(connection: Connection, table: string, columns: readonly ColumnPlan[], side: 'source' | 'target', keyLength: number): string {
  const q = (name: string) => connection.dialect.quoteIdentifier(name);
  const name = (c: ColumnPlan) => (side === 'source' ? c.sourceColumn!.name : c.targetColumn.name);
  const list = columns.map((c) => `${q(name(c))} AS ${q(c.name.toLowerCase())}`).join(', ');
  const order = columns.slice(0, keyLength).map((c) => q(name(c))).join(', ');
  return `SELECT ${list} FROM ${q(table)} ORDER BY ${order}`;
}

/** Streams the key and the streamed columns of a keyed table from both sides and compares them. */
export async function compareStreamedColumns(plan: TablePlan, source: Connection, target: Connection, maxExamples: number, signal: AbortSignal): Promise<RowDiff> {
  const keys = plan.columns.slice(0, plan.keyLength);
  const added = plan.streamed.filter((c) => !c.sourceColumn);
  if (added.length) throw new Error(`table "${plan.source}": added column(s) ${added.map((c) => c.name).join(', ')} have no canonical text in SQL on the target engine`);
  const columns = [...keys, ...plan.streamed];
  return compareSortedRows(
    source.stream(selectSql(source, plan.source, columns, 'source', keys.length)),
    target.stream(selectSql(target, plan.target, columns, 'target', keys.length)),
    {
      key: keys.map((c) => c.name.toLowerCase()),
      maxExamples,
      name: `check contents, table "${plan.source}"`,
      subjectPrefix: `table "${plan.source}" `,
      maskColumns: columns.filter((c) => c.masked).map((c) => c.name.toLowerCase()),
      tolerances: Object.fromEntries(plan.streamed.filter((c) => c.tolerance).map((c) => [c.name.toLowerCase(), c.tolerance!])),
      signal,
    },
  );
}
