/**
 * The plan's "Remove reference Tables from CSV file (don't want to import duplicates!)": a step that
 * deletes the `TABLE name` blocks of the given tables from the exported CSV, as an admin did in a text
 * editor, for tables the new installation's first run had already filled. Streams the file: a block
 * ends at the first empty line outside a quoted value, as pydal's reader ends it.
 */
import { createWriteStream, renameSync } from 'node:fs';
import { once } from 'node:events';
import { join } from 'node:path';
import { task, type Step } from 'rehearse';
import { readCsvRecord } from '../web2py/python-csv.ts';
import { openLines } from '../web2py/python-lines.ts';
import { CSV_FILE } from './sahana-steps.ts';

/** Copies `file` without the blocks of `tables`; returns how many blocks were removed. */
export async function removeCsvTables(file: string, tables: readonly string[]): Promise<number> {
  const temporary = `${file}.edited`;
  const out = createWriteStream(temporary, { encoding: 'utf8' });
  let removed = 0;
  {
    await using lines = openLines(file, 'untranslated');
    for (;;) {
      const line = await lines.next();
      if (line === undefined) break;
      const name = line.trim().startsWith('TABLE ') ? line.trim().slice(6) : undefined;
      if (name === undefined || !tables.includes(name)) {
        if (!out.write(line)) await once(out, 'drain');
        continue;
      }
      removed++;
      // Skip the header and records up to the empty line that ends the block, and the second empty line.
      for (;;) {
        const record = await readCsvRecord(lines);
        if (record === undefined || record.length === 0) break;
      }
      await lines.next();
    }
  }
  out.end();
  await once(out, 'close');
  renameSync(temporary, file);
  return removed;
}

export function removeCsvTablesStep(tables: readonly string[]): Step {
  return task({
    id: 'remove-reference-tables',
    description: `remove the blocks of ${tables.join(', ')} from ${CSV_FILE} (reference tables filled by the first run)`,
    async run({ workdir }) {
      const removed = await removeCsvTables(join(workdir, CSV_FILE), tables);
      return { output: `${removed} table block(s) removed: ${tables.join(', ')}` };
    },
  });
}
