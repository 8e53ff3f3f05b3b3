/**
 * The full list of differing keys of a table, streamed as JSON lines next to the report
 * (`<out>/contents-<table>.jsonl`), bounded per table so that a wholly different table cannot fill the disk.
 */
import { createWriteStream, type WriteStream } from 'node:fs';
import { dirname, join } from 'node:path';
import type { RowDifference } from './row-diff.ts';
import { showText } from './row-diff.ts';
import type { TablePlan } from './table-plan.ts';

/** The file a table's differing keys go to, for a run whose working directory is `workdir` (`<out>/work`). */
export function differingKeysPath(workdir: string, table: string): string {
  return join(dirname(workdir), `contents-${table.replace(/[^A-Za-z0-9_.-]/g, '_')}.jsonl`);
}

export class DifferingKeysFile {
  readonly path: string;
  written = 0;
  #stream: WriteStream | undefined;
  #plan: TablePlan;
  #limit: number;

  constructor(path: string, plan: TablePlan, limit: number) {
    this.path = path;
    this.#plan = plan;
    this.#limit = limit;
  }

  /** Writes one line; returns false once the bound is reached (the line is then not written). */
  add(difference: RowDifference): boolean {
    if (this.written >= this.#limit) return false;
    this.#stream ??= createWriteStream(this.path, { flags: 'w' });
    const plan = this.#plan;
    const key = Object.fromEntries(difference.key.map((text, i) => [plan.columns[i]!.name, plan.columns[i]!.masked ? showText(plan, i, text) : text]));
    const line = {
      table: plan.source,
      key,
      change: difference.change,
      ...(difference.columns.length ? { columns: difference.columns.map((i) => plan.columns[i]!.name) } : {}),
      ...(difference.count > 1 ? { count: difference.count } : {}),
      explained: difference.explained,
    };
    this.#stream.write(`${JSON.stringify(line)}\n`);
    this.written++;
    return true;
  }

  async close(): Promise<void> {
    const stream = this.#stream;
    if (!stream) return;
    await new Promise<void>((resolve, reject) => stream.end((error?: Error | null) => (error ? reject(error) : resolve())));
  }
}
