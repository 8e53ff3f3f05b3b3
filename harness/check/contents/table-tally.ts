/**
 * What the comparison found in one table: rows identical, modified, removed and added (declared ones
 * counted apart as explained), the first examples, and the columns compared by streaming.
 */
import type { CheckExample } from '../check.ts';
import type { RowDiff } from '../compare-rows.ts';
import type { TableCounts } from './bisect.ts';
import type { RowChange, RowDifference } from './row-diff.ts';
import { describeKey, exampleOf } from './row-diff.ts';
import type { TablePlan } from './table-plan.ts';
import { keyId } from './table-plan.ts';

export class TableTally {
  readonly plan: TablePlan;
  counts: TableCounts | undefined;
  streamed: RowDiff | undefined;
  keysFile: string | undefined;
  readonly unexplained: Record<RowChange, number> = { modified: 0, removed: 0, added: 0 };
  explained = 0;
  readonly examples: CheckExample[] = [];
  /** Source rows that differ, declared or not. */
  #sourceDiffering = 0;
  #first: string | undefined;
  #seen = new Set<string>();

  constructor(plan: TablePlan) {
    this.plan = plan;
  }

  add(difference: RowDifference, maxExamples: number): void {
    if (difference.change !== 'added') this.#sourceDiffering += difference.count;
    if (difference.explained) {
      this.explained += difference.count;
      this.#seen.add(keyId(difference.key));
      return;
    }
    this.unexplained[difference.change] += difference.count;
    if (this.examples.length < maxExamples) this.examples.push(exampleOf(this.plan, difference));
    if (!this.#first) {
      const columns = difference.columns.map((i) => this.plan.columns[i]!.name).join(', ');
      this.#first = `${describeKey(this.plan, difference.key)}${columns ? `: ${columns}` : ''}`;
    }
  }

  get identical(): number {
    return Math.max(0, (this.counts?.sourceRows ?? 0) - this.#sourceDiffering);
  }

  get #streamedDifferences(): number {
    const s = this.streamed;
    return s ? s.changed + s.missing + s.extra : 0;
  }

  get failed(): boolean {
    const u = this.unexplained;
    return u.modified + u.removed + u.added + this.#streamedDifferences > 0;
  }

  /** `Genre: 1 modified (GenreId=1: Name)`. */
  describe(): string {
    const u = this.unexplained;
    const parts = ROW_PARTS.filter(([change]) => u[change] > 0).map(([change, word]) => `${u[change]} ${word}`);
    if (this.#streamedDifferences) parts.push(`${this.#streamedDifferences} differing in streamed columns`);
    return `${this.plan.source}: ${parts.join(', ')}${this.#first ? ` (first: ${this.#first})` : ''}`;
  }

  /** Streamed columns, declarations not seen and the differing-keys file, for the summary. */
  notes(): string[] {
    const notes: string[] = [];
    if (this.plan.streamed.length) {
      notes.push(`${this.plan.source}: ${this.plan.streamed.map((c) => c.name).join(', ')} compared by streaming (no canonical text in SQL on one engine)`);
    }
    const unseen = [...this.plan.expected.keys()].filter((id) => !this.#seen.has(id)).length;
    if (unseen) notes.push(`${this.plan.source}: ${unseen} declared differences not found`);
    if (this.keysFile && this.failed) notes.push(`differing keys of ${this.plan.source}: ${this.keysFile}`);
    return notes;
  }
}

const ROW_PARTS: readonly (readonly [RowChange, string])[] = [
  ['modified', 'modified'],
  ['removed', 'only in source'],
  ['added', 'only in target'],
];

/** Runs `work` over `items` with at most `limit` at a time; results in item order; the first failure
 * rejects (the others finish first, so that no query is left running on a connection). */
export async function runBounded<T, R>(items: readonly T[], limit: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await work(items[index]!);
    }
  };
  const outcomes = await Promise.allSettled(Array.from({ length: Math.min(limit, items.length) }, worker));
  const failure = outcomes.find((o): o is PromiseRejectedResult => o.status === 'rejected');
  if (failure) throw failure.reason;
  return results;
}
