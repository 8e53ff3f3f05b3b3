/**
 * Where media paths come from and how they are shown. A path source is either a column
 * (`{ table, column, key }`, read as `key → path`) or a query returning `(ref_id, path, …)`.
 */
import { createHash } from 'node:crypto';
import type { Connection, Row, SqlValue } from '../../engine/engine.ts';

export interface PathColumn {
  readonly table: string;
  /** The column holding the path relative to MEDIA_ROOT, e.g. `video`. */
  readonly column: string;
  /** The column identifying the row on both sides, e.g. `id`. */
  readonly key: string;
}

export interface PathQuery {
  /** Returns `(ref_id, path)` as its first two columns (or columns named so), plus any columns a
   * `rewrite` needs, e.g. the owner's hashkey. */
  readonly sql: string;
  readonly params?: readonly unknown[];
}

export type PathSource = PathColumn | PathQuery;

export interface PathRow {
  readonly refId: string;
  readonly path: string;
  readonly row: Row;
}

function text(value: SqlValue | undefined): string | undefined {
  if (value === null || value === undefined) return undefined;
  if (Buffer.isBuffer(value)) return value.toString('utf8');
  if (value instanceof Date) return value.toISOString();
  return String(value);
}

/** Trims and drops a leading "./"; Django stores an empty string for "no file", which reads as none. */
export function normalizeMediaPath(path: string | undefined): string | undefined {
  const trimmed = path?.trim().replace(/^(?:\.\/)+/, '');
  return trimmed ? trimmed : undefined;
}

/** Streams `(refId, path)` rows; rows without a file (NULL or '') are skipped. */
export async function* readPaths(connection: Connection, source: PathSource): AsyncGenerator<PathRow> {
  let sql: string;
  let params: readonly unknown[] | undefined;
  if ('sql' in source) {
    sql = source.sql;
    params = source.params;
  } else {
    const q = (name: string) => connection.dialect.quoteIdentifier(name);
    sql = `SELECT ${q(source.key)} AS ref_id, ${q(source.column)} AS path FROM ${q(source.table)} WHERE ${q(source.column)} IS NOT NULL`;
  }
  for await (const row of connection.stream(sql, params)) {
    const values = Object.values(row);
    const refId = text((row.ref_id ?? values[0]) as SqlValue);
    const path = normalizeMediaPath(text((row.path ?? values[1]) as SqlValue));
    if (refId === undefined || path === undefined) continue;
    yield { refId, path, row };
  }
}

/** `table.column` or `query` for messages. */
export function describePathSource(source: PathSource): string {
  return 'sql' in source ? 'query' : `${source.table}.${source.column}`;
}

/**
 * A path for the report. Directory segments between the first and the file name may carry personal data
 * (Pod v1 stores `videos/<username>/…`), so unless `reveal` is set they are replaced by a short digest:
 * equal segments still look equal, so a changed hashkey or owner directory stays visible.
 * `videos/jdupont/abc/cours.mp4` → `videos/<#1b2c3d>/<#9f8e7d>/cours.mp4`.
 */
export function renderPath(path: string, reveal: boolean): string {
  if (reveal) return JSON.stringify(path);
  const parts = path.split('/');
  if (parts.length <= 2) return JSON.stringify(path);
  const middle = parts.slice(1, -1).map((segment) =>
    segment === '' ? '' : `<#${createHash('sha256').update(segment).digest('hex').slice(0, 6)}>`,
  );
  return JSON.stringify([parts[0], ...middle, parts.at(-1)].join('/'));
}
