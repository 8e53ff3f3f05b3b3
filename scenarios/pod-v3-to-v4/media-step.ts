/**
 * Step 3 of seed 002: "after the import, make the Pod v3 MEDIA_ROOT accessible to the Pod v4 servers".
 * The files are carried unchanged, at the same paths, so the target catalogue
 * (WORKDIR/target-media.jsonl, read by the mediaReferences check) is the snapshot's media manifest,
 * copied line by line. A snapshot without a manifest gives an empty catalogue: nothing is accessible.
 */
import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { join } from 'node:path';
import { task, type Step, type StepContext, type StepOutput } from 'rehearse';

export function mediaStep(): Step {
  return task({
    id: 'media',
    description: 'v3 MEDIA_ROOT made accessible to v4 unchanged (target-media.jsonl = the snapshot media manifest)',
    run: carryMedia,
  });
}

async function carryMedia(context: StepContext): Promise<StepOutput> {
  const file = join(context.workdir, 'target-media.jsonl');
  const out = createWriteStream(file, { encoding: 'utf8' });
  let files = 0;
  const entries = context.sourceMedia?.();
  try {
    for await (const entry of entries ?? []) {
      context.signal.throwIfAborted();
      const line = `${JSON.stringify({ path: entry.path, size: entry.size, sha256: entry.sha256 })}\n`;
      if (!out.write(line)) await once(out, 'drain');
      files++;
    }
  } finally {
    out.end();
    await once(out, 'finish');
  }
  const note = entries ? '' : ' (the snapshot has no media manifest)';
  return { output: `${files} media files carried unchanged to the v4 MEDIA_ROOT${note}` };
}
