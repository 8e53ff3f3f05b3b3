/**
 * Python's `csv` module in its default `excel` dialect, as pydal uses it (delimiter `,`, quote `"`,
 * QUOTE_MINIMAL, doubled quotes, CR LF row terminator, non-strict): the writer of
 * `Rows.export_to_csv_file` and the reader of `Table.import_from_csv_file`. Written after CPython's
 * Modules/_csv.c state machine (https://github.com/python/cpython/blob/3.11/Modules/_csv.c).
 */
import type { LineSource } from './python-lines.ts';

/** One CSV record as `csv.writer.writerow` writes it: a field is quoted when it holds `,`, `"`, CR or LF. */
export function csvRecord(fields: readonly string[]): string {
  const quoted = fields.map((f) => (/[",\r\n]/.test(f) ? `"${f.replace(/"/g, '""')}"` : f));
  // A record of one empty field is written as "" so that it is not read back as an empty line.
  if (fields.length === 1 && fields[0] === '') return '""\r\n';
  return `${quoted.join(',')}\r\n`;
}

type State = 'start-record' | 'start-field' | 'in-field' | 'in-quoted' | 'quote-in-quoted' | 'eat-newline';

/**
 * Reads the next record from the lines, as `next(csv.reader(file))` does: `[]` for an empty line,
 * `undefined` at the end of the file. A quoted field continues over as many lines as it spans, keeping
 * their line ends as the file object delivered them.
 */
export async function readCsvRecord(lines: LineSource): Promise<string[] | undefined> {
  const fields: string[] = [];
  let field = '';
  let state: State = 'start-record';
  for (;;) {
    const line = await lines.next();
    if (line === undefined) {
      if (state === 'start-record') return undefined;
      fields.push(field);
      return fields;
    }
    for (const c of line) {
      switch (state) {
        case 'start-record':
          if (c === '\n' || c === '\r') return [];
          state = 'start-field';
        // falls through: the character starts the first field
        case 'start-field':
          if (c === '\n' || c === '\r') {
            fields.push(field);
            state = 'eat-newline';
          } else if (c === '"') state = 'in-quoted';
          else if (c === ',') fields.push(field);
          else {
            field = c;
            state = 'in-field';
          }
          break;
        case 'in-field':
          if (c === '\n' || c === '\r') {
            fields.push(field);
            state = 'eat-newline';
          } else if (c === ',') {
            fields.push(field);
            field = '';
            state = 'start-field';
          } else field += c;
          break;
        case 'in-quoted':
          if (c === '"') state = 'quote-in-quoted';
          else field += c;
          break;
        case 'quote-in-quoted':
          if (c === '"') {
            field += '"';
            state = 'in-quoted';
          } else if (c === ',') {
            fields.push(field);
            field = '';
            state = 'start-field';
          } else if (c === '\n' || c === '\r') {
            fields.push(field);
            state = 'eat-newline';
          } else {
            field += c;
            state = 'in-field';
          }
          break;
        case 'eat-newline':
          break;
      }
    }
    if (state === 'eat-newline') return fields;
    if (state === 'in-field' || state === 'quote-in-quoted' || state === 'start-field') {
      // A last line without a line end: the record ends with the file.
      fields.push(field);
      return fields;
    }
  }
}
