/**
 * The media manifest of a generated snapshot: every path the data references (read back from the same
 * row sources, through the path columns of pod-tables.ts, so data and manifest cannot disagree), plus
 * orphan files and minus missing ones when those defects are asked for. Each file's content is a small
 * deterministic pseudo-content derived from its path; size and sha256 describe that content, which is
 * what `--with-media-files` writes.
 */
import { createHash } from 'node:crypto';
import type { MediaManifestEntry } from 'rehearse';
import type { PodContext } from './pod-context.ts';
import type { RowSource } from './pod-dump-writer.ts';
import { POD_MEDIA_LAYOUTS } from './pod-tables.ts';
import { hashString } from './rng.ts';
import { shortHash } from './pod-world.ts';

/** The pseudo-content of a media file: a header naming the path, then bytes derived from it (64-2111 bytes). */
export function mediaContent(path: string): Buffer {
  const digest = createHash('sha256').update(path).digest();
  const size = 64 + (digest.readUInt16BE(0) % 2048);
  const header = Buffer.from(`rehearse generated media\n${path}\n`, 'utf8');
  const out = Buffer.alloc(Math.max(size, header.length + 1));
  header.copy(out);
  out.fill(digest, header.length);
  return out;
}

export function mediaEntry(path: string): MediaManifestEntry {
  const content = mediaContent(path);
  return { path, size: content.length, sha256: createHash('sha256').update(content).digest('hex') };
}

/** missing-media: about one referenced file in 25 is absent (deterministic in the path). */
export function isMissing(ctx: PodContext, path: string): boolean {
  return ctx.world.has('missing-media') && hashString(path) % 25 === 0;
}

/** Every media path referenced by the data, in table order (duplicates are impossible by construction). */
export function* referencedPaths(ctx: PodContext, sources: ReadonlyMap<string, RowSource>): Iterable<string> {
  for (const { table, column } of POD_MEDIA_LAYOUTS[ctx.world.version].pathColumns) {
    const source = sources.get(table);
    if (!source) continue;
    for (const row of source()) {
      const value = row[column];
      if (typeof value === 'string' && value !== '') yield value;
    }
  }
}

/** orphan-files: left-over uploads, the v1→v2 tempfile/ directory, files of deleted documents. */
export function* orphanPaths(ctx: PodContext): Iterable<string> {
  const { world: w, model: m } = ctx;
  if (!w.has('orphan-files')) return;
  for (let u = 10; u <= w.totalUsers; u += 10) {
    const user = m.user(u);
    const key = w.version === 'v1' ? user.username : user.hashkey;
    yield `videos/${key}/ancien-upload_${shortHash(`orphan${u}`)}.mp4`;
    if (w.version !== 'v1') yield `files/${user.hashkey}/document-supprime_${shortHash(`orphan-file${u}`)}.pdf`;
  }
  for (let k = 1; k <= Math.max(2, Math.floor(w.videos / 100)); k++) yield `tempfile/support-de-cours-${k}_${shortHash(`temp${k}`)}.pdf`;
}

export interface MediaCounts {
  referenced: number;
  missing: number;
  orphans: number;
}

/** The manifest entries, streamed; `counts` is filled in as they go. */
export async function* mediaManifestEntries(
  ctx: PodContext,
  sources: ReadonlyMap<string, RowSource>,
  counts: MediaCounts = { referenced: 0, missing: 0, orphans: 0 },
): AsyncGenerator<MediaManifestEntry> {
  for (const path of referencedPaths(ctx, sources)) {
    counts.referenced++;
    if (isMissing(ctx, path)) {
      counts.missing++;
      continue;
    }
    yield mediaEntry(path);
  }
  for (const path of orphanPaths(ctx)) {
    counts.orphans++;
    yield mediaEntry(path);
  }
}
