/**
 * Small helpers shared by the Sahana checks: a throwaway SQLite store for groupings larger than memory,
 * the text of a value read from either side, folding for comparisons and digests for personal data.
 */
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openScratchDatabase, removeAccents, type ScratchDatabase, type SqlValue } from 'rehearse';

/** A scratch database in its own temporary folder, removed on dispose. */
export function scratchStore(name: string): ScratchDatabase & Disposable {
  const dir = mkdtempSync(join(tmpdir(), `rehearse-sahana-${name}-`));
  const db = openScratchDatabase(join(dir, `${name}.db`), { fast: true });
  return Object.assign(db, {
    [Symbol.dispose]() {
      db.close();
      rmSync(dir, { recursive: true, force: true });
    },
  });
}

/** A value as text (integers from SQLite arrive as bigint), or null. */
export function textOf(value: SqlValue | undefined): string | null {
  if (value === null || value === undefined) return null;
  if (Buffer.isBuffer(value)) return value.toString('utf8');
  if (value instanceof Date) return value.toISOString();
  return String(value);
}

/** Case, accents and trailing spaces folded away: the candidates for equality under a `_ci` PAD SPACE
 * collation (the server confirms them). */
export function foldForCollation(text: string): string {
  return removeAccents(text.normalize('NFC')).toLowerCase().replace(/ +$/, '');
}

/** Shown instead of personal data: a short sha256 digest. */
export function digest(text: string | null): string {
  return text === null ? 'NULL' : `sha256:${createHash('sha256').update(text).digest('hex').slice(0, 12)}`;
}

/** Personal columns by name (e-mails, names, phones, birth dates): shown only as digests. */
export function isPersonal(column: string): boolean {
  return /e-?mail|name$|phone|birth|password/i.test(column) && !/^(name|role)$/i.test(column);
}

/** Runs `insert` over `rows` in transactions of 1000 rows, for streamed rows. */
export async function insertInBatches<T>(db: ScratchDatabase, rows: AsyncIterable<T>, insert: (row: T) => void): Promise<number> {
  const flush = db.transaction((batch: T[]) => batch.forEach(insert));
  let batch: T[] = [];
  let count = 0;
  for await (const row of rows) {
    batch.push(row);
    count++;
    if (batch.length === 1000) {
      flush(batch);
      batch = [];
    }
  }
  flush(batch);
  return count;
}
