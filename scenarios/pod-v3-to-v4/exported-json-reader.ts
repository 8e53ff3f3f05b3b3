/**
 * Reads `v3_exported_tables.json` back as a stream of events (table start, row, table end), one line at
 * a time, so the import never holds a table in memory. It reads the layout {@link ExportedJsonWriter}
 * writes (one row object per line); any other layout is rejected with the line at fault rather than
 * misread.
 */
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { BadInputError } from 'rehearse';

export type ExportedRow = Record<string, unknown>;
export type ExportedJsonEvent =
  | { readonly type: 'table'; readonly name: string }
  | { readonly type: 'row'; readonly row: ExportedRow }
  | { readonly type: 'end-table'; readonly name: string; readonly rows: number };

const TABLE_START = /^ {4}("(?:[^"\\]|\\.)+"): \[(\]?),?$/;
const TABLE_END = /^ {4}\],?$/;

/** JSON.parse loses digits past 2^53; refuse rather than import a wrong id. */
function reviver(key: string, value: unknown): unknown {
  if (typeof value === 'number' && Number.isInteger(value) && !Number.isSafeInteger(value)) {
    throw new Error(`column "${key}" holds ${value}, beyond 2^53: JavaScript cannot import it exactly`);
  }
  return value;
}

export async function* readExportedJson(file: string): AsyncGenerator<ExportedJsonEvent> {
  const lines = createInterface({ input: createReadStream(file, { encoding: 'utf8' }), crlfDelay: Infinity });
  let lineNo = 0;
  let table: string | undefined;
  let rows = 0;
  let closed = false;
  const fail = (what: string): never => {
    throw new BadInputError(`${file} line ${lineNo}: ${what}. Regenerate the file with the export step (it writes one row per line)`);
  };
  for await (const line of lines) {
    lineNo++;
    if (lineNo === 1) {
      if (line !== '{') fail('expected "{" opening the object of tables');
      continue;
    }
    if (table === undefined) {
      if (line === '}') {
        closed = true;
        continue;
      }
      if (line.trim() === '' && closed) continue;
      const start = TABLE_START.exec(line) ?? fail('expected `"table_name": [` starting a table');
      const name = JSON.parse(start[1]!) as string;
      yield { type: 'table', name };
      if (start[2] === ']') yield { type: 'end-table', name, rows: 0 };
      else {
        table = name;
        rows = 0;
      }
      continue;
    }
    if (TABLE_END.test(line)) {
      yield { type: 'end-table', name: table, rows };
      table = undefined;
      continue;
    }
    const text = line.trim().replace(/,$/, '');
    let row: unknown;
    try {
      row = JSON.parse(text, reviver);
    } catch (error) {
      fail(`table ${table}: ${(error as Error).message}`);
    }
    if (typeof row !== 'object' || row === null || Array.isArray(row)) fail(`table ${table}: a row must be a JSON object`);
    rows++;
    yield { type: 'row', row: row as ExportedRow };
  }
  if (!closed) fail('the file ends before the closing "}" (was the export interrupted?)');
}
