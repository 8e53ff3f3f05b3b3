/**
 * Values that are distinct in the source but equal under the target's collation. SQLite compares with
 * BINARY (case- and accent-sensitive); MariaDB/MySQL `*_ci` collations are case- and accent-insensitive
 * and PAD SPACE ignores trailing spaces, so "Foo@x.org"/"foo@x.org" or "Medecins…"/"Médecins…" become
 * one key: a UNIQUE index rejects the second row (1062) or INSERT IGNORE drops it silently. That is the
 * Sahana SQLite → MySQL failure (research notes djnro-sahana.md, C1).
 * https://dev.mysql.com/doc/refman/8.0/en/charset-collation-names.html
 *
 * The key used here (lower case, accents stripped, trailing spaces ignored) approximates `utf8mb4_*_ci`;
 * collations differ in rarer equivalences (ß, ligatures), which are not modelled.
 */
import type { CheckExample } from '../check.ts';
import type { Connection, SqlValue } from '../../engine/engine.ts';
import { removeAccents } from '../../tagging/tag-library.ts';
import type { SqliteSpill } from '../spill/sqlite-spill.ts';

export interface CollisionColumn {
  readonly table: string;
  readonly column: string;
  /** @default 'source' */
  readonly side?: 'source' | 'target';
}

export function collationKey(value: string): string {
  return removeAccents(value).toLowerCase().replace(/ +$/, '');
}

/**
 * Shows only where colliding values differ: equal characters become '*', a differing space shows as
 * '␠' and a missing character as '∅'. "Foo@x.org"/"foo@x.org" → "F********"/"f********".
 */
export function maskToDifferences(values: readonly string[]): string[] {
  const chars = values.map((v) => Array.from(v));
  const width = Math.max(...chars.map((c) => c.length));
  const out = chars.map(() => '');
  for (let i = 0; i < width; i++) {
    const column = chars.map((c) => c[i]);
    const same = column.every((c) => c === column[0]);
    column.forEach((c, j) => {
      out[j] += same ? '*' : c === undefined ? '∅' : c === ' ' ? '␠' : c;
    });
  }
  return out.map((m) => (m.length > 60 ? `${m.slice(0, 60)}…` : m));
}

function text(value: SqlValue | undefined): string | undefined {
  if (value === null || value === undefined) return undefined;
  return Buffer.isBuffer(value) ? value.toString('utf8') : value instanceof Date ? value.toISOString() : String(value);
}

export interface CollisionResult {
  /** Groups of rows sharing one collation key. */
  readonly groups: number;
  /** Rows a unique key would reject (all but one per group). */
  readonly rows: number;
  readonly examples: CheckExample[];
}

/** Streams each column's values into the spill and groups them by collation key. */
export async function findCollisions(
  spill: SqliteSpill,
  connections: { source: Connection; target: Connection },
  columns: readonly CollisionColumn[],
  limit: number,
  reveal: boolean,
  signal: AbortSignal,
): Promise<CollisionResult> {
  spill.exec('CREATE TABLE collision_values (spec INTEGER NOT NULL, key TEXT NOT NULL, value TEXT NOT NULL)');
  for (const [index, spec] of columns.entries()) {
    const connection = connections[spec.side ?? 'source'];
    const q = (name: string) => connection.dialect.quoteIdentifier(name);
    const rows = connection.stream(`SELECT ${q(spec.column)} AS v FROM ${q(spec.table)} WHERE ${q(spec.column)} IS NOT NULL`);
    await spill.load('collision_values', ['spec', 'key', 'value'], rows, (row) => {
      const value = text(row.v);
      return value === undefined ? null : [index, collationKey(value), value];
    }, { signal });
  }
  spill.exec('CREATE INDEX collision_key ON collision_values (spec, key)');
  const grouped = `SELECT spec, key, COUNT(*) AS n FROM collision_values GROUP BY spec, key HAVING COUNT(*) > 1`;
  const totals = spill.get<{ groups: number; rows: number }>(`SELECT COUNT(*) AS groups, COALESCE(SUM(n - 1), 0) AS rows FROM (${grouped})`);
  const examples: CheckExample[] = [];
  for (const g of spill.all<{ spec: number; key: string; n: number }>(`${grouped} ORDER BY spec, key LIMIT ?`, limit)) {
    const spec = columns[g.spec]!;
    const variants = spill.all<{ value: string; n: number }>(
      'SELECT value, COUNT(*) AS n FROM collision_values WHERE spec = ? AND key = ? GROUP BY value ORDER BY value LIMIT 5',
      g.spec,
      g.key,
    );
    const shown = reveal ? variants.map((v) => v.value) : maskToDifferences(variants.map((v) => v.value));
    const list = variants.map((v, i) => `${JSON.stringify(shown[i])}${v.n > 1 ? ` ×${v.n}` : ''}`).join(', ');
    examples.push({
      subject: `${spec.table}.${spec.column} (${spec.side ?? 'source'})`,
      detail:
        variants.length === 1
          ? `value ${list} appears ${g.n} times: a unique key keeps one row`
          : `${g.n} rows with values ${list} are equal once lower-cased, accent-stripped and right-trimmed: a case-insensitive unique key keeps one`,
    });
  }
  return { groups: Number(totals?.groups ?? 0), rows: Number(totals?.rows ?? 0), examples };
}
