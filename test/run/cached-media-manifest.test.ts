/**
 * The snapshot's media manifest is read from the snapshot once per run, then from a plain file in the
 * work directory: concurrent and later readers all see every entry, and a manifest that fails to read
 * fails every reader.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cachedMediaManifest } from '../../harness/run/cached-media-manifest.ts';
import type { MediaManifestEntry } from '../../harness/snapshot/snapshot-format.ts';
import { makeTempDir } from '../support/temp-dir.ts';

const ENTRIES: MediaManifestEntry[] = Array.from({ length: 2_500 }, (_, i) => ({ path: `videos/${i}/v.mp4`, size: i, sha256: `${i}`.padStart(64, '0') }));

async function collect(entries: AsyncIterable<MediaManifestEntry> | undefined): Promise<MediaManifestEntry[]> {
  const all: MediaManifestEntry[] = [];
  for await (const entry of entries ?? []) all.push(entry);
  return all;
}

describe('cachedMediaManifest', () => {
  it('opens the snapshot manifest once and serves every reader from the copy', async () => {
    const file = join(makeTempDir('rehearse-manifest-'), 'source-media.jsonl');
    let opens = 0;
    const source = cachedMediaManifest(() => {
      opens++;
      return (async function* () {
        yield* ENTRIES;
      })();
    }, file);
    const [first, second] = await Promise.all([collect(source()), collect(source())]);
    expect(first).toEqual(ENTRIES);
    expect(second).toEqual(ENTRIES);
    expect(await collect(source())).toEqual(ENTRIES);
    expect(opens).toBe(1);
    expect(existsSync(file)).toBe(true);
  });

  it('answers undefined when the snapshot has no manifest, and fails every read of a broken one', async () => {
    const dir = makeTempDir('rehearse-manifest-');
    expect(cachedMediaManifest(() => undefined, join(dir, 'none.jsonl'))()).toBeUndefined();
    const broken = cachedMediaManifest(() => (async function* () {
      yield ENTRIES[0]!;
      throw new Error('media/manifest.jsonl line 2: bad sha256');
    })(), join(dir, 'broken.jsonl'));
    await expect(collect(broken())).rejects.toThrow(/line 2: bad sha256/);
    await expect(collect(broken())).rejects.toThrow(/line 2: bad sha256/);
  });
});
