/**
 * The media side of `import_data docpods`, `trackpods` and `enrichpods` for a page of videos: the
 * downloads into tempfile/, the `.srt` → `.vtt` conversion and the podfile saves, made in the catalogue
 * in the order Django makes them, and what is left to write to the database (file-writes.ts): the file
 * rows and the completion or enrichment rows, in the same order.
 *
 * The catalogue never depends on the database, so doing its part of a page first and the database's
 * after gives the same files and, row by row, the same values.
 */
import type { MediaManifestEntry } from 'rehearse';
import { basename } from './django-text.ts';
import type { MediaStore } from './media-store.ts';
import { podfilePath, type PodfileKind, type VideoOwner } from './podfile.ts';

export const FILE_IMPORTS = ['docpods', 'trackpods', 'enrichpods'] as const;
export type FileImport = (typeof FILE_IMPORTS)[number];

export interface Track { readonly kind: string; readonly lang: string; readonly src: string }
export interface Enrich {
  readonly title: string; readonly stop_video: boolean; readonly start: number; readonly end: number; readonly type: string;
  readonly image: string; readonly richtext: string; readonly weblink: string | null; readonly document: string; readonly embed: string | null;
}

/** A file stored in the v2 MEDIA_ROOT whose podfile row is still to be created. */
export interface PlannedFile {
  readonly video: VideoOwner;
  /** The path the storage chose (`_<suffix>` added when the name was taken). */
  readonly path: string;
  readonly kind: PodfileKind;
}

/** One completion or enrichment row with the files it points to, created just before it. */
export type PlannedItem =
  | { readonly type: 'document'; readonly video: VideoOwner; readonly document: PlannedFile }
  | { readonly type: 'track'; readonly video: VideoOwner; readonly track: Track; readonly src: PlannedFile }
  | { readonly type: 'enrichment'; readonly video: VideoOwner; readonly enrich: Enrich; readonly image: PlannedFile | null; readonly document: PlannedFile | null };

/** The files of an item in the order Django creates them. */
export function itemFiles(item: PlannedItem): PlannedFile[] {
  if (item.type === 'document') return [item.document];
  if (item.type === 'track') return [item.src];
  return [item.image, item.document].filter((f): f is PlannedFile => f !== null);
}

/** The counts and notes of one step's run, for its output. */
export class FileRunTally {
  readonly notes: string[] = [];
  created = 0;
  failedDownloads = 0;
  dropped = 0;

  note(text: string): void {
    if (this.notes.length < 10) this.notes.push(text);
  }
}

/** Plans one step's items for a page of videos, in file order; runs on the catalogue only. */
export class FilePlanner {
  constructor(
    readonly media: MediaStore,
    readonly tally: FileRunTally,
  ) {}

  /** `download_doc`: into tempfile/, or undefined (HTTP 404) when the v1 server lacks the file. */
  #download(v1Path: string, videoId: number): { name: string; file: MediaManifestEntry } | undefined {
    const file = this.media.download(v1Path);
    if (!file) {
      this.tally.failedDownloads++;
      this.tally.note(`video ${videoId}: download failed (HTTP 404), file ${basename(v1Path)}`);
      return undefined;
    }
    const name = basename(v1Path);
    this.media.save(`tempfile/${name}`, file, true);
    return { name, file };
  }

  /** The storage's save of the podfile's file (the row comes later). */
  #store(video: VideoOwner, name: string, file: Pick<MediaManifestEntry, 'size' | 'sha256'>, kind: PodfileKind): PlannedFile {
    return { video, path: this.media.save(podfilePath(video.hashkey, name), file), kind };
  }

  plan(kind: FileImport, video: VideoOwner, list: readonly unknown[], into: PlannedItem[]): void {
    if (kind === 'docpods') this.#docs(video, list as string[], into);
    if (kind === 'trackpods') this.#tracks(video, list as Track[], into);
    if (kind === 'enrichpods') this.#enrichments(video, list as Enrich[], into);
  }

  #docs(video: VideoOwner, list: readonly string[], into: PlannedItem[]): void {
    for (const doc of list) {
      const got = this.#download(doc, video.id);
      if (!got) continue;
      into.push({ type: 'document', video, document: this.#store(video, got.name, got.file, 'file') });
    }
  }

  #tracks(video: VideoOwner, list: readonly Track[], into: PlannedItem[]): void {
    for (const track of list) {
      const got = this.#download(track.src, video.id);
      if (!got) continue;
      const dot = got.name.lastIndexOf('.');
      const extension = got.name.slice(dot + 1);
      let name = got.name;
      if (extension === 'srt') {
        name = `${got.name.slice(0, -3)}vtt`;
        this.media.save(`tempfile/${name}`, got.file, true);
      } else if (extension !== 'vtt') {
        this.tally.dropped++; // "************ WARNING !!!!! ************"
        this.tally.note(`video ${video.id}: track .${extension} dropped (neither .srt nor .vtt)`);
        continue;
      }
      into.push({ type: 'track', video, track, src: this.#store(video, name, got.file, 'file') });
    }
  }

  #enrichments(video: VideoOwner, list: readonly Enrich[], into: PlannedItem[]): void {
    for (const enrich of list) {
      let image: PlannedFile | null = null;
      if (enrich.type === 'image' && enrich.image !== '') {
        const got = this.#download(enrich.image, video.id);
        image = got ? this.#store(video, got.name, got.file, 'image') : null;
      }
      let document: PlannedFile | null = null;
      if (enrich.type === 'document' && enrich.document !== '') {
        const got = this.#download(enrich.document, video.id);
        document = got ? this.#store(video, got.name, got.file, 'file') : null;
      }
      into.push({ type: 'enrichment', video, enrich, image, document });
    }
  }
}
