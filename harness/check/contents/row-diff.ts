/**
 * Diffs the canonical row texts of one segment (or of a whole keyless table): every row is identical,
 * modified, removed (source only) or added (target only). Equality is exactly text equality of the SQL
 * canonical forms, so a row found different here is the one the checksum found different.
 */
import { createTwoFilesPatch, FILE_HEADERS_ONLY } from 'diff';
import type { CheckExample } from '../check.ts';
import { maskValue } from '../normalize-value.ts';
import type { TablePlan } from './table-plan.ts';
import { keyId } from './table-plan.ts';

export const ROW_CHANGES = ['modified', 'removed', 'added'] as const;
export type RowChange = (typeof ROW_CHANGES)[number];
export type RowTexts = readonly (string | null)[];

/** One differing row. */
export interface RowDifference {
  readonly change: RowChange;
  /** Key columns and their canonical texts (the whole row for a keyless table). */
  readonly key: RowTexts;
  readonly source?: RowTexts;
  readonly target?: RowTexts;
  /** Indexes into the plan's columns of the differing columns (modified rows). */
  readonly columns: readonly number[];
  /** How many such rows (a keyless table's duplicates). */
  readonly count: number;
  /** Declared in `expect`. */
  readonly explained: boolean;
}

/**
 * Compares two collections of row texts. Keyed tables match rows by key; keyless ones by the whole row,
 * counting duplicates (a multiset). Calls `onDifference` once per differing row or distinct keyless row.
 */
export async function diffRows(
  plan: TablePlan,
  source: AsyncIterable<RowTexts>,
  target: AsyncIterable<RowTexts>,
  maxRows: number,
  onDifference: (difference: RowDifference) => void,
): Promise<void> {
  const keyOf = (row: RowTexts) => (plan.keyLength ? row.slice(0, plan.keyLength) : row);
  const held = new Map<string, { row: RowTexts; count: number }>();
  const tooMany = () =>
    new Error(`table "${plan.source}": more than ${maxRows} differing rows would be held in memory to diff it; raise maxMultisetRows or declare a key`);
  for await (const row of source) {
    const id = keyId(keyOf(row));
    const entry = held.get(id);
    if (entry) entry.count++;
    else held.set(id, { row, count: 1 });
    if (held.size > maxRows) throw tooMany();
  }
  const extra = new Map<string, { row: RowTexts; count: number }>();
  for await (const row of target) {
    const id = keyId(keyOf(row));
    const entry = held.get(id);
    if (entry && entry.count > 0) {
      entry.count--;
      if (plan.keyLength) {
        const columns = row.map((_, i) => i).filter((i) => row[i] !== entry.row[i]);
        if (columns.length) onDifference(difference(plan, 'modified', id, keyOf(row), entry.row, row, columns, 1));
      }
      continue;
    }
    const other = extra.get(id);
    if (other) other.count++;
    else extra.set(id, { row, count: 1 });
    if (extra.size > maxRows) throw tooMany();
  }
  for (const [id, entry] of held) {
    if (entry.count > 0) onDifference(difference(plan, 'removed', id, keyOf(entry.row), entry.row, undefined, [], entry.count));
  }
  for (const [id, entry] of extra) onDifference(difference(plan, 'added', id, keyOf(entry.row), undefined, entry.row, [], entry.count));
}

function difference(
  plan: TablePlan,
  change: RowChange,
  id: string,
  key: RowTexts,
  source: RowTexts | undefined,
  target: RowTexts | undefined,
  columns: readonly number[],
  count: number,
): RowDifference {
  return { change, key, source, target, columns, count, explained: plan.expected.get(id) === change };
}

/** A value as shown in a report: JSON-quoted text, NULL, or a digest for a masked column. */
export function showText(plan: TablePlan, column: number, text: string | null): string {
  if (text === null) return 'NULL';
  if (plan.columns[column]?.masked) return maskValue(text);
  return JSON.stringify(text.length > 300 ? `${text.slice(0, 300)}…` : text);
}

/** `id=42` or `a=1, b="x"`, masked where the key column is. */
export function describeKey(plan: TablePlan, key: RowTexts): string {
  const shown = key.map((value, i) => `${plan.columns[i]!.name}=${showText(plan, i, value)}`).join(', ');
  return plan.keyLength ? shown : `row (no key) ${shown}`;
}

/** An example for a report: subject names table, key and columns; detail is a unified diff of the
 * differing columns (all columns for a removed or added row). */
export function exampleOf(plan: TablePlan, difference: RowDifference): CheckExample {
  const shown = difference.change === 'modified' ? difference.columns : plan.columns.map((_, i) => i);
  const render = (row: RowTexts | undefined) => (row ? shown.map((i) => `${plan.columns[i]!.name}: ${showText(plan, i, row[i] ?? null)}\n`).join('') : '');
  const names = difference.columns.map((i) => plan.columns[i]!.name).join(', ');
  const what = difference.change === 'modified' ? `modified (${names})` : difference.change === 'removed' ? 'only in source' : 'only in target';
  const times = difference.count > 1 ? ` ×${difference.count}` : '';
  const detail = createTwoFilesPatch('source', 'target', render(difference.source), render(difference.target), undefined, undefined, {
    context: 0,
    headerOptions: FILE_HEADERS_ONLY,
  });
  return { subject: `table "${plan.source}" ${describeKey(plan, difference.key)} ${what}${times}`, detail: detail.trimEnd() };
}
