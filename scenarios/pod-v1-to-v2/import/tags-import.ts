/**
 * `import_data tags` (research §6.5, seed 000 step 9): for each video id of tags.json, the video's `tags`
 * becomes the names joined with ", " and the video is saved. `Video.save()` recomputes the slug and strips
 * accents from the string; the varchar(255) column keeps at most 255 characters (the seed turns STRICT mode
 * off for this step, so the server cuts with warning 1265 instead of failing "Data too long"), while
 * django-tagging parses the full string in memory. A lone multi-word tag gives a comma-less string that
 * django-tagging splits on spaces: the "de", "la", "l" junk keywords of the seed.
 */
import { removeAccents, type StepContext, type StepOutput } from 'rehearse';
import { readJsonValues } from '../json/json-file-reader.ts';
import { CommitBatches } from './commit-batches.ts';
import { videoSlug } from './django-text.ts';
import { requireExport } from './export-files.ts';
import { TagUpdater } from './tag-updater.ts';

/** The seed's workaround, then its reminder "PENSEZ A RÉACTIVER le mode STRICT". */
const NON_STRICT = "SET SESSION sql_mode = 'NO_ENGINE_SUBSTITUTION'";
const STRICT = "SET SESSION sql_mode = 'STRICT_TRANS_TABLES,NO_ENGINE_SUBSTITUTION'";

export async function importTags(context: StepContext): Promise<StepOutput> {
  const file = requireExport(context, 'tags.json');
  const { target } = context;
  const tags = await TagUpdater.open(target);
  let videos = 0;
  const missing: string[] = [];
  await target.execute(NON_STRICT);
  const commits = await CommitBatches.start(target);
  try {
    for await (const { key, value } of readJsonValues<string[]>(file)) {
      context.signal.throwIfAborted();
      const id = Number(key);
      const rows = await target.query('SELECT title FROM video_video WHERE id = ?', [id]);
      if (!rows[0]) {
        missing.push(String(key)); // print(video_id, " does not exist")
        continue;
      }
      const joined = removeAccents(value.join(', '));
      await target.execute('UPDATE video_video SET tags = ?, slug = ? WHERE id = ?', [joined, videoSlug(id, String(rows[0].title)), id]);
      await tags.update(id, joined);
      await commits.next();
      if (++videos % 500 === 0) context.progress(`import_data tags: ${videos} videos`);
    }
    await commits.end();
  } finally {
    await target.execute(STRICT);
  }
  const lines = [`${videos} videos tagged, ${tags.created} tags created, ${tags.links} tagged items`];
  if (missing.length) lines.push(`${missing.length} ids do not exist: ${missing.slice(0, 10).join(', ')}`);
  return { rows: videos, output: lines.join('\n') };
}
