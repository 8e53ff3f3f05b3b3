/**
 * Step `media`: the v3 servers use the v2 MEDIA_ROOT as it is (seed 001 installs v3 beside v2 and keeps
 * the files; research §7 changes no path). The target catalogue is therefore the snapshot's media
 * manifest, copied line by line to WORKDIR/target-media.jsonl so the mediaReferences check compares the
 * v3 rows against the files the v3 servers will see.
 */
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { join } from 'node:path';
import type { StepContext, StepOutput } from 'rehearse';

export const TARGET_MEDIA_FILE = 'target-media.jsonl';

export async function carryMediaUnchanged(context: StepContext): Promise<StepOutput> {
  const entries = context.sourceMedia?.();
  const out = createWriteStream(join(context.workdir, TARGET_MEDIA_FILE));
  let files = 0;
  try {
    for await (const entry of entries ?? []) {
      context.signal.throwIfAborted();
      const line = `${JSON.stringify({ path: entry.path, size: entry.size, sha256: entry.sha256 })}\n`;
      if (!out.write(line)) await once(out, 'drain');
      files++;
    }
  } finally {
    out.end();
    await once(out, 'close');
  }
  return { output: entries ? `${TARGET_MEDIA_FILE}: ${files} files, MEDIA_ROOT unchanged` : 'the snapshot has no media manifest: target catalogue left empty' };
}
