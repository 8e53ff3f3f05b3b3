/**
 * How pydal turns a field value into CSV text on export and back on import (pydal 1.20260520.0,
 * pydal/objects.py: `Rows.export_to_csv_file.none_exception` and `Table.import_from_csv_file.fix`,
 * pydal/helpers/methods.py: `bar_encode`, `bar_decode_integer`). Values arrive from the SQLite file
 * as stored there and are first read the way the DAL parses them for the field's type.
 */
import type { SqlValue } from 'rehearse';
import type { FieldSpec } from '../model/sahana-model.ts';

/** What pydal writes for None. */
export const NULL_TEXT = '<NULL>';

/** Python's repr of a float: shortest round-trip digits, `.0` on whole numbers. */
function pythonFloat(value: number): string {
  if (!Number.isFinite(value)) return value > 0 ? 'inf' : value < 0 ? '-inf' : 'nan';
  const text = String(value);
  return /[.e]/.test(text) ? text.replace(/e([+-])(\d)$/, 'e$10$2') : `${text}.0`;
}

/** `|1|14|` → [1, 14], as bar_decode_integer reads it (empty items are skipped). */
export function barDecodeIntegers(text: string): number[] {
  return text.split('|').filter((item) => item.trim() !== '').map((item) => {
    const n = Number(item.trim());
    if (!Number.isInteger(n)) throw new Error(`invalid literal for int() with base 10: '${item}'`);
    return n;
  });
}

/** [1, 14] → `|1|14|` (bar_encode; integers need no escaping). */
export function barEncode(items: readonly (number | bigint)[]): string {
  return `|${items.map(String).join('|')}|`;
}

/** The CSV text of one stored value of `field`, as the export writes it. */
export function exportText(field: FieldSpec, value: SqlValue): string {
  if (value === null) return NULL_TEXT;
  switch (field.type) {
    case 'id':
    case 'integer':
    case 'reference':
      return String(typeof value === 'string' ? BigInt(value) : value);
    case 'double':
      return pythonFloat(Number(value));
    case 'boolean':
      // The DAL reads CHAR(1) T/F as True/False; csv writes str(True).
      return String(value).slice(0, 1).toUpperCase() === 'T' ? 'True' : 'False';
    case 'date':
    case 'datetime':
      // none_exception: value.isoformat()[:19].replace('T', ' '): fractions of a second are dropped.
      return (value instanceof Date ? value.toISOString() : String(value)).replace('T', ' ').slice(0, 19);
    case 'list:reference':
      return barEncode(barDecodeIntegers(String(value)));
    default:
      return Buffer.isBuffer(value) ? value.toString('utf8') : String(value);
  }
}

/** A value to insert, or the id of a row to look up in id_map. */
export type ImportValue = string | number | null;

