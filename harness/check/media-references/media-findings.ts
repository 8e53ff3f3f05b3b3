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

// Every finding is one pass materialized into a small table (empty when the migration is sound), which
// its count and examples then read. Each pass walks a covering index in order (INDEXED BY, so that the
// plan does not depend on statistics) and looks up the other side in an index of the same order: lookups
// land next to each other, in cached pages, and the cost stays linear in the number of rows.

/** Source references with no target row of the same ref, ref_id and path. */
const UNMATCHED = `
  SELECT e.ref, e.ref_id, e.path, NULL AS actual_path FROM expected e INDEXED BY expected_path
  WHERE NOT EXISTS (SELECT 1 FROM actual a INDEXED BY actual_path WHERE a.path = e.path AND a.ref = e.ref AND a.ref_id = e.ref_id)`;

/**
 * The path the target holds instead, if any, for each unmatched reference: one scan of the target
 * references looking each up among the unmatched ones (few), rather than an index of every target
 * reference by id for the sake of those few. CROSS JOIN keeps `actual` the outer loop.
 */
const ACTUAL_PATHS = `
  CREATE INDEX unmatched_ref ON unmatched (ref, ref_id);
  UPDATE unmatched SET actual_path = m.actual_path FROM (
    SELECT u.rowid AS id, min(a.path) AS actual_path FROM actual a CROSS JOIN unmatched u INDEXED BY unmatched_ref
    WHERE u.ref = a.ref AND u.ref_id = a.ref_id GROUP BY u.rowid
  ) m WHERE unmatched.rowid = m.id`;

interface RefRow {
  ref: string;
  ref_id: string;
  path: string;
  actual_path?: string | null;
  source_sha?: string;
  target_sha?: string;
}

/** Source references with no target row (lost) or whose target row holds another path (changed). */
export function unmatchedReferences(spill: SqliteSpill, limit: number, reveal: boolean): Record<'lost' | 'changed', FindingResult> {
  const show = (p: string) => renderPath(p, reveal);
  spill.exec(`DROP TABLE IF EXISTS unmatched; CREATE TABLE unmatched AS ${UNMATCHED}`);
  if (spill.count('SELECT COUNT(*) FROM unmatched') > 0) spill.exec(ACTUAL_PATHS);
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
  spill.exec(`DROP TABLE IF EXISTS missing; CREATE TABLE missing AS
    SELECT a.ref, a.ref_id, a.path FROM actual a INDEXED BY actual_path
    WHERE NOT EXISTS (SELECT 1 FROM files f INDEXED BY files_path WHERE f.path = a.path)`);
  const rows = spill.all<RefRow>('SELECT ref, ref_id, path FROM missing ORDER BY ref, ref_id LIMIT ?', limit);
  return {
    count: spill.count('SELECT COUNT(*) FROM missing'),
    examples: rows.map((r) => ({
      subject: `${r.ref}, id ${r.ref_id}`,
      detail: `file ${renderPath(r.path, reveal)} is not in the ${catalogue}`,
    })),
  };
}

/**
 * Matched references whose file content differs between the source and target catalogues, counted once
 * per reference. A path a catalogue lists twice with two checksums differs if any of its checksums on
 * one side differs from any on the other: an ambiguous catalogue never hides a change. Two passes, each
 * in the order of the index it looks up: target checksums by target path, then source checksums by
 * source path (a rewrite makes the two orders unrelated). The example shows one differing pair (with a
 * single min(), SQLite takes the bare target_sha from the same row).
 */
export function contentMismatches(spill: SqliteSpill, limit: number, reveal: boolean): FindingResult {
  spill.exec(`DROP TABLE IF EXISTS target_content; CREATE TABLE target_content AS
    SELECT e.rowid AS reference, e.source_path, f.sha256 AS target_sha
    FROM expected e INDEXED BY expected_path
    JOIN files f INDEXED BY files_path ON f.path = e.path
    WHERE f.sha256 IS NOT NULL
      AND EXISTS (SELECT 1 FROM actual a INDEXED BY actual_path WHERE a.path = e.path AND a.ref = e.ref AND a.ref_id = e.ref_id)
    ORDER BY e.source_path`);
  spill.exec(`DROP TABLE IF EXISTS mismatched; CREATE TABLE mismatched AS
    SELECT t.reference, min(s.sha256) AS source_sha, t.target_sha
    FROM target_content t
    JOIN source_files s INDEXED BY source_files_path ON s.path = t.source_path
    WHERE s.sha256 IS NOT NULL AND s.sha256 <> t.target_sha
    GROUP BY t.reference;
    DROP TABLE target_content`);
  const rows = spill.all<RefRow>(
    `SELECT e.ref, e.ref_id, e.path, m.source_sha, m.target_sha FROM mismatched m JOIN expected e ON e.rowid = m.reference
     ORDER BY e.ref, e.ref_id LIMIT ?`,
    limit,
  );
  return {
    count: spill.count('SELECT COUNT(*) FROM mismatched'),
    examples: rows.map((r) => ({
      subject: `${r.ref}, id ${r.ref_id}`,
      detail: `content of ${renderPath(r.path, reveal)} differs: source sha256 ${r.source_sha!.slice(0, 12)}…, target sha256 ${r.target_sha!.slice(0, 12)}…`,
    })),
  };
}

/** Catalogued files no target row refers to, each path once however often the catalogue lists it. */
export function orphanFiles(spill: SqliteSpill, limit: number, reveal: boolean): FindingResult {
  spill.exec(`DROP TABLE IF EXISTS orphans; CREATE TABLE orphans AS
    SELECT f.path, min(f.size) AS size FROM files f INDEXED BY files_path
    WHERE NOT EXISTS (SELECT 1 FROM actual a INDEXED BY actual_path WHERE a.path = f.path)
    GROUP BY f.path`);
  const rows = spill.all<{ path: string; size: number | null }>('SELECT path, size FROM orphans ORDER BY path LIMIT ?', limit);
  return {
    count: spill.count('SELECT COUNT(*) FROM orphans'),
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
