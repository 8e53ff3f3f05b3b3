/**
 * `import_data docpods`, `trackpods` and `enrichpods` (research §6.6): each file is downloaded from the v1
 * server (`FROM_URL` + filer path) into `MEDIA_ROOT/tempfile/<basename>` (never cleaned up), then saved as
 * a podfile row, and the completion or enrichment row is created. Subtitles: `.srt` is converted to `.vtt`
 * (webvtt, written next to it in tempfile/), `.vtt` is kept, any other extension is dropped with a
 * warning. Enrichments take an image only for type "image" and a document only for type "document".
 *
 * A failed download raises in Django (wget's HTTPError is not caught) and stops the command; the rehearsal
 * records it and goes on with the next file. The converted `.vtt` keeps the `.srt` entry's size and
 * sha256: the snapshot carries the manifest, not the bytes to convert.
 */
import type { MediaManifestEntry, StepContext, StepOutput } from 'rehearse';
import { readJsonValues } from '../json/json-file-reader.ts';
import { CommitBatches } from './commit-batches.ts';
import { basename, slugify } from './django-text.ts';
import { requireExport } from './export-files.ts';
import { MediaStore } from './media-store.ts';
import { createPodfile, findVideo, type VideoOwner } from './podfile.ts';

export const FILE_IMPORTS = ['docpods', 'trackpods', 'enrichpods'] as const;
export type FileImport = (typeof FILE_IMPORTS)[number];

interface Track { readonly kind: string; readonly lang: string; readonly src: string }
interface Enrich {
  readonly title: string; readonly stop_video: boolean; readonly start: number; readonly end: number; readonly type: string;
  readonly image: string; readonly richtext: string; readonly weblink: string | null; readonly document: string; readonly embed: string | null;
}

class Run {
  readonly notes: string[] = [];
  created = 0;
  failedDownloads = 0;
  dropped = 0;
  constructor(readonly context: StepContext, readonly media: MediaStore) {}

  /** `download_doc`: into tempfile/, or undefined (HTTP 404) when the v1 server lacks the file. */
  download(v1Path: string, videoId: number): { name: string; file: MediaManifestEntry } | undefined {
    const file = this.media.download(v1Path);
    if (!file) {
      this.failedDownloads++;
      if (this.notes.length < 10) this.notes.push(`video ${videoId}: download failed (HTTP 404), file ${basename(v1Path)}`);
      return undefined;
    }
    const name = basename(v1Path);
    this.media.save(`tempfile/${name}`, file, true);
    return { name, file };
  }
}

async function docs(run: Run, video: VideoOwner, list: readonly string[]): Promise<void> {
  for (const doc of list) {
    const got = run.download(doc, video.id);
    if (!got) continue;
    const id = await createPodfile(run.context.target, run.media, video, got, 'file');
    await run.context.target.execute('INSERT INTO completion_document (video_id, document_id) VALUES (?, ?)', [video.id, id]);
    run.created++;
  }
}

async function tracks(run: Run, video: VideoOwner, list: readonly Track[]): Promise<void> {
  for (const track of list) {
    const got = run.download(track.src, video.id);
    if (!got) continue;
    const dot = got.name.lastIndexOf('.');
    const extension = got.name.slice(dot + 1);
    let name = got.name;
    if (extension === 'srt') {
      name = `${got.name.slice(0, -3)}vtt`;
      run.media.save(`tempfile/${name}`, got.file, true);
    } else if (extension !== 'vtt') {
      run.dropped++; // "************ WARNING !!!!! ************"
      if (run.notes.length < 10) run.notes.push(`video ${video.id}: track .${extension} dropped (neither .srt nor .vtt)`);
      continue;
    }
    const id = await createPodfile(run.context.target, run.media, video, { name, file: got.file }, 'file');
    await run.context.target.execute('INSERT INTO completion_track (video_id, kind, lang, src_id) VALUES (?, ?, ?, ?)', [video.id, track.kind, track.lang, id]);
    run.created++;
  }
}

async function enrichments(run: Run, video: VideoOwner, list: readonly Enrich[]): Promise<void> {
  const { target } = run.context;
  for (const e of list) {
    let image: number | null = null;
    if (e.type === 'image' && e.image !== '') {
      const got = run.download(e.image, video.id);
      image = got ? await createPodfile(target, run.media, video, got, 'image') : null;
    }
    let document: number | null = null;
    if (e.type === 'document' && e.document !== '') {
      const got = run.download(e.document, video.id);
      document = got ? await createPodfile(target, run.media, video, got, 'file') : null;
    }
    // Enrichment.save(): slug = "<next auto-increment id>-<slugify(title)>".
    const next = Number((await target.query('SELECT COALESCE(MAX(id), 0) + 1 AS n FROM enrichment_enrichment'))[0]!.n);
    await target.execute(
      'INSERT INTO enrichment_enrichment (id, video_id, title, slug, stop_video, `start`, `end`, `type`, image_id, richtext, weblink, document_id, embed) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
      [next, video.id, e.title, `${next}-${slugify(e.title)}`.slice(0, 105), e.stop_video ? 1 : 0, e.start, e.end, e.type, image, e.richtext ?? '', e.weblink, document, e.embed],
    );
    run.created++;
  }
}

export async function importFiles(context: StepContext, kind: FileImport): Promise<StepOutput> {
  const file = requireExport(context, `${kind}.json`);
  const media = await MediaStore.open(context);
  const run = new Run(context, media);
  let videos = 0;
  const missing: string[] = [];
  const commits = await CommitBatches.start(context.target);
  try {
    for await (const { key, value } of readJsonValues<unknown[]>(file)) {
      context.signal.throwIfAborted();
      if (value.length === 0) continue;
      const video = await findVideo(context.target, Number(key));
      if (!video) {
        missing.push(String(key));
        continue;
      }
      if (kind === 'docpods') await docs(run, video, value as string[]);
      if (kind === 'trackpods') await tracks(run, video, value as Track[]);
      if (kind === 'enrichpods') await enrichments(run, video, value as Enrich[]);
      await commits.next();
      if (++videos % 200 === 0) context.progress(`import_data ${kind}: ${videos} videos`);
    }
    await commits.end();
    await media.writeTargetManifest();
  } finally {
    media.close();
  }
  const lines = [`${videos} videos, ${run.created} rows created, ${run.failedDownloads} failed downloads, ${run.dropped} tracks dropped`, ...run.notes];
  if (missing.length) lines.push(`${missing.length} ids do not exist: ${missing.slice(0, 10).join(', ')}`);
  return { rows: run.created, output: lines.join('\n') };
}
