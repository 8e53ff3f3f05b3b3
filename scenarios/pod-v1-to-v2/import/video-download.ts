/**
 * "Téléchargement des vidéos" (seed 000) — `download_video_source_file <id>` for every video (research
 * §6.6): fetch `FROM_URL` + the v1 path still stored in `video_video.video`, save it as
 * `videos/<owner hashkey>/<basename>`, store that path and save the video. `Video.save()` recomputes the
 * slug, and django-tagging's hook re-reads the `tags` column, which is the string cut at 255 characters
 * when `import_data tags` overflowed it: tags beyond the cut disappear at this point.
 *
 * The seed's loop is `for vid in list_videos[1:3000]`, which skips the first video and stops at 3,000;
 * the rehearsal takes every video, as the text around it intends. A video whose file the v1 server lacks
 * keeps its v1 path (the command fails for it).
 */
import type { StepContext, StepOutput } from 'rehearse';
import { CommitBatches } from './commit-batches.ts';
import { basename, videoSlug } from './django-text.ts';
import { MediaStore } from './media-store.ts';
import { TagUpdater } from './tag-updater.ts';

/** `video_video.tags` is a varchar(255). */
const TAGS_COLUMN_LENGTH = 255;

/** `vid.save()` for a page of videos: one UPDATE joined to the new values. */
async function saveVideos(context: StepContext, rows: readonly [number, string, string][]): Promise<void> {
  if (rows.length === 0) return;
  const values = rows.map(() => 'SELECT ? AS id, ? AS video, ? AS slug').join(' UNION ALL ');
  await context.target.execute(
    `UPDATE video_video v JOIN (${values}) x ON x.id = v.id SET v.video = x.video, v.slug = x.slug`,
    rows.flat(),
  );
}

export async function downloadVideoSourceFiles(context: StepContext): Promise<StepOutput> {
  const { target } = context;
  const media = await MediaStore.open(context);
  const tags = await TagUpdater.open(target);
  let done = 0;
  const saved: [number, string, string][] = [];
  const cut: [number, string][] = [];
  let failed = 0;
  const notes: string[] = [];
  const commits = await CommitBatches.start(target, 1);
  try {
    let after = 0;
    // Keyset pages: the next page is read after the updates of the previous one.
    for (;;) {
      const page = await target.query(
        `SELECT v.id, v.video, v.title, v.tags, o.hashkey FROM video_video v JOIN authentication_owner o ON o.user_id = v.owner_id
         WHERE v.id > ? ORDER BY v.id LIMIT 500`,
        [after],
      );
      if (page.length === 0) break;
      for (const row of page) {
        context.signal.throwIfAborted();
        const id = Number(row.id);
        after = id;
        const v1Path = String(row.video);
        const file = media.download(v1Path);
        if (!file) {
          failed++;
          if (notes.length < 10) notes.push(`video ${id}: download failed (HTTP 404), its path stays the v1 one`);
          continue;
        }
        const path = media.save(`videos/${String(row.hashkey)}/${basename(v1Path)}`, file, true);
        saved.push([id, path, videoSlug(id, String(row.title))]);
        // update_tags on the string import_data tags stored gives the same tags unless the column cut it.
        const stored = String(row.tags ?? '');
        if (Array.from(stored).length >= TAGS_COLUMN_LENGTH) cut.push([id, stored]);
        done++;
      }
      await saveVideos(context, saved.splice(0));
      for (const [id, stored] of cut.splice(0)) await tags.update(id, stored);
      await tags.flush();
      await commits.next();
      context.progress(`download_video_source_file: ${done} videos`);
    }
    await commits.end();
    await media.writeTargetManifest();
  } finally {
    media.close();
  }
  return { rows: done, output: [`${done} video files downloaded, ${failed} failed`, ...notes].join('\n') };
}
