/**
 * The comparisons of the `mediaReferences` check, as SQL over the spill database (lost and changed
 * references, missing files, content mismatches, orphans), plus the broken file foreign keys, which are
 * counted in the target database itself.
 */
import type { CheckExample } from '../check.ts';
import type { Connection } from '../../engine/engine.ts';
import type { SqliteSpill } from '../spill/sqlite-spill.ts';
import type { FileForeignKey } from './media-reference-options.ts';
import { renderPath } from './media-paths.ts';

export const MEDIA_FINDINGS = ['lost', 'changed', 'missingFiles', 'contentMismatch', 'brokenFileForeignKeys', 'orphanFiles'] as const;
export type MediaFinding = (typeof MEDIA_FINDINGS)[number];

export interface FindingResult {
  readonly count: number;
  readonly examples: CheckExample[];
}

const UNMATCHED = `
  SELECT e.ref, e.ref_id, e.path,
    (SELECT min(a.path) FROM actual a WHERE a.ref = e.ref AND a.ref_id = e.ref_id) AS actual_path
  FROM expected e
  WHERE NOT EXISTS (SELECT 1 FROM actual a WHERE a.ref = e.ref AND a.ref_id = e.ref_id AND a.path = e.path)`;

interface RefRow {
  ref: string;
  ref_id: string;
  path: string;
  actual_path?: string | null;
  source_sha?: string;
  target_sha?: string;
}

/**
 * Source references with no target row (lost) or whose target row holds another path (changed). The
 * matching query runs once, into a table of the unmatched references (few when the migration is sound),
 * which the counts and the examples then read.
 */
export function unmatchedReferences(spill: SqliteSpill, limit: number, reveal: boolean): Record<'lost' | 'changed', FindingResult> {
  const show = (p: string) => renderPath(p, reveal);
  spill.exec(`DROP TABLE IF EXISTS unmatched; CREATE TABLE unmatched AS ${UNMATCHED}`);
  const lost = spill.count('SELECT COUNT(*) FROM unmatched WHERE actual_path IS NULL');
  const changed = spill.count('SELECT COUNT(*) FROM unmatched WHERE actual_path IS NOT NULL');
  const lostRows = spill.all<RefRow>('SELECT * FROM unmatched WHERE actual_path IS NULL ORDER BY ref, ref_id LIMIT ?', limit);
  const changedRows = spill.all<RefRow>('SELECT * FROM unmatched WHERE actual_path IS NOT NULL ORDER BY ref, ref_id LIMIT ?', limit);
  return {
    lost: {
      count: lost,
      examples: lostRows.map((r) => ({
        subject: `${r.ref}, id ${r.ref_id}`,
        detail: `reference lost: the target should refer to ${show(r.path)} but has no such row`,
      })),
    },
    changed: {
      count: changed,
      examples: changedRows.map((r) => ({
        subject: `${r.ref}, id ${r.ref_id}`,
        detail: `path changed: expected ${show(r.path)}, target has ${show(r.actual_path!)}`,
      })),
    },
  };
}

/** Target references whose path is not in the catalogue the target can see. */
export function missingFiles(spill: SqliteSpill, limit: number, reveal: boolean, catalogue: string): FindingResult {
  const sql = `FROM actual a WHERE NOT EXISTS (SELECT 1 FROM files f WHERE f.path = a.path)`;
  const rows = spill.all<RefRow>(`SELECT a.ref, a.ref_id, a.path ${sql} ORDER BY a.ref, a.ref_id LIMIT ?`, limit);
  return {
    count: spill.count(`SELECT COUNT(*) ${sql}`),
    examples: rows.map((r) => ({
      subject: `${r.ref}, id ${r.ref_id}`,
      detail: `file ${renderPath(r.path, reveal)} is not in the ${catalogue}`,
    })),
  };
}

/** Matched references whose file content differs between the source and target catalogues. */
export function contentMismatches(spill: SqliteSpill, limit: number, reveal: boolean): FindingResult {
  const sql = `FROM expected e
    JOIN actual a ON a.ref = e.ref AND a.ref_id = e.ref_id AND a.path = e.path
    JOIN source_files s ON s.path = e.source_path
    JOIN files f ON f.path = e.path
    WHERE s.sha256 IS NOT NULL AND f.sha256 IS NOT NULL AND s.sha256 <> f.sha256`;
  const rows = spill.all<RefRow>(
    `SELECT e.ref, e.ref_id, e.path, s.sha256 AS source_sha, f.sha256 AS target_sha ${sql} ORDER BY e.ref, e.ref_id LIMIT ?`,
    limit,
  );
  return {
    count: spill.count(`SELECT COUNT(*) ${sql}`),
    examples: rows.map((r) => ({
      subject: `${r.ref}, id ${r.ref_id}`,
      detail: `content of ${renderPath(r.path, reveal)} differs: source sha256 ${r.source_sha!.slice(0, 12)}…, target sha256 ${r.target_sha!.slice(0, 12)}…`,
    })),
  };
}

/** Catalogued files no target row refers to. */
export function orphanFiles(spill: SqliteSpill, limit: number, reveal: boolean): FindingResult {
  const sql = `FROM files f WHERE NOT EXISTS (SELECT 1 FROM actual a WHERE a.path = f.path)`;
  const rows = spill.all<{ path: string; size: number | null }>(`SELECT f.path, f.size ${sql} ORDER BY f.path LIMIT ?`, limit);
  return {
    count: spill.count(`SELECT COUNT(*) ${sql}`),
    examples: rows.map((r) => ({
      subject: 'orphan file (warning)',
      detail: `${renderPath(r.path, reveal)}${r.size === null ? '' : ` (${r.size} bytes)`} is referenced by no target row`,
    })),
  };
}

/** Child rows whose non-null file id has no row in the file table, grouped by missing id. */
export async function brokenFileForeignKeys(target: Connection, fks: readonly FileForeignKey[], limit: number): Promise<FindingResult> {
  const q = (name: string) => target.dialect.quoteIdentifier(name);
  let count = 0;
  const examples: CheckExample[] = [];
  for (const fk of fks) {
    const key = fk.fileKey ?? 'id';
    const from = `FROM ${q(fk.table)} c WHERE c.${q(fk.column)} IS NOT NULL
      AND NOT EXISTS (SELECT 1 FROM ${q(fk.fileTable)} f WHERE f.${q(key)} = c.${q(fk.column)})`;
    const [row] = await target.query(`SELECT COUNT(*) AS n ${from}`);
    const n = Number(Object.values(row ?? {})[0] ?? 0);
    count += n;
    if (n === 0 || examples.length >= limit) continue;
    const missing = await target.query(
      `SELECT c.${q(fk.column)} AS missing_id, COUNT(*) AS n ${from} GROUP BY c.${q(fk.column)} ORDER BY c.${q(fk.column)} LIMIT ${limit - examples.length}`,
    );
    for (const m of missing) {
      examples.push({
        subject: `${fk.table}.${fk.column} = ${String(m.missing_id)}`,
        detail: `no ${fk.fileTable} row with ${key} ${String(m.missing_id)} (${String(m.n)} ${Number(m.n) === 1 ? 'row refers' : 'rows refer'} to it)`,
      });
    }
  }
  return { count, examples };
}
