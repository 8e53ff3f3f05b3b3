/**
 * `mediaReferences`: the database rows that point at media files still point at the right files after
 * the migration, and those files exist. Built for the Pod hops (research notes §2.5, §5, §6.6, §9 #4,
 * #6, #17): v1 paths rewritten to v2 hashkey paths, `download_video_source_file` not run, file foreign
 * keys into `main_*` / `podfile_*` tables that dangle, files not made available to the new servers.
 *
 * ```ts
 * mediaReferences({
 *   references: [{
 *     name: 'video source file',
 *     source: { table: 'pods_pod', column: 'video', key: 'id' },
 *     target: { table: 'video_video', column: 'video', key: 'id' },
 *     rewrite: (path, row) => `videos/${hashkeyOf(row)}/${path.split('/').pop()}`,
 *   }],
 *   fileForeignKeys: [{ table: 'video_video', column: 'thumbnail_id', fileTable: 'main_customimagemodel', pathColumn: 'file' }],
 *   targetFiles: 'target-manifest',
 * })
 * ```
 *
 * Everything (references of both sides, one or two catalogues of up to millions of files) is streamed
 * into a temporary SQLite database and compared with joins, so memory stays flat; the file is deleted
 * when the check ends.
 */
import type { Check, CheckContext, CheckExample, CheckOutcome, Severity } from '../check.ts';
import { SqliteSpill } from '../spill/sqlite-spill.ts';
import { loadMediaSpill } from './load-media-spill.ts';
import {
  brokenFileForeignKeys,
  contentMismatches,
  MEDIA_FINDINGS,
  missingFiles,
  orphanFiles,
  unmatchedReferences,
  type FindingResult,
  type MediaFinding,
} from './media-findings.ts';
import { parseMediaReferencesOptions, type MediaReferencesOptions } from './media-reference-options.ts';

export type { MediaReferencesOptions, MediaReferenceSpec, FileForeignKey } from './media-reference-options.ts';

/** Creates the `mediaReferences` check. */
export function mediaReferences(options: MediaReferencesOptions): Check {
  const o = parseMediaReferencesOptions(options);
  const id = o.id ?? 'mediaReferences';
  const severity: Severity = o.severity ?? 'blocking';
  const targetFiles = o.targetFiles ?? 'target-manifest';
  const reveal = o.revealPaths ?? false;
  const catalogueName = targetFiles === 'target-manifest' ? 'target media catalogue' : 'source media manifest (files carried unchanged)';

  return {
    id,
    kind: 'mediaReferences',
    severity,
    describe: () =>
      `mediaReferences: ${o.references.map((r) => r.name).join(', ')}${o.fileForeignKeys?.length ? ` and ${o.fileForeignKeys.length} file foreign keys` : ''} against the ${catalogueName}`,
    async run(context: CheckContext): Promise<CheckOutcome> {
      const limit = context.maxExamples;
      const spill = SqliteSpill.open(id);
      const results = {} as Record<MediaFinding, FindingResult>;
      const metrics: Record<string, number> = {};
      try {
        const { compareContent } = await loadMediaSpill(spill, o, context, id);
        metrics.referencesSource = spill.count('SELECT COUNT(*) FROM expected');
        metrics.referencesTarget = spill.count('SELECT COUNT(*) FROM actual');
        metrics.catalogueFiles = spill.count('SELECT COUNT(DISTINCT path) FROM files');
        Object.assign(results, unmatchedReferences(spill, limit, reveal));
        results.missingFiles = missingFiles(spill, limit, reveal, catalogueName);
        results.contentMismatch = compareContent ? contentMismatches(spill, limit, reveal) : { count: 0, examples: [] };
        results.orphanFiles = orphanFiles(spill, limit, reveal);
      } finally {
        spill.close();
      }
      results.brokenFileForeignKeys = await brokenFileForeignKeys(context.target, o.fileForeignKeys ?? [], limit);

      const failing = MEDIA_FINDINGS.filter((f) => results[f].count > 0 && (f !== 'orphanFiles' || o.failOnOrphans));
      for (const f of MEDIA_FINDINGS) metrics[f] = results[f].count;
      const orphanNote = results.orphanFiles.count > 0 && !o.failOnOrphans ? `; ${results.orphanFiles.count} orphan files (warning)` : '';
      if (failing.length === 0) {
        return {
          status: 'passed',
          summary: `${metrics.referencesTarget} media references resolve in the ${catalogueName}${orphanNote}`,
          examples: [],
          metrics,
        };
      }
      // Blocking findings first, then orphan files (warning-level detail) if room is left.
      const examples: CheckExample[] = [];
      for (const f of [...failing.filter((x) => x !== 'orphanFiles'), 'orphanFiles' as const]) {
        for (const e of results[f].examples) if (examples.length < limit) examples.push(e);
      }
      return {
        status: 'failed',
        summary: failing.map((f) => `${results[f].count} ${LABELS[f]}`).join(', ') + orphanNote,
        examples,
        metrics,
      };
    },
  };
}

const LABELS: Record<MediaFinding, string> = {
  lost: 'references lost',
  changed: 'paths changed',
  missingFiles: 'referenced files missing',
  contentMismatch: 'files with different content',
  brokenFileForeignKeys: 'broken file foreign keys',
  orphanFiles: 'orphan files',
};
