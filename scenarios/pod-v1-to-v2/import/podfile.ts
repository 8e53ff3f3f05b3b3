/**
 * `create_and_save_doc` / `create_and_save_image` of `import_data` with USE_PODFILE = True (research §6.6):
 * get or create the owner's `home` folder and a folder named after the video slug, then a
 * `podfile_customfilemodel` / `podfile_customimagemodel` row whose file is saved by Django's storage under
 * `files/<owner hashkey>/<slugify(name)>.<ext>` (podfile `get_upload_path_files`).
 *
 * These are the one-by-one statements Django runs; podfile-pages.ts writes the same rows a page at a time.
 */
import type { Connection } from 'rehearse';
import { basename, slugify } from './django-text.ts';

export interface VideoOwner {
  readonly id: number;
  readonly slug: string;
  readonly ownerId: number;
  readonly hashkey: string;
}

export type PodfileKind = 'file' | 'image';

export const PODFILE_TABLES: Readonly<Record<PodfileKind, string>> = { file: 'podfile_customfilemodel', image: 'podfile_customimagemodel' };

/** `Video.objects.get(id=…)` with `video.owner.owner.hashkey`; undefined is "does not exist". */
export async function findVideo(target: Connection, id: number): Promise<VideoOwner | undefined> {
  const rows = await target.query(
    'SELECT v.id, v.slug, v.owner_id, o.hashkey FROM video_video v JOIN authentication_owner o ON o.user_id = v.owner_id WHERE v.id = ?',
    [id],
  );
  const r = rows[0];
  return r && { id: Number(r.id), slug: String(r.slug), ownerId: Number(r.owner_id), hashkey: String(r.hashkey) };
}

/**
 * Folder ids already found or created, per connection (one run): a folder is never deleted or renamed
 * during the imports, so `get_or_create` finds the same row each time. Every file of a video asks for
 * its owner's `home` and the video's folder; remembering them saves two queries per file. Bounded:
 * cleared when full, which only costs the queries again.
 */
const FOLDERS = new WeakMap<Connection, Map<string, number>>();
const FOLDER_CACHE_LIMIT = 10_000;

export const folderKey = (name: string, ownerId: number): string => `${ownerId}/${name}`;

/** The folder ids known on this connection. */
export function knownFolders(target: Connection): Map<string, number> {
  let known = FOLDERS.get(target);
  if (!known) FOLDERS.set(target, (known = new Map()));
  return known;
}

/** Remembers a folder id (the cache is bounded). */
export function rememberFolder(target: Connection, key: string, id: number): void {
  const known = knownFolders(target);
  if (known.size >= FOLDER_CACHE_LIMIT) known.clear();
  known.set(key, id);
}

/** Forgets every folder id: after a rollback, some may name rows that no longer exist. */
export function forgetFolders(target: Connection): void {
  FOLDERS.delete(target);
}

/** `UserFolder.objects.get_or_create(name=…, owner=…)`. */
export async function folder(target: Connection, name: string, ownerId: number): Promise<number> {
  const key = folderKey(name, ownerId);
  const cached = knownFolders(target).get(key);
  if (cached !== undefined) return cached;
  const find = () => target.query('SELECT id FROM podfile_userfolder WHERE name = ? AND owner_id = ?', [name, ownerId]);
  let rows = await find();
  if (!rows[0]) {
    await target.execute('INSERT INTO podfile_userfolder (name, owner_id, created_at) VALUES (?, ?, UTC_TIMESTAMP(6))', [name, ownerId]);
    rows = await find();
  }
  const id = Number(rows[0]!.id);
  rememberFolder(target, key, id);
  return id;
}

/** `get_upload_path_files`: `files/<hashkey>/<slugify(fname)>.<ext>`. */
export function podfilePath(hashkey: string, fileName: string): string {
  const dot = fileName.lastIndexOf('.');
  const [fname, ext] = dot >= 0 ? [fileName.slice(0, dot), fileName.slice(dot + 1)] : ['', fileName];
  return `files/${hashkey}/${slugify(fname)}.${ext}`;
}

/**
 * Creates the file row of a file already stored under `path` (MediaStore.save) and returns its id: the
 * two folders, then the row.
 */
export async function createPodfile(target: Connection, video: VideoOwner, path: string, kind: PodfileKind): Promise<number> {
  await folder(target, 'home', video.ownerId);
  const videoDir = await folder(target, video.slug, video.ownerId);
  await target.execute(
    `INSERT INTO ${PODFILE_TABLES[kind]} (name, description, folder_id, uploaded_at, created_by_id, file) VALUES (?, '', ?, UTC_TIMESTAMP(6), ?, ?)`,
    [basename(path), videoDir, video.ownerId, path],
  );
  // The id Django reads back from the cursor (lastrowid). Looking the row up by `file` instead scans the
  // table, which has no index on it: one scan per file made the file imports grow with the square of the
  // number of files.
  const rows = await target.query('SELECT LAST_INSERT_ID() AS id');
  return Number(rows[0]!.id);
}
