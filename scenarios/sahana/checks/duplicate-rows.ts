/**
 * `duplicate-people` / `duplicate-users`: rows of the source that are the same person or user registered
 * twice (seed 004 step 8, "Remove duplicates in the auth_user and pr_person"): equal on the identifying
 * columns once case, accents and surrounding spaces are folded. The import would carry both, each with
 * a new id, and the application would then show the person twice. Grouped in a scratch store.
 */
import type { Check, CheckExample, CheckOutcome } from 'rehearse';
import { digest, foldForCollation, insertInBatches, scratchStore, textOf } from './check-support.ts';

export interface DuplicateRowsOptions {
  readonly id: string;
  readonly table: string;
  /** The columns that identify a person or user. */
  readonly columns: readonly string[];
  /** What a row is, for messages: "person", "user". */
  readonly noun: string;
}

export function duplicateRows(options: DuplicateRowsOptions): Check {
  return {
    id: options.id,
    kind: 'sahana-duplicate-rows',
    severity: 'blocking',
    describe: () => `no ${options.noun} twice in ${options.table} (same ${options.columns.join(', ')}, case and accents folded)`,
    async run({ source, maxExamples }): Promise<CheckOutcome> {
      using store = scratchStore('duplicates');
      store.exec('CREATE TABLE r (k TEXT, id INTEGER)');
      const add = store.prepare('INSERT INTO r VALUES (?, ?)');
      const q = (name: string): string => source.dialect.quoteIdentifier(name);
      const rows = await insertInBatches(store, source.stream(`SELECT ${q('id')} AS id, ${options.columns.map(q).join(', ')} FROM ${q(options.table)}`), (row) => {
        const key = options.columns.map((c) => foldForCollation((textOf(row[c]) ?? '').trim()));
        add.run(JSON.stringify(key), Number(textOf(row.id)));
      });
      const groups = store.prepare('SELECT k, GROUP_CONCAT(id) AS ids, COUNT(*) AS n FROM (SELECT k, id FROM r ORDER BY id) GROUP BY k HAVING COUNT(*) > 1 ORDER BY MIN(id)').all<{ k: string; ids: string; n: number }>();
      const examples: CheckExample[] = groups.slice(0, maxExamples).map((g) => ({
        subject: `${options.table} ids ${g.ids.split(',').join(', ')}`,
        detail: `${g.n} rows with the same ${options.columns.join(', ')} (${digest(g.k)}): the same ${options.noun} registered ${g.n} times`,
      }));
      const extra = groups.reduce((sum, g) => sum + g.n - 1, 0);
      return {
        status: groups.length > 0 ? 'failed' : 'passed',
        summary: groups.length > 0 ? `${groups.length} ${options.noun}(s) registered more than once (${extra} extra rows in ${options.table})` : `${rows} rows of ${options.table}, no ${options.noun} twice`,
        examples,
        metrics: { rows, duplicateGroups: groups.length, extraRows: extra },
      };
    },
  };
}
