/**
 * How the export writes a value into `v3_exported_tables.json` (research notes §8.4): Python's
 * `json.dump` of what the driver returned, after the script's own conversion of dates. Datetimes become
 * `YYYY-MM-DD HH:MM:SS`, so microseconds and the time zone are dropped (checks compare datetimes to the
 * second); dates `YYYY-MM-DD`; times `HH:MM:SS`; integers stay JSON numbers (the harness drivers hand
 * big integers over as strings, which are written back as numbers); MariaDB booleans are tinyint 0/1.
 */
import { BadInputError, type SqlValue } from 'rehearse';
import type { ExportColumn } from './v3-catalog.ts';

export const VALUE_KINDS = ['integer', 'decimal', 'date', 'datetime', 'time', 'other'] as const;
type ValueKind = (typeof VALUE_KINDS)[number];

/** Classifies a declared type ("bigint(20) unsigned", "timestamp with time zone", "date"). */
export function valueKind(type: string): ValueKind {
  if (/^(tiny|small|medium|big)?int|^integer|^(big|small)?serial/.test(type)) return 'integer';
  if (/^(decimal|numeric|double|float|real)/.test(type)) return 'decimal';
  if (type === 'date') return 'date';
  if (/^(datetime|timestamp)/.test(type)) return 'datetime';
  if (/^time/.test(type)) return 'time';
  return 'other';
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** UTC wall time: both harness connections run their sessions in UTC, as Django does (USE_TZ). */
function formatDate(date: Date, kind: 'date' | 'datetime'): string {
  const day = `${pad(date.getUTCFullYear(), 4)}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
  return kind === 'date' ? day : `${day} ${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())}:${pad(date.getUTCSeconds())}`;
}

/** One value as JSON text. */
export function jsonValue(value: SqlValue | undefined, kind: ValueKind, where: string): string {
  if (value === null || value === undefined) return 'null';
  // The common cases first: they end in the last line anyway, after checks that cannot match them.
  if (typeof value === 'number' || (typeof value === 'string' && kind === 'other')) return JSON.stringify(value);
  if (value instanceof Date) return JSON.stringify(formatDate(value, kind === 'date' ? 'date' : 'datetime'));
  if (Buffer.isBuffer(value)) {
    throw new BadInputError(`${where}: binary value; Python's json.dump cannot write bytes either, so the v3 export fails on this column. Exclude or convert it before the export`);
  }
  if (typeof value === 'bigint') return value.toString();
  if ((kind === 'integer' || kind === 'decimal') && typeof value === 'string' && /^-?\d+(\.\d+)?$/.test(value)) return value;
  if (kind === 'time' && typeof value === 'string') return JSON.stringify(value.slice(0, 8));
  return JSON.stringify(value);
}

/** A function writing a row of `table` as one line of JSON, columns in table order (Python's `dict(zip(columns, row))`). */
export function jsonRowWriter(columns: readonly ExportColumn[], table: string): (row: Readonly<Record<string, SqlValue>>) => string {
  // Made once per table, not once per value: the keys as JSON text, each column's kind and error context.
  const fields = columns.map((c) => ({ name: c.name, key: `${JSON.stringify(c.name)}: `, kind: valueKind(c.type), where: `table ${table} column ${c.name}` }));
  return (row) => {
    let line = '{';
    for (let i = 0; i < fields.length; i++) {
      const field = fields[i]!;
      line += `${i > 0 ? ', ' : ''}${field.key}${jsonValue(row[field.name], field.kind, field.where)}`;
    }
    return `${line}}`;
  };
}
