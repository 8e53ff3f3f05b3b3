/**
 * The snapshot's whole-file check, done before any database starts. A corrupt archive, a hash that does
 * not match the manifest or a .sql.gz whose gzip stream is garbage is bad input: the user hears about it
 * in one line within seconds, and no database is started (nor report written) for a run that could
 * never succeed. The rehearsal's own "verify snapshot" phase then reuses this result instead of reading
 * the file a second time.
 */
import type { VerifyProgress, VerifyReport } from './archive-verify.ts';
import type { Snapshot } from './snapshot.ts';

/**
 * Verifies `snapshot` now (throwing its one-line BadInputError when it is damaged) and returns the same
 * snapshot whose `verify()` answers with the report already obtained.
 */
export async function preflightSnapshot(snapshot: Snapshot, onProgress?: (progress: VerifyProgress) => void): Promise<Snapshot> {
  const report: VerifyReport = await snapshot.verify(onProgress);
  return {
    kind: snapshot.kind,
    file: snapshot.file,
    sha256: snapshot.sha256,
    manifest: snapshot.manifest,
    engine: snapshot.engine,
    verify: async () => report,
    sqlDumps: () => snapshot.sqlDumps(),
    mediaManifest: () => snapshot.mediaManifest(),
    extractMedia: (dir) => snapshot.extractMedia(dir),
  };
}
