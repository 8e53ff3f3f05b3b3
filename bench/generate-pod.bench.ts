// `rehearse generate pod` at 100,000 videos (BENCH_VIDEOS to change it), v3 on MariaDB with the tag
// defects on: time and peak RSS, which must stay flat whatever the video count (tables are streamed and
// every row is derived from its id; nothing per video is kept).
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generatePodSnapshot } from '../scenarios/esup-pod/generator/generate-pod.ts';
import { measure } from './bench-support.ts';

const VIDEOS = Number(process.env.BENCH_VIDEOS ?? 100_000);
const VERSION = (process.env.BENCH_POD_VERSION ?? 'v3') as 'v1' | 'v2' | 'v3';

const dir = mkdtempSync(join(tmpdir(), 'rehearse-bench-pod-'));
try {
  await measure(`generate pod ${VERSION} ${VIDEOS} videos`, async () => {
    const out = join(dir, 'pod.tar');
    const result = await generatePodSnapshot({
      version: VERSION, engine: 'mariadb', videos: VIDEOS, seed: 1, out, gzip: true,
      defects: ['long-tag-lists', 'junk-keywords', 'multi-word-tags', 'missing-media', 'orphan-files'],
    });
    const rows = result.tables.reduce((sum, t) => sum + t.rows, 0);
    return { rows, mediaEntries: result.media.referenced - result.media.missing + result.media.orphans, archiveMB: Math.round(statSync(out).size / 1024 / 1024) };
  });
} finally {
  rmSync(dir, { recursive: true, force: true });
}
