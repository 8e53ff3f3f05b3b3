/**
 * The SQL of the content check, built from the dialect's canonical pieces: one aggregate per segment
 * (row count and the sum of a 60-bit hash of every row's canonical text — summed, so that two equal rows
 * never cancel as they would with XOR), the key bounds, and the canonical texts of a segment's rows.
 */
import type { Connection, SqlValue } from '../../engine/engine.ts';
import { canonicalDecimal } from '../normalize-value.ts';

/** One side of a compared table: where to read and the canonical text SQL of each compared column. */
export interface TableSide {
  readonly connection: Connection;
  readonly table: string;
  /** Canonical text expressions, key columns first. */
  readonly texts: readonly string[];
  /** The quoted integer key column, when the key range is segmented. */
  readonly integerKey?: string;
}

/** A half-open range of integer keys, [from, to). */
export interface KeyRange {
  readonly from: bigint;
  readonly to: bigint;
}

export interface Checksum {
  readonly rows: number;
  /** Decimal text of the sum of row hashes ('0' for no rows). */
  readonly sum: string;
}

function where(side: TableSide, range: KeyRange | undefined): string {
  if (!range || !side.integerKey) return '';
  return ` WHERE ${side.integerKey} >= ${range.from} AND ${side.integerKey} < ${range.to}`;
}

/** The two aggregates of a checksum: the row count and the exact sum of the rows' hashes. */
export function checksumTerms(side: TableSide): { readonly count: string; readonly sum: string } {
  const c = side.connection.dialect.canonical;
  const row = c.concat(side.texts.map((t) => c.field(t)));
  return { count: 'COUNT(*)', sum: c.sum(c.hash(row)) };
}

/** `SELECT COUNT(*), SUM(hash(row text)) FROM table [WHERE key in range]`. */
export function checksumSql(side: TableSide, range?: KeyRange): string {
  const { count, sum } = checksumTerms(side);
  return `SELECT ${count} AS n, ${sum} AS h FROM ${side.connection.dialect.quoteIdentifier(side.table)}${where(side, range)}`;
}

/** The canonical texts of the rows of a segment, as columns c0, c1, … in plan order. */
export function rowsSql(side: TableSide, range?: KeyRange): string {
  const columns = side.texts.map((t, i) => `${t} AS c${i}`).join(', ');
  return `SELECT ${columns} FROM ${side.connection.dialect.quoteIdentifier(side.table)}${where(side, range)}`;
}

/** Runs {@link checksumSql} and reads the answer in one shape whatever the driver returns. */
export async function checksum(side: TableSide, range?: KeyRange): Promise<Checksum> {
  const [row] = await side.connection.query(checksumSql(side, range));
  return readChecksum(Object.values(row ?? {}));
}

/** A checksum from the count and sum columns of an answer row, in one shape whatever the driver returns. */
export function readChecksum(values: readonly unknown[]): Checksum {
  const rows = Number(values[0] ?? 0);
  const raw = values[1];
  const sum = raw === null || raw === undefined ? '0' : (canonicalDecimal(typeof raw === 'string' || typeof raw === 'bigint' || typeof raw === 'number' ? raw : String(raw)) ?? String(raw));
  return { rows, sum };
}

/** The smallest and largest integer key of a side, or undefined for an empty table. */
export async function keyBounds(side: TableSide): Promise<KeyRange | undefined> {
  const q = side.connection.dialect.quoteIdentifier(side.table);
  const [row] = await side.connection.query(`SELECT MIN(${side.integerKey}) AS lo, MAX(${side.integerKey}) AS hi FROM ${q}`);
  const [lo, hi] = Object.values(row ?? {});
  if (lo === null || lo === undefined || hi === null || hi === undefined) return undefined;
  return { from: BigInt(String(lo)), to: BigInt(String(hi)) + 1n };
}

/** Reads a segment's canonical row texts as arrays, streaming. */
export function readRows(side: TableSide, range?: KeyRange): AsyncIterable<(string | null)[]> {
  return streamRows(side, rowsSql(side, range));
}

/** Streams the canonical row texts a {@link rowsSql}-shaped query answers, as arrays. */
export async function* streamRows(side: TableSide, sql: string): AsyncIterable<(string | null)[]> {
  for await (const row of side.connection.stream(sql)) {
    yield side.texts.map((_, i) => asText(row[`c${i}`] ?? null));
  }
}

function asText(value: SqlValue): string | null {
  if (value === null) return null;
  if (Buffer.isBuffer(value)) return value.toString('utf8');
  return String(value);
}
