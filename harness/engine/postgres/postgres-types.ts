/**
 * How values are read from PostgreSQL, set per client (pg's `types` option) and never globally, so that
 * other code in the process keeps pg's defaults. Only types whose JavaScript form is lossless keep a
 * parser: booleans, small integers, floats, bytea and timestamps. Everything else — int8, numeric
 * (arbitrary precision), json, arrays, intervals, money — stays the server's text, which is exact and fits
 * {@link SqlValue}. Type oids: https://github.com/postgres/postgres/blob/master/src/include/catalog/pg_type.dat
 */
import pg from 'pg';
import type { CustomTypesConfig } from 'pg';

const LOSSLESS = new Set([
  16, // bool
  17, // bytea → Buffer
  21, // int2
  23, // int4
  26, // oid
  700, // float4
  701, // float8
  1184, // timestamptz: the text carries its offset
]);
const TIMESTAMP = 1114;
const DATE = 1082;

/** `timestamp without time zone` and `date` are read as UTC (pg's default is the process's local time
 * zone), the same convention as the MariaDB connection's `timezone: 'Z'`. Values a Date cannot hold
 * (infinity, BC, years past 9999) stay text. */
function utc(text: string, suffix: string): Date | string {
  const date = new Date(`${text.replace(' ', 'T')}${suffix}`);
  return Number.isNaN(date.getTime()) ? text : date;
}

const identity = (text: string): string => text;

export const POSTGRES_TYPES: CustomTypesConfig = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary') => {
    if (format === 'binary') return pg.types.getTypeParser(oid, 'binary');
    if (LOSSLESS.has(oid)) return pg.types.getTypeParser(oid, 'text');
    if (oid === TIMESTAMP) return (text: string) => utc(text, 'Z');
    if (oid === DATE) return (text: string) => utc(text, 'T00:00:00Z');
    return identity;
  }) as CustomTypesConfig['getTypeParser'],
};
