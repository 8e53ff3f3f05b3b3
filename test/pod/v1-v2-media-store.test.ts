/**
 * pod-v1-to-v2's media catalogue: the v1 manifest is loaded into an unkeyed table and indexed once whole
 * (a keyed load grew faster than the manifest), and a "download" must still behave as the keyed table's
 * INSERT OR IGNORE did: a path listed twice gives its first entry, an unlisted path is a failed download.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { MediaManifestEntry, StepContext } from '../../harness/index.ts';
import { MediaStore } from '../../scenarios/pod-v1-to-v2/import/media-store.ts';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

async function* entries(list: readonly MediaManifestEntry[]): AsyncIterable<MediaManifestEntry> {
  yield* list;
}

/** The two fields of a step's context the catalogue reads. */
function stepContext(manifest: readonly MediaManifestEntry[]): StepContext {
  const workdir = mkdtempSync(join(tmpdir(), 'rehearse-test-media-store-'));
  dirs.push(workdir);
  return { workdir, sourceMedia: () => entries(manifest) } as Partial<StepContext> as StepContext;
}

const entry = (path: string, size: number): MediaManifestEntry => ({ path, size, sha256: String(size).padStart(64, '0') });

describe('pod-v1-to-v2 media catalogue', () => {
  it('downloads the first entry of a path listed twice, and nothing for an unlisted path', async () => {
    const many = Array.from({ length: 12_000 }, (_, i) => entry(`files/${(i * 7919) % 12_000}/doc.pdf`, i + 10));
    const context = stepContext([entry('files/a/doc.pdf', 1), ...many, entry('files/a/doc.pdf', 2)]);
    const store = await MediaStore.open(context);
    try {
      expect(store.download('files/a/doc.pdf')).toEqual(entry('files/a/doc.pdf', 1));
      expect(store.download('files/7919/doc.pdf')).toEqual(entry('files/7919/doc.pdf', 11));
      expect(store.download('files/missing.pdf')).toBeUndefined();
    } finally {
      store.close();
    }
  });

  it('keeps the loaded catalogue for the next step and writes the target manifest in path order', async () => {
    const context = stepContext([entry('b/x.srt', 5), entry('a/y.pdf', 6)]);
    const first = await MediaStore.open(context);
    first.close();
    const store = await MediaStore.open(context);
    try {
      const got = store.download('b/x.srt')!;
      expect(store.save('tempfile/x.srt', got, true)).toBe('tempfile/x.srt');
      expect(store.save('tempfile/x.srt', got, true)).toBe('tempfile/x.srt');
      const taken = store.save('files/x.vtt', got);
      const renamed = store.save('files/x.vtt', store.download('a/y.pdf')!);
      expect(taken).toBe('files/x.vtt');
      expect(renamed).toMatch(/^files\/x_[0-9a-f]{7}\.vtt$/);
      expect(await store.writeTargetManifest()).toBe(3);
      const lines = readFileSync(join(context.workdir, 'target-media.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as MediaManifestEntry);
      expect(lines.map((l) => l.path)).toEqual([taken, renamed, 'tempfile/x.srt']);
      expect(lines[1]!.size).toBe(6);
    } finally {
      store.close();
    }
  });
});
