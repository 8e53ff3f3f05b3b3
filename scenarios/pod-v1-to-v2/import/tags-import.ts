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
import { videoSlug } from './django-text.ts';
import { requireExport } from './export-files.ts';
import { TagUpdater } from './tag-updater.ts';

/** The seed's workaround, then its reminder "PENSEZ A RÉACTIVER le mode STRICT". */
const NON_STRICT = "SET SESSION sql_mode = 'NO_ENGINE_SUBSTITUTION'";
const STRICT = "SET SESSION sql_mode = 'STRICT_TRANS_TABLES,NO_ENGINE_SUBSTITUTION'";

/** Videos read, saved and committed together: one query for their titles, one for their tagged items. */
const BATCH = 250;

export async function importTags(context: StepContext): Promise<StepOutput> {
  const file = requireExport(context, 'tags.json');
  const { target } = context;
  const tags = await TagUpdater.open(target);
  let videos = 0;
  const missing: string[] = [];
  /** One batch of tags.json entries, in file order. */
  const saveBatch = async (batch: readonly { id: number; key: string; names: string[] }[]) => {
    if (batch.length === 0) return;
    const ids = [...new Set(batch.map((entry) => entry.id))];
    const found = await target.query(`SELECT id, title FROM video_video WHERE id IN (${ids.map(() => '?').join(', ')})`, ids);
    const titles = new Map(found.map((row) => [Number(row.id), String(row.title)]));
    await tags.load([...titles.keys()]);
    await target.execute('START TRANSACTION');
    for (const { id, key, names } of batch) {
      const title = titles.get(id);
      if (title === undefined) {
        missing.push(key); // print(video_id, " does not exist")
        continue;
      }
      const joined = removeAccents(names.join(', '));
      await target.execute('UPDATE video_video SET tags = ?, slug = ? WHERE id = ?', [joined, videoSlug(id, title), id]);
      await tags.update(id, joined);
      videos++;
    }
    await tags.flush();
    await target.execute('COMMIT');
    context.progress(`import_data tags: ${videos} videos`);
  };
  await target.execute(NON_STRICT);
  try {
    const batch: { id: number; key: string; names: string[] }[] = [];
    for await (const { key, value } of readJsonValues<string[]>(file)) {
      context.signal.throwIfAborted();
      batch.push({ id: Number(key), key: String(key), names: value });
      if (batch.length >= BATCH) await saveBatch(batch.splice(0));
    }
    await saveBatch(batch);
  } finally {
    await target.execute(STRICT);
  }
  const lines = [`${videos} videos tagged, ${tags.created} tags created, ${tags.links} tagged items`];
  if (missing.length) lines.push(`${missing.length} ids do not exist: ${missing.slice(0, 10).join(', ')}`);
  return { rows: videos, output: lines.join('\n') };
}
