/**
 * Value comparison across engines. The same datum arrives in different shapes depending on the engine and
 * the column type: a MariaDB DECIMAL(10,3) reads as "1.990" and a PostgreSQL NUMERIC as "1.99"; a
 * MariaDB TINYINT(1) as 1 and a PostgreSQL BOOLEAN as true; a DATETIME as a Date and a SQLite TEXT column
 * as "2024-01-02 10:00:00". Checks compare data, not representations, so equality here is decided by
 * value: decimal value, instant, bytes. Keys are also ordered here, for the sorted merge in
 * compare-rows.ts.
 */
import { createHash } from 'node:crypto';
import type { SqlValue } from '../engine/engine.ts';

export interface ValueOptions {
  /** Compare two strings that both look like plain decimals ("1.990", "-3") by decimal value, as drivers
   * return DECIMAL/NUMERIC/BIGINT as strings. Strings with leading zeros ("01234") are never numbers, so a
   * zip code that lost its leading zero is still reported. @default true */
  readonly numericStrings?: boolean;
  /** Ignore trailing spaces in strings, e.g. CHAR(n) padding that one engine keeps. @default false */
  readonly trimTrailingSpaces?: boolean;
}

/** How a plain decimal looks when a database driver writes it: no sign plus, no leading zeros, no exponent. */
const STRICT_DECIMAL = /^-?(?:0|[1-9]\d*)(?:\.\d+)?$/;
const ANY_NUMBER = /^([+-]?)(\d*)(?:\.(\d*))?(?:[eE]([+-]?\d+))?$/;
/** ISO 8601 and SQL timestamp literals; without an offset the time is read as UTC. */
const TIMESTAMP =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?$/i;
const TRUE_TEXT = new Set(['1', 'true', 't']);
const FALSE_TEXT = new Set(['0', 'false', 'f']);

/**
 * The canonical text of a decimal number ("1.990" → "1.99", 1e21 → "1000000000000000000000", "-0" → "0"),
 * or undefined when the text is not a number. Non-finite numbers keep their JavaScript name.
 */
export function canonicalDecimal(value: string | number | bigint): string | undefined {
  if (typeof value === 'bigint') return value.toString();
  if (typeof value === 'number' && !Number.isFinite(value)) return String(value);
  const text = String(value);
  if (typeof value === 'string' && !STRICT_DECIMAL.test(text)) return undefined;
  const match = ANY_NUMBER.exec(text);
  if (!match) return undefined;
  const [, sign = '', int = '', frac = '', exp = '0'] = match;
  const shift = Number(exp);
  if ((int + frac).length === 0 || Math.abs(shift) > 400) return undefined;
  const digits = int + frac;
  let point = int.length + shift;
  let padded = digits;
  if (point <= 0) {
    padded = '0'.repeat(1 - point) + digits;
    point = 1;
  } else if (point > digits.length) {
    padded = digits + '0'.repeat(point - digits.length);
  }
  const whole = padded.slice(0, point).replace(/^0+(?=\d)/, '');
  const fraction = padded.slice(point).replace(/0+$/, '');
  const body = fraction ? `${whole}.${fraction}` : whole;
  return sign === '-' && /[1-9]/.test(body) ? `-${body}` : body;
}

/** Orders two canonical decimals (as returned by {@link canonicalDecimal}) without losing precision. */
export function compareDecimals(a: string, b: string): number {
  if (a === b) return 0;
  const special = (s: string) => (s === 'NaN' ? 2 : s === 'Infinity' ? 1 : s === '-Infinity' ? -1 : 0);
  if (special(a) || special(b)) return Math.sign(special(a) - special(b));
  const negA = a.startsWith('-');
  const negB = b.startsWith('-');
  if (negA !== negB) return negA ? -1 : 1;
  const [intA = '', fracA = ''] = (negA ? a.slice(1) : a).split('.');
  const [intB = '', fracB = ''] = (negB ? b.slice(1) : b).split('.');
  let order = intA.length - intB.length;
  if (order === 0) order = intA < intB ? -1 : intA > intB ? 1 : 0;
  if (order === 0) {
    const width = Math.max(fracA.length, fracB.length);
    const fa = fracA.padEnd(width, '0');
    const fb = fracB.padEnd(width, '0');
    order = fa < fb ? -1 : fa > fb ? 1 : 0;
  }
  return negA ? -Math.sign(order) : Math.sign(order);
}

/** Milliseconds since the epoch for a timestamp string, or undefined. Strings without an offset are UTC
 * (the harness reads and writes every database in UTC); precision beyond the millisecond is dropped. */
export function parseInstant(text: string): number | undefined {
  const m = TIMESTAMP.exec(text.trim());
  if (!m) return undefined;
  const [, y, mo, d, h = '0', mi = '0', s = '0', frac = '', zone] = m;
  const ms = Number(frac.padEnd(3, '0').slice(0, 3));
  let time = Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s), ms);
  if (zone && zone.toUpperCase() !== 'Z') {
    const sign = zone.startsWith('-') ? -1 : 1;
    const digits = zone.slice(1).replace(':', '');
    time -= sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2) || '0')) * 60_000;
  }
  return Number.isNaN(time) ? undefined : time;
}

function text(value: string, options: ValueOptions): string {
  return options.trimTrailingSpaces ? value.replace(/ +$/, '') : value;
}

function numberish(value: SqlValue): string | undefined {
  if (typeof value === 'number' || typeof value === 'bigint') return canonicalDecimal(value);
  if (typeof value === 'boolean') return value ? '1' : '0';
  return undefined;
}

function boolText(value: string): string | undefined {
  const lower = value.trim().toLowerCase();
  if (TRUE_TEXT.has(lower)) return '1';
  if (FALSE_TEXT.has(lower)) return '0';
  return undefined;
}

function bufferMatchesText(buffer: Buffer, value: string): boolean {
  if (buffer.toString('utf8') === value) return true;
  const hex = value.replace(/^(?:0x|\\x)/i, '').toLowerCase();
  return hex === buffer.toString('hex');
}

/**
 * True when two values read from different engines hold the same datum: numbers and numeric strings by
 * decimal value, Date and timestamp strings by instant, booleans against 0/1, Buffers by bytes (or against
 * the same text or its hex), strings exactly (trailing spaces ignored only when asked). NULL equals only
 * NULL.
 */
export function valuesEqual(a: SqlValue, b: SqlValue, options: ValueOptions = {}): boolean {
  if (a === null || b === null) return a === b;
  if (typeof a === 'string' && typeof b === 'string') {
    const ta = text(a, options);
    const tb = text(b, options);
    if (ta === tb) return true;
    if (options.numericStrings !== false) {
      const da = canonicalDecimal(ta);
      const db = da === undefined ? undefined : canonicalDecimal(tb);
      if (da !== undefined && db !== undefined) return da === db;
    }
    const ia = parseInstant(ta);
    return ia !== undefined && ia === parseInstant(tb);
  }
  if (a instanceof Date || b instanceof Date) {
    const ia = a instanceof Date ? a.getTime() : typeof a === 'string' ? parseInstant(a) : undefined;
    const ib = b instanceof Date ? b.getTime() : typeof b === 'string' ? parseInstant(b) : undefined;
    if (ia === undefined || ib === undefined) return false;
    return ia === ib || (Number.isNaN(ia) && Number.isNaN(ib));
  }
  if (Buffer.isBuffer(a) || Buffer.isBuffer(b)) {
    if (Buffer.isBuffer(a) && Buffer.isBuffer(b)) return a.equals(b);
    if (Buffer.isBuffer(a) && typeof b === 'string') return bufferMatchesText(a, b);
    if (Buffer.isBuffer(b) && typeof a === 'string') return bufferMatchesText(b, a);
    return false;
  }
  const na = numberish(a);
  const nb = numberish(b);
  if (na !== undefined && nb !== undefined) return na === nb;
  const [num, str] = na !== undefined ? [na, b] : [nb, a];
  if (num === undefined || typeof str !== 'string') return false;
  const asBool = typeof a === 'boolean' || typeof b === 'boolean' ? boolText(str) : undefined;
  return (asBool ?? canonicalDecimal(text(str, options))) === num;
}

/**
 * True when two values are equal, or both numbers within `relative` of each other: |a − b| ≤ relative ×
 * max(|a|, |b|). For floating-point columns whose engines keep different precisions (MariaDB FLOAT has
 * 24 bits of mantissa, a PostgreSQL double 53): a declared tolerance, never a default.
 */
export function valuesClose(a: SqlValue, b: SqlValue, relative: number, options: ValueOptions = {}): boolean {
  if (valuesEqual(a, b, options)) return true;
  if (!(relative > 0)) return false;
  const x = asFinite(a);
  const y = asFinite(b);
  if (x === undefined || y === undefined) return false;
  return Math.abs(x - y) <= relative * Math.max(Math.abs(x), Math.abs(y));
}

function asFinite(value: SqlValue): number | undefined {
  const text = typeof value === 'number' || typeof value === 'bigint' ? String(value) : typeof value === 'string' ? value.trim() : undefined;
  if (text === undefined || !ANY_NUMBER.test(text) || !/\d/.test(text)) return undefined;
  const number = Number(text);
  return Number.isFinite(number) ? number : undefined;
}

/** Orders strings by code point, as PostgreSQL's "C" collation and MariaDB's utf8mb4_bin do on UTF-8. */
export function compareCodePoints(a: string, b: string): number {
  if (a === b) return 0;
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    let x = a.charCodeAt(i);
    let y = b.charCodeAt(i);
    if (x === y) continue;
    // UTF-16 puts surrogates (U+10000 and up) before U+E000..U+FFFF; move them after to get code point order.
    x += x >= 0xe000 ? -0x800 : x >= 0xd800 ? 0x2000 : 0;
    y += y >= 0xe000 ? -0x800 : y >= 0xd800 ? 0x2000 : 0;
    return x < y ? -1 : 1;
  }
  return a.length < b.length ? -1 : a.length > b.length ? 1 : 0;
}

function rank(value: SqlValue): number {
  if (value === null) return 0;
  if (typeof value === 'number' || typeof value === 'bigint' || typeof value === 'boolean') return 1;
  if (value instanceof Date) return 2;
  if (typeof value === 'string') return 3;
  return 4;
}

/**
 * Orders two key values the way a database orders them with a binary collation and NULLS FIRST: numbers
 * (and numeric strings, unless `numericStrings` is false) by value, dates by instant, other strings by code
 * point, bytes by byte. 0 means the keys are the same row.
 */
export function compareKeyValues(a: SqlValue, b: SqlValue, options: ValueOptions = {}): number {
  if (a === null || b === null) return a === b ? 0 : a === null ? -1 : 1;
  const na = numberish(a) ?? (typeof a === 'string' && numberish(b) !== undefined ? canonicalDecimal(a) : undefined);
  const nb = numberish(b) ?? (typeof b === 'string' && na !== undefined ? canonicalDecimal(b) : undefined);
  if (na !== undefined && nb !== undefined) return compareDecimals(na, nb);
  if (a instanceof Date || b instanceof Date) {
    const ia = a instanceof Date ? a.getTime() : typeof a === 'string' ? parseInstant(a) : undefined;
    const ib = b instanceof Date ? b.getTime() : typeof b === 'string' ? parseInstant(b) : undefined;
    if (ia !== undefined && ib !== undefined) return Math.sign(ia - ib);
  }
  if (typeof a === 'string' && typeof b === 'string') {
    const ta = text(a, options);
    const tb = text(b, options);
    // BIGINT and DECIMAL keys arrive as strings on both sides (drivers keep their precision that way):
    // order them by value, as the database did. Text keys that merely look numeric need numericStrings: false.
    if (options.numericStrings !== false) {
      const da = canonicalDecimal(ta);
      const db = da === undefined ? undefined : canonicalDecimal(tb);
      if (da !== undefined && db !== undefined) return compareDecimals(da, db);
    }
    return compareCodePoints(ta, tb);
  }
  if (Buffer.isBuffer(a) && Buffer.isBuffer(b)) return Buffer.compare(a, b);
  return Math.sign(rank(a) - rank(b));
}

/**
 * A canonical text such that values {@link valuesEqual} would call equal usually share it (numbers and
 * numeric strings by decimal value, Dates and timestamp strings by instant, booleans as 0/1); used to hash
 * rows when their order is unknown. Text against Buffer is the one equality it does not reproduce.
 */
export function canonicalValue(value: SqlValue, options: ValueOptions = {}): string {
  if (value === null) return 'null';
  if (value instanceof Date) return `t:${value.getTime()}`;
  if (Buffer.isBuffer(value)) return `b:${value.toString('hex')}`;
  if (typeof value !== 'string') return `n:${numberish(value)}`;
  const trimmed = text(value, options);
  const decimal = options.numericStrings === false ? undefined : canonicalDecimal(trimmed);
  if (decimal !== undefined) return `n:${decimal}`;
  const instant = parseInstant(trimmed);
  return instant === undefined ? `s:${trimmed}` : `t:${instant}`;
}

const MAX_TEXT = 300;
const MAX_BYTES = 48;

/** One-line rendering of a value for a report: strings JSON-quoted (trailing spaces and newlines show),
 * long values shortened, Buffers as hex, NULL as NULL. */
export function renderValue(value: SqlValue): string {
  if (value === null) return 'NULL';
  if (typeof value === 'string') {
    const shown = value.length > MAX_TEXT ? `${value.slice(0, MAX_TEXT)}…` : value;
    return JSON.stringify(shown) + (value.length > MAX_TEXT ? ` (${value.length} chars)` : '');
  }
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? 'Invalid Date' : value.toISOString();
  if (Buffer.isBuffer(value)) {
    const hex = value.subarray(0, MAX_BYTES).toString('hex');
    return `0x${hex}${value.length > MAX_BYTES ? `… (${value.length} bytes)` : ''}`;
  }
  return String(value);
}

/** A value replaced by a short digest, for columns holding personal data: equal values still look equal
 * in a report, but the datum is not shown. */
export function maskValue(value: SqlValue): string {
  if (value === null) return 'NULL';
  const bytes = Buffer.isBuffer(value) ? value : Buffer.from(typeof value === 'string' ? value : renderValue(value));
  return `<masked sha256:${createHash('sha256').update(bytes).digest('hex').slice(0, 10)}>`;
}
