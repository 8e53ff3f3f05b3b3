/**
 * `db.import_from_csv_file(open('db.csv', 'r'), id_map={})` into the target, as pydal 1.20260520.0 does
 * it (pydal/base.py `DAL.import_from_csv_file`, pydal/objects.py `Table.import_from_csv_file`), with the
 * mapping dict the 2010 DAL passed by default:
 *
 * - the db-level loop reads lines, skips blank ones, stops at `END`, and raises SyntaxError("Invalid
 *   file format") on a line that is not `TABLE name`; the same line iterator feeds the table's csv reader,
 *   which reads the header (the `table.` prefix dropped) and then records until the first empty one;
 * - a record whose field count differs from the header's is skipped silently;
 * - the `id` column is not inserted: the row gets the next AUTO_INCREMENT id and `id_map[table][old] = new`;
 * - a `reference` value is looked up in id_map; a missing key keeps the old id (the KeyError is
 *   swallowed); a `list:reference` id is looked up the same way but a missing key raises KeyError;
 * - with a `uuid` column, a row whose uuid already exists (compared under the target's collation) is
 *   updated instead of inserted;
 * - pydal commits every 1000 records; the caller commits at the end.
 *
 * Where pydal raises, the import stops, rolls back what was not committed and says why in the journal.
 */
import { SqlStatementError, type Connection } from 'rehearse';
import { SAHANA_TABLES, type FieldSpec, type TableSpec } from '../model/sahana-model.ts';
import { NULL_TEXT, barDecodeIntegers, barEncode, type ImportValue } from './field-values.ts';
import type { ImportJournal, ImportStop, TableImportTally } from './import-journal.ts';
import { readCsvRecord } from './python-csv.ts';
import { openLines, type LineSource, type NewlineMode } from './python-lines.ts';

type IdMap = Map<string, Map<number, number>>;

/** Where pydal raises: the import stops there. */
class PydalError extends Error {
  constructor(readonly python: string, readonly csvId?: number) {
    super(python);
  }
}

const COMMIT_EVERY = 1000;

function parseInteger(text: string): number {
  const trimmed = text.trim();
  if (!/^[-+]?\d+$/.test(trimmed)) throw new PydalError(`ValueError: invalid literal for int() with base 10: '${text}'`);
  return Number(trimmed);
}

/** `fix(field, value, id_map, id_offset)` of Table.import_from_csv_file. */
function fix(field: FieldSpec, text: string, idMap: IdMap): ImportValue {
  if (text === NULL_TEXT) return null;
  switch (field.type) {
    case 'double':
      return text.trim() ? Number(text) : null;
    case 'integer':
      return text.trim() ? parseInteger(text) : null;
    case 'id':
      return parseInteger(text);
    case 'list:reference': {
      const map = idMap.get(field.references!);
      const ids = barDecodeIntegers(text).map((old) => {
        const mapped = map?.get(old);
        if (mapped === undefined) throw new PydalError(map ? `KeyError: ${old}` : `KeyError: '${field.references!}'`);
        return mapped;
      });
      return barEncode(ids);
    }
    case 'reference': {
      const old = parseInteger(text);
      return idMap.get(field.references!)?.get(old) ?? old;
    }
    case 'boolean':
      // The adapter's represent: T unless empty or starting with 0 or F.
      return text && !'0F'.includes(text.slice(0, 1).toUpperCase()) ? 'T' : 'F';
    default:
      return text;
  }
}

async function importTable(target: Connection, table: TableSpec, lines: LineSource, idMap: IdMap, tally: TableImportTally): Promise<void> {
  const q = (name: string): string => target.dialect.quoteIdentifier(name);
  const self = idMap.get(table.name) ?? new Map<number, number>();
  idMap.set(table.name, self);
  let colnames: string[] | undefined;
  let uniqueIdx = -1;
  for (let lineno = 0; ; lineno++) {
    const record = await readCsvRecord(lines);
    if (record === undefined || record.length === 0) return;
    if (!colnames) {
      colnames = record.map((name) => name.slice(name.indexOf('.') + 1));
      uniqueIdx = colnames.indexOf('uuid');
      continue;
    }
    if (record.length !== colnames.length) {
      tally.skipped++;
      continue;
    }
    const items = new Map(colnames.map((name, i) => [name, record[i]!]));
    const values = new Map<string, ImportValue>();
    let csvId: number | undefined;
    try {
      for (const field of table.fields) {
        const text = items.get(field.name);
        if (text === undefined) continue;
        const value = fix(field, text, idMap);
        if (field.type === 'id') csvId = value as number;
        else values.set(field.name, value);
      }
    } catch (error) {
      throw error instanceof PydalError ? new PydalError(error.python, csvId ?? Number(items.get('id'))) : error;
    }
    const names = [...values.keys()];
    try {
      let newId: number | undefined;
      // pydal tests `not unique_idx`, so a uuid in the first column would not count.
      if (uniqueIdx > 0) {
        const [found] = await target.query(`SELECT ${q('id')} AS id FROM ${q(table.name)} WHERE ${q('uuid')} = ?`, [record[uniqueIdx]]);
        if (found) {
          newId = Number(found.id);
          await target.execute(`UPDATE ${q(table.name)} SET ${names.map((n) => `${q(n)} = ?`).join(', ')} WHERE ${q('id')} = ?`, [...values.values(), newId]);
          tally.updated++;
        }
      }
      if (newId === undefined) {
        await target.execute(`INSERT INTO ${q(table.name)} (${names.map(q).join(', ')}) VALUES (${names.map(() => '?').join(', ')})`, [...values.values()]);
        const [row] = await target.query('SELECT LAST_INSERT_ID() AS id');
        newId = Number(row!.id);
        tally.inserted++;
      }
      if (csvId !== undefined) self.set(csvId, newId);
    } catch (error) {
      if (error instanceof SqlStatementError) throw new PydalError(`IntegrityError: (${error.code ?? '?'}, "${error.serverMessage}")`, csvId);
      throw error;
    }
    if (lineno % COMMIT_EVERY === COMMIT_EVERY - 1) {
      await target.execute('COMMIT');
      await target.execute('START TRANSACTION');
    }
  }
}

export interface ImportOptions {
  /** How the file is opened: `universal` is `open(f, 'r')`, `untranslated` is `open(f, 'r', newline='')`. */
  readonly newline: NewlineMode;
  readonly tables?: readonly TableSpec[];
  readonly onTable?: (table: string) => void;
}

/** Imports the whole-database CSV `file` into `target`; never throws for what pydal would raise. */
export async function importFromCsvFile(target: Connection, file: string, options: ImportOptions): Promise<ImportJournal> {
  const tables = options.tables ?? SAHANA_TABLES;
  const idMap: IdMap = new Map();
  const tallies: TableImportTally[] = [];
  await using lines = openLines(file, options.newline);
  let current: string | undefined;
  const finish = (completed: boolean, stopped?: ImportStop): ImportJournal => ({ file, newline: options.newline, completed, tables: tallies, stopped });
  await target.execute('START TRANSACTION');
  try {
    for (;;) {
      const raw = await lines.next();
      if (raw === undefined) break;
      const line = raw.trim();
      if (!line) continue;
      if (line === 'END') break;
      if (!line.startsWith('TABLE ')) throw new PydalError('SyntaxError: Invalid file format');
      const table = tables.find((t) => t.name === line.slice(6));
      if (!table) throw new PydalError(`SyntaxError: Unknown table : ${line.slice(6)}`);
      current = table.name;
      options.onTable?.(table.name);
      const tally: TableImportTally = { table: table.name, inserted: 0, updated: 0, skipped: 0 };
      tallies.push(tally);
      await importTable(target, table, lines, idMap, tally);
    }
    await target.execute('COMMIT');
    return finish(true);
  } catch (error) {
    if (!(error instanceof PydalError)) throw error;
    await target.execute('ROLLBACK');
    return finish(false, { table: current ?? '(none)', line: lines.lineNumber, csvId: error.csvId, error: error.python });
  }
}
