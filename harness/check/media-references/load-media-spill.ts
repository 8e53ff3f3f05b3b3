/**
 * Fills the temporary SQLite database of the `mediaReferences` check: expected target paths (source
 * paths after `rewrite`), actual target paths (reference columns and file tables) and the media
 * catalogues. Everything is streamed; nothing is held in memory beyond a batch.
 */
import type { CheckContext } from '../check.ts';
import { BadInputError, errorMessage } from '../../errors.ts';
import type { SqliteSpill } from '../spill/sqlite-spill.ts';
import type { MediaReferencesOptions } from './media-reference-options.ts';
import { describePathSource, normalizeMediaPath, readPaths } from './media-paths.ts';

/**
 * Plain heap tables, appended to in load order: a catalogue of a million files arrives in no useful
 * order, and inserting it into a keyed table would put each row at a random place of a B-tree larger
 * than the page cache (a read and a write per row, and a cost per row that grows with the size). The
 * indexes are built once after loading, by one sort each. A path listed twice in a catalogue stays twice:
 * the findings read catalogues through their indexes and decide what two entries of one path mean.
 */
export const MEDIA_SPILL_SCHEMA = `
CREATE TABLE expected (ref TEXT NOT NULL, ref_id TEXT NOT NULL, source_path TEXT NOT NULL, path TEXT NOT NULL);
CREATE TABLE actual (ref TEXT NOT NULL, ref_id TEXT NOT NULL, path TEXT NOT NULL);
CREATE TABLE files (path TEXT NOT NULL, size INTEGER, sha256 TEXT);
CREATE TABLE source_files (path TEXT NOT NULL, sha256 TEXT);
`;

/**
 * Covering indexes, all led by the path, so that each finding walks two of them side by side in the same
 * order and every lookup lands next to the previous one, in pages already cached.
 */
const INDEXES = `
CREATE INDEX expected_path ON expected (path, ref, ref_id, source_path);
CREATE INDEX actual_path ON actual (path, ref, ref_id);
CREATE INDEX files_path ON files (path, sha256, size);
CREATE INDEX source_files_path ON source_files (path, sha256);
`;

/** Loads references and catalogues; returns whether source checksums were loaded for comparison. */
export async function loadMediaSpill(
  spill: SqliteSpill,
  options: MediaReferencesOptions,
  context: CheckContext,
  checkId: string,
): Promise<{ compareContent: boolean }> {
  const { signal } = context;
  spill.exec(MEDIA_SPILL_SCHEMA);

  for (const spec of options.references) {
    await spill.load('actual', ['ref', 'ref_id', 'path'], readPaths(context.target, spec.target), (p) => [spec.name, p.refId, p.path], { signal });
    if (!spec.source) continue;
    const rewrite = spec.rewrite;
    await spill.load('expected', ['ref', 'ref_id', 'source_path', 'path'], readPaths(context.source, spec.source), (p) => {
      let path: string | undefined = p.path;
      if (rewrite) {
        try {
          path = normalizeMediaPath(rewrite(p.path, p.row) ?? undefined);
        } catch (cause) {
          throw new BadInputError(
            `check "${checkId}": rewrite of reference "${spec.name}" (${describePathSource(spec.source!)}) failed for ref_id ${p.refId}: ${errorMessage(cause)}`,
            { cause },
          );
        }
      }
      return path === undefined ? null : [spec.name, p.refId, p.path, path];
    }, { signal });
  }

  const fileTables = new Map<string, { table: string; key: string; column: string }>();
  for (const fk of options.fileForeignKeys ?? []) {
    const key = fk.fileKey ?? 'id';
    fileTables.set(`${fk.fileTable}.${fk.pathColumn}`, { table: fk.fileTable, key, column: fk.pathColumn });
  }
  for (const [name, source] of fileTables) {
    await spill.load('actual', ['ref', 'ref_id', 'path'], readPaths(context.target, source), (p) => [name, p.refId, p.path], { signal });
  }

  const targetFiles = options.targetFiles ?? 'target-manifest';
  const catalogue = targetFiles === 'target-manifest' ? context.media.target() : context.media.source();
  if (!catalogue) {
    throw new BadInputError(
      targetFiles === 'target-manifest'
        ? `check "${checkId}": no target media catalogue: no step wrote workdir/target-media.jsonl. Write one from a step, or set targetFiles: 'source-manifest' when the migration carries the files unchanged`
        : `check "${checkId}": the snapshot has no media manifest (media/manifest.jsonl), so file existence cannot be checked. Create the snapshot with its media`,
    );
  }
  await spill.load('files', ['path', 'size', 'sha256'], catalogue, (f) => {
    const path = normalizeMediaPath(f.path);
    return path === undefined ? null : [path, f.size, f.sha256 || null];
  }, { signal });

  let compareContent = false;
  if (targetFiles === 'target-manifest') {
    const sourceCatalogue = context.media.source();
    if (sourceCatalogue) {
      compareContent = true;
      await spill.load('source_files', ['path', 'sha256'], sourceCatalogue, (f) => {
        const path = normalizeMediaPath(f.path);
        return path === undefined ? null : [path, f.sha256 || null];
      }, { signal });
    }
  }
  spill.exec(INDEXES);
  return { compareContent };
}
