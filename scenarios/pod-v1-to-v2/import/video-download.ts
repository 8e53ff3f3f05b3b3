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
import type { Connection, StepContext, StepOutput } from 'rehearse';
import { CommitBatches } from './commit-batches.ts';
import { basename, videoSlug } from './django-text.ts';
import { MediaStore } from './media-store.ts';
import { TagUpdater } from './tag-updater.ts';

/** `video_video.tags` is a varchar(255). */
const TAGS_COLUMN_LENGTH = 255;
/** Videos per keyset page (one UPDATE and one commit each). */
const PAGE_SIZE = 500;

interface OwnedVideo {
  readonly id: number;
  readonly v1Path: string;
  readonly title: string;
  readonly tags: string;
  readonly hashkey: string;
}

/**
 * The page of videos after id `after` with their owner's hashkey (`video_video` joined to
 * `authentication_owner` on the owner's user id, in id order), or undefined past the last video; `last`
 * is the page's last video id, the next page's key. Read as two queries, each on a unique key: joined
 * in one query, MariaDB drives the join from authentication_owner (full scan, temporary table and
 * filesort of the whole join) as long as `id > ?` covers most of the table, so every early page cost a
 * pass over all videos and the step grew with the square of their number. A video whose owner has no
 * authentication_owner row is left out, as the join left it out.
 */
async function readPage(target: Connection, after: number): Promise<{ readonly last: number; readonly videos: OwnedVideo[] } | undefined> {
  const rows = await target.query(`SELECT id, video, title, tags, owner_id FROM video_video WHERE id > ? ORDER BY id LIMIT ${PAGE_SIZE}`, [after]);
  if (rows.length === 0) return undefined;
  const ownerIds = [...new Set(rows.map((row) => Number(row.owner_id)))];
  const owners = await target.query(
    `SELECT user_id, hashkey FROM authentication_owner WHERE user_id IN (${ownerIds.map(() => '?').join(', ')})`,
    ownerIds,
  );
  const hashkeys = new Map(owners.map((owner) => [Number(owner.user_id), String(owner.hashkey)]));
  const videos: OwnedVideo[] = [];
  for (const row of rows) {
    const hashkey = hashkeys.get(Number(row.owner_id));
    if (hashkey === undefined) continue;
    videos.push({ id: Number(row.id), v1Path: String(row.video), title: String(row.title), tags: String(row.tags ?? ''), hashkey });
  }
  return { last: Number(rows.at(-1)!.id), videos };
}

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
    // Keyset pages: the next page is read after the updates of the previous one.
    for (let page = await readPage(target, 0); page; page = await readPage(target, page.last)) {
      // One SQLite transaction per page: the catalogue then writes its pages once per page, not per file.
      media.inOneTransaction(() => {
        for (const video of page.videos) {
          context.signal.throwIfAborted();
          const file = media.download(video.v1Path);
          if (!file) {
            failed++;
            if (notes.length < 10) notes.push(`video ${video.id}: download failed (HTTP 404), its path stays the v1 one`);
            continue;
          }
          const path = media.save(`videos/${video.hashkey}/${basename(video.v1Path)}`, file, true);
          saved.push([video.id, path, videoSlug(video.id, video.title)]);
          // update_tags on the string import_data tags stored gives the same tags unless the column cut it.
          if (Array.from(video.tags).length >= TAGS_COLUMN_LENGTH) cut.push([video.id, video.tags]);
          done++;
        }
      });
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
