/**
 * The `mediaReferences` check alone, on Pod-shaped data at growing sizes, so that its cost and growth show
 * without the rest of a rehearsal (nor the other checks running beside it). Per video: a source file, an
 * overview, three encodings, an audio track and a thumbnail behind a file foreign key, all under the
 * owner's hashkey directory (so the catalogue is in table order, random in path order), plus 1 % orphan
 * files; the catalogues are JSON-lines files read through the same readers as a rehearsal's. Source and
 * target are SQLite files (the reads are cheap, so the spill's own work dominates). Prints the check's
 * time at each size and the growth exponent between the two largest (1 = linear); the check must pass.
 *   BENCH_MEDIA_SIZES=10000,100000 npm run bench -- media-references
 */
import { once } from 'node:events';
import { createWriteStream, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CheckContext } from '../harness/check/check.ts';
import { mediaReferences } from '../harness/check/media-references/media-references-check.ts';
import { openConnection } from '../harness/engine/open-connection.ts';
import { openScratchDatabase } from '../harness/engine/sqlite/sqlite-scratch-database.ts';
import { createLogger } from '../harness/log.ts';
import { cachedMediaManifest } from '../harness/run/cached-media-manifest.ts';
import { readTargetMedia } from '../harness/run/target-media.ts';
import { growthExponent } from './pod-rehearsal.ts';
import { measure } from './bench-support.ts';

const SIZES = (process.env.BENCH_MEDIA_SIZES ?? '10000,100000').split(',').map(Number);

/** Pod's layout in miniature; the owner's "hashkey" is a deterministic scramble of its id. */
const SCHEMA = `
CREATE TABLE podfile_customimagemodel (id INTEGER PRIMARY KEY, file TEXT);
CREATE TABLE video_video (id INTEGER PRIMARY KEY, video TEXT, overview TEXT, thumbnail_id INTEGER);
CREATE TABLE encodingvideo (id INTEGER PRIMARY KEY, video_id INTEGER, source_file TEXT);
CREATE TABLE encodingaudio (id INTEGER PRIMARY KEY, video_id INTEGER, source_file TEXT);
`;
const fill = (videos: number) => `
CREATE TEMP TABLE v AS WITH RECURSIVE n(id) AS (SELECT 1 UNION ALL SELECT id + 1 FROM n WHERE id < ${videos})
  SELECT id, printf('%08x%08x', (id % ${Math.max(1, Math.floor(videos / 10))}) * 2654435761 % 4294967291,
    (id % ${Math.max(1, Math.floor(videos / 10))}) * 40503 % 65521) || '/' || printf('%04d', id) AS dir FROM n;
INSERT INTO podfile_customimagemodel SELECT id, 'files/' || dir || '/vignette.png' FROM v;
INSERT INTO video_video SELECT id, 'videos/' || dir || '/cours-' || id || '.mp4', 'videos/' || dir || '/overview.png', id FROM v;
INSERT INTO encodingvideo SELECT id * 3 + q, id, 'videos/' || dir || '/' || (240 + 240 * q) || 'p.mp4' FROM v, (SELECT 0 AS q UNION ALL SELECT 1 UNION ALL SELECT 2);
INSERT INTO encodingaudio SELECT id, id, 'videos/' || dir || '/audio.mp3' FROM v;
`;
const CATALOGUE = `
SELECT video AS path FROM video_video UNION ALL SELECT overview FROM video_video
UNION ALL SELECT source_file FROM encodingvideo UNION ALL SELECT source_file FROM encodingaudio
UNION ALL SELECT file FROM podfile_customimagemodel
UNION ALL SELECT 'tempfile/orphan-' || id || '.pdf' FROM video_video WHERE id % 100 = 0`;

const check = mediaReferences({
  references: [
    ['video_video', 'video'], ['video_video', 'overview'], ['encodingvideo', 'source_file'], ['encodingaudio', 'source_file'],
  ].map(([table, column]) => ({ name: `${table}.${column}`, source: { table: table!, column: column!, key: 'id' }, target: { table: table!, column: column!, key: 'id' } })),
  fileForeignKeys: [{ table: 'video_video', column: 'thumbnail_id', fileTable: 'podfile_customimagemodel', pathColumn: 'file' }],
  targetFiles: 'target-manifest',
});

/** Writes the database and its catalogue (one JSON line per file, sha256 derived from the path). */
async function prepare(dir: string, videos: number): Promise<{ database: string; catalogue: string }> {
  const database = join(dir, 'pod.db');
  const catalogue = join(dir, 'media.jsonl');
  const db = openScratchDatabase(database, { fast: true });
  const out = createWriteStream(catalogue);
  try {
    db.exec(SCHEMA);
    db.exec(fill(videos));
    for (const row of db.prepare(`SELECT path, length(path) * 37 AS size, printf('%064x', length(path)) AS sha FROM (${CATALOGUE})`).iterate<{ path: string; size: number; sha: string }>()) {
      if (!out.write(`${JSON.stringify({ path: row.path, size: row.size, sha256: row.sha })}\n`)) await once(out, 'drain');
    }
  } finally {
    db.close();
    out.end();
    await once(out, 'finish');
  }
  return { database, catalogue };
}

async function timeCheck(videos: number): Promise<{ seconds: number; summary: string }> {
  const dir = mkdtempSync(join(tmpdir(), 'rehearse-bench-media-'));
  try {
    const { database, catalogue } = await prepare(dir, videos);
    const [source, target] = [await openConnection(`sqlite://${database}`), await openConnection(`sqlite://${database}`)];
    const context: CheckContext = {
      source, target, maxExamples: 5, warnings: [], workdir: dir, log: createLogger('bench'), signal: new AbortController().signal,
      media: { source: cachedMediaManifest(() => readTargetMedia(catalogue), join(dir, 'source-media.jsonl')), target: () => readTargetMedia(catalogue) },
    };
    // A rehearsal's media step has read the snapshot's manifest once already, which copies it.
    for await (const _ of context.media.source() ?? []) void _;
    try {
      const started = performance.now();
      const outcome = await check.run(context);
      const seconds = (performance.now() - started) / 1000;
      if (outcome.status !== 'passed') throw new Error(`the check should pass on sound data: ${outcome.summary}`);
      return { seconds, summary: outcome.summary };
    } finally {
      await Promise.all([source.close(), target.close()]);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

await measure('mediaReferences', async () => {
  const times: number[] = [];
  for (const videos of SIZES) {
    const { seconds, summary } = await timeCheck(videos);
    times.push(seconds);
    console.log(`${videos} videos: ${seconds.toFixed(2)} s (${summary})`);
  }
  const n = SIZES.length;
  const figures: Record<string, string> = Object.fromEntries(SIZES.map((videos, i) => [`${videos}v`, `${times[i]!.toFixed(2)}s`]));
  if (n >= 2) figures.growth = growthExponent(times[n - 2]!, SIZES[n - 2]!, times[n - 1]!, SIZES[n - 1]!).toFixed(2);
  return figures;
});
