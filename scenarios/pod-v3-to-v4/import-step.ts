/**
 * Step 2 of seed 002: `python manage.py import_data_from_v3_to_v4`, run on the v4 side (research notes
 * §8.5). The exported file is read back table by table, in its order. An ordinary table that fails is
 * reported as upstream does (" - The table X has not been processed. Error: …") and the loop goes on, so
 * the table stays emptied or partly filled, for the checks to find. A synthetic tag table gets the
 * tagulous conversion. Messages are kept in WORKDIR/data_from_v3_to_v4/import.log and in the step output.
 */
import { createWriteStream } from 'node:fs';
import { join } from 'node:path';
import { BadInputError, task, type Step, type StepContext, type StepOutput } from 'rehearse';
import { EXPORT_DIR, exportedJsonPath } from './export-paths.ts';
import { readExportedJson } from './exported-json-reader.ts';
import { isSyntheticTagTable, type SyntheticTagTable } from './exported-tables.ts';
import { setForeignKeyChecks, TableImport } from './import-table.ts';
import { TagulousConversion } from './tagulous-conversion.ts';

export function importStep(): Step {
  return task({
    id: 'import',
    description: 'import_data_from_v3_to_v4: v3_exported_tables.json into the v4 tables, tags converted to tagulous',
    run: importIntoV4,
  });
}

type Handler = { add(row: Record<string, unknown>): Promise<void>; end(rows: number): Promise<void> };

async function importIntoV4(context: StepContext): Promise<StepOutput> {
  const file = exportedJsonPath(context.workdir);
  const log = createWriteStream(join(context.workdir, EXPORT_DIR, 'import.log'));
  const messages: string[] = [];
  const say = (line: string) => {
    log.write(`${line}\n`);
    if (messages.length < 20) messages.push(line);
  };
  let rows = 0;
  let failedTables = 0;
  let handler: Handler | undefined;
  try {
    for await (const event of readExportedJson(file)) {
      context.signal.throwIfAborted();
      if (event.type === 'table') handler = await openTable(context, event.name, say, () => failedTables++);
      else if (event.type === 'row') {
        rows++;
        await handler?.add(event.row);
      } else {
        await handler?.end(event.rows);
        handler = undefined;
        context.progress(`imported ${event.name} (${rows.toLocaleString('en')} rows read)`);
      }
    }
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
      throw new BadInputError(`${file} does not exist: run the export step first (export_data_from_v3_to_v4)`, { cause: error });
    }
    throw error;
  } finally {
    log.end();
  }
  const summary = failedTables ? `${failedTables} tables not processed` : 'all tables processed';
  return { rows, output: [`${rows} rows read from ${file}; ${summary}`, ...messages].join('\n') };
}

/** Starts one table; a failure to start or to insert marks the table not processed and skips its rows. */
async function openTable(context: StepContext, table: string, say: (line: string) => void, failed: () => void): Promise<Handler> {
  const skip: Handler = { add: async () => undefined, end: async () => undefined };
  if (isSyntheticTagTable(table)) return openTagTable(context, table, say);
  const { target } = context;
  const load = new TableImport(target, table);
  let broken = false;
  const fail = async (error: unknown) => {
    broken = true;
    failed();
    say(` - The table ${table} has not been processed. Error: ${(error as Error).message}`);
    await setForeignKeyChecks(target, true);
  };
  try {
    await setForeignKeyChecks(target, false);
    await load.begin();
  } catch (error) {
    await fail(error);
    return skip;
  }
  return {
    add: async (row) => {
      if (broken) return;
      await load.add(row).catch(fail);
    },
    end: async () => {
      if (broken) return;
      try {
        await load.flush();
      } catch (error) {
        await fail(error);
        return;
      }
      await setForeignKeyChecks(target, true);
      for (const note of load.notes) say(` - ${table}: ${note}`);
    },
  };
}

async function openTagTable(context: StepContext, table: SyntheticTagTable, say: (line: string) => void): Promise<Handler> {
  const conversion = new TagulousConversion(context.target, table);
  if (!(await conversion.available())) {
    say(` - ${table}: no tagulous tables for it in the v4 database; skipped`);
    return { add: async () => undefined, end: async () => undefined };
  }
  await conversion.deleteOld();
  const started = performance.now();
  return {
    add: (row) => conversion.convert(row),
    end: async (rows) => {
      await conversion.finish();
      say(` - ${table}: ${conversion.objects} of ${rows} objects tagged in ${((performance.now() - started) / 1000).toFixed(1)} s`);
      for (const problem of conversion.problems.slice(0, 10)) say(`   ${problem}`);
      if (conversion.problems.length > 10) say(`   … ${conversion.problems.length - 10} more`);
    },
  };
}
