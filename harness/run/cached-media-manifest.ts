/**
 * The snapshot's media manifest, read from the snapshot once per run. In an archive the manifest is
 * stored after the dumps, so every read scans the archive from its start (through hundreds of megabytes
 * of dump); a run reads it several times (a step writing the target catalogue, then each check comparing
 * with it). The first read copies the entries to a plain JSON-lines file in the run's work directory and
 * every read, the first included, streams that file: memory stays flat whatever the manifest's size.
 */
import { createReadStream, createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { finished } from 'node:stream/promises';
import { createInterface } from 'node:readline';
import type { MediaManifestEntry } from '../snapshot/snapshot-format.ts';

/** A manifest source: an iterable of entries, or undefined when the snapshot has no media manifest. */
export type MediaManifestSource = () => AsyncIterable<MediaManifestEntry> | undefined;

/**
 * Wraps `open` (the snapshot's own reader, which validates each entry) so that it runs at most once:
 * its entries are copied to `file`, which every caller then reads. Callers may read concurrently; they
 * all wait for the one copy. A failed copy fails every read (the manifest is never half-trusted).
 */
export function cachedMediaManifest(open: MediaManifestSource, file: string): MediaManifestSource {
  let opened: { readonly entries: AsyncIterable<MediaManifestEntry> | undefined } | undefined;
  let copied: Promise<void> | undefined;
  return () => {
    opened ??= { entries: open() };
    const entries = opened.entries;
    if (!entries) return undefined;
    return (async function* (): AsyncGenerator<MediaManifestEntry> {
      copied ??= copyEntries(entries, file);
      await copied;
      for await (const line of createInterface({ input: createReadStream(file), crlfDelay: Infinity })) {
        if (line !== '') yield JSON.parse(line) as MediaManifestEntry;
      }
    })();
  };
}

async function copyEntries(entries: AsyncIterable<MediaManifestEntry>, file: string): Promise<void> {
  const out = createWriteStream(file);
  try {
    for await (const entry of entries) {
      if (!out.write(`${JSON.stringify({ path: entry.path, size: entry.size, sha256: entry.sha256 })}\n`)) await once(out, 'drain');
    }
  } finally {
    out.end();
    await finished(out);
  }
}
