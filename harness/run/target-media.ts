/**
 * A step that moves media files says what the target holds by writing WORKDIR/target-media.jsonl
 * (one {"path","size","sha256"} per line), the same layout as a snapshot's media manifest.
 */
import { createReadStream, existsSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { parseMediaEntry } from '../snapshot/manifest-schema.ts';
import type { MediaManifestEntry } from '../snapshot/snapshot-format.ts';

export function readTargetMedia(file: string): AsyncIterable<MediaManifestEntry> | undefined {
  if (!existsSync(file)) return undefined;
  return (async function* () {
    let line = 0;
    for await (const text of createInterface({ input: createReadStream(file), crlfDelay: Infinity })) {
      line++;
      if (text.trim()) yield parseMediaEntry(text, file, line);
    }
  })();
}
