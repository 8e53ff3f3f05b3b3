/**
 * `contents(...)`: every row of every table is equal on the target, or explained by a declaration.
 * Each side computes, in SQL, a row count and a sum of 60-bit hashes of every row's canonical text
 * (harness/engine/canonical-text.ts); differing tables are bisected on their integer key until the
 * segments are small, and only those rows are read and diffed. Options: contents-options.ts.
 */
import type { Check, CheckContext, CheckExample, CheckOutcome, Severity, TableOutcome } from '../check.ts';
import { parseCheckOptions } from '../check-options.ts';
import { compareTable } from './bisect.ts';
import type { ContentsOptions, ParsedContentsOptions } from './contents-options.ts';
import { CONTENTS_OPTIONS } from './contents-options.ts';
import { DifferingKeysFile, differingKeysPath } from './differing-keys-file.ts';
import { ProgressMeter } from './progress-meter.ts';
import type { RowDifference } from './row-diff.ts';
import { compareStreamedColumns } from './streamed-columns.ts';
import type { TablePlan } from './table-plan.ts';
import { planTables } from './table-plan.ts';
import { runBounded, TableTally } from './table-tally.ts';

class ContentsCheck implements Check {
  readonly kind = 'contents';
  readonly id: string;
  readonly severity: Severity;
  #options: ParsedContentsOptions;

  constructor(options: ParsedContentsOptions) {
    this.id = options.id ?? 'contents';
    this.severity = options.severity ?? 'blocking';
    this.#options = options;
  }

  describe(): string {
    const declared = Object.keys(this.#options.tables ?? {}).length;
    return `every row of every table equal in the target (checksums per key segment)${declared ? `, ${declared} tables declared` : ''}`;
  }

  async run(context: CheckContext): Promise<CheckOutcome> {
    for (const connection of [context.source, context.target]) {
      for (const statement of connection.dialect.canonical.sessionSetup()) await connection.execute(statement);
    }
    const plan = await planTables(this.id, this.#options, context.source, context.target);
    const meter = new ProgressMeter(plan.tables.length, context.progress);
    const tallies = await runBounded(plan.tables, this.#options.concurrency ?? 2, (table) => this.#compare(table, context, meter));
    meter.finish();
    return summarize(plan, tallies, context.maxExamples);
  }

  async #compare(table: TablePlan, context: CheckContext, meter: ProgressMeter): Promise<TableTally> {
    const tally = new TableTally(table);
    const keys = new DifferingKeysFile(differingKeysPath(context.workdir, table.source), table, this.#options.maxKeysPerTable ?? 100_000);
    const onDifference = (difference: RowDifference) => {
      tally.add(difference, context.maxExamples);
      keys.add(difference);
    };
    try {
      const counts = await compareTable(
        table,
        { connection: context.source, table: table.source, texts: table.columns.map((c) => c.sourceText!), integerKey: table.integerKey?.source },
        { connection: context.target, table: table.target, texts: table.columns.map((c) => c.targetText!), integerKey: table.integerKey?.target },
        {
          segmentRows: this.#options.segmentRows ?? 1000,
          maxRows: this.#options.maxMultisetRows ?? 2_000_000,
          signal: context.signal,
          onRows: (rows) => meter.rows(rows),
          onDifference,
        },
      );
      tally.counts = counts;
      if (table.streamed.length) {
        tally.streamed = await compareStreamedColumns(table, context.source, context.target, context.maxExamples, context.signal);
        tally.examples.push(...tally.streamed.examples);
      }
    } finally {
      await keys.close();
    }
    tally.keysFile = keys.written ? keys.path : undefined;
    meter.tableDone();
    return tally;
  }
}

function summarize(plan: Awaited<ReturnType<typeof planTables>>, tallies: readonly TableTally[], maxExamples: number): CheckOutcome {
  const examples: CheckExample[] = plan.problems.map((p) => ({ subject: p.subject, detail: p.detail }));
  const totals = { sourceRows: 0, targetRows: 0, identical: 0, modified: 0, removed: 0, added: 0, explained: 0, checksums: 0, segmentsRead: 0, streamedColumns: 0 };
  const failing: string[] = [];
  const notes: string[] = [];
  for (const tally of tallies) {
    totals.sourceRows += tally.counts?.sourceRows ?? 0;
    totals.targetRows += tally.counts?.targetRows ?? 0;
    totals.identical += tally.identical;
    totals.modified += tally.unexplained.modified;
    totals.removed += tally.unexplained.removed;
    totals.added += tally.unexplained.added;
    totals.explained += tally.explained;
    totals.checksums += tally.counts?.checksums ?? 0;
    totals.segmentsRead += tally.counts?.segmentsRead ?? 0;
    totals.streamedColumns += tally.plan.streamed.length;
    if (tally.failed) failing.push(tally.describe());
    examples.push(...tally.examples);
    notes.push(...tally.notes());
  }
  notes.push(...plan.tables.flatMap((t) => t.notes));
  if (plan.dropped.length) notes.push(`dropped on purpose: ${plan.dropped.join(', ')}`);
  notes.push(...plan.notes);
  const failed = failing.length > 0 || plan.problems.length > 0;
  const head = failed
    ? [
        failing.length ? `${failing.length} of ${tallies.length} tables differ: ${failing.slice(0, 3).join('; ')}${failing.length > 3 ? '; …' : ''}` : '',
        plan.problems.length ? `${plan.problems.length} tables or columns missing in target or undeclared: ${plan.problems.map((p) => p.subject).slice(0, 3).join(', ')}` : '',
      ].filter(Boolean)
    : [`${tallies.length} tables, ${totals.identical} rows identical${totals.explained ? `, ${totals.explained} declared differences explained` : ''}`];
  return {
    status: failed ? 'failed' : 'passed',
    summary: [...head, ...notes].join('; '),
    examples: failed ? examples.slice(0, maxExamples) : [],
    metrics: { tables: tallies.length, ...totals },
    tables: tallies.map(tableOutcome),
  };
}

function tableOutcome(tally: TableTally): TableOutcome {
  const { source, target } = tally.plan;
  const streamed = tally.streamed;
  return {
    table: source,
    ...(target.toLowerCase() === source.toLowerCase() ? {} : { target }),
    sourceRows: tally.counts?.sourceRows ?? 0,
    targetRows: tally.counts?.targetRows ?? 0,
    identical: tally.identical,
    modified: tally.unexplained.modified + (streamed?.changed ?? 0),
    removed: tally.unexplained.removed + (streamed?.missing ?? 0),
    added: tally.unexplained.added + (streamed?.extra ?? 0),
    explained: tally.explained,
    ok: !tally.failed,
  };
}

/** Compares every table's rows; see contents-options.ts for the declarations. */
export function contents(options: ContentsOptions = {}): Check {
  return new ContentsCheck(parseCheckOptions('contents', CONTENTS_OPTIONS, options));
}
