/**
 * The statements of podfile.ts for a page of videos at a time: the videos in one query, the folders
 * looked up in one and the missing ones created in one, the file rows in one multi-row INSERT per table.
 * One by one, the file imports spent most of their time waiting for the server: five to six statements
 * per file (the video, its folders, the file row and its id, the completion row).
 * The rows written are the same, with the same ids (auto-increment ids follow the rows' order).
 */
import type { Connection } from 'rehearse';
import { basename } from './django-text.ts';
import type { PlannedFile } from './file-plan.ts';
import { PODFILE_TABLES, findVideo, folderKey, knownFolders, rememberFolder, type PodfileKind, type VideoOwner } from './podfile.ts';

/** Folders looked up per query (one scalar subquery each). */
const FOLDERS_PER_LOOKUP = 100;
/** Rows per multi-row INSERT. */
const ROWS_PER_INSERT = 500;

const placeholders = (n: number) => Array.from({ length: n }, () => '?').join(', ');

/**
 * {@link findVideo} for many ids: the videos, then their owners' hashkeys, each on a unique key (joined,
 * MariaDB may drive the join from authentication_owner, see video-download.ts). An id that is not a
 * plain integer goes through findVideo, so that it meets the server exactly as before.
 */
export async function findVideos(target: Connection, ids: readonly number[]): Promise<Map<number, VideoOwner>> {
  const found = new Map<number, VideoOwner>();
  const plain = [...new Set(ids.filter((id) => Number.isSafeInteger(id)))];
  for (const id of ids) {
    if (Number.isSafeInteger(id)) continue;
    const video = await findVideo(target, id);
    if (video) found.set(id, video);
  }
  if (plain.length === 0) return found;
  const videos = await target.query(`SELECT id, slug, owner_id FROM video_video WHERE id IN (${placeholders(plain.length)})`, plain);
  const ownerIds = [...new Set(videos.map((row) => Number(row.owner_id)))];
  if (ownerIds.length === 0) return found;
  const owners = await target.query(`SELECT user_id, hashkey FROM authentication_owner WHERE user_id IN (${placeholders(ownerIds.length)})`, ownerIds);
  const hashkeys = new Map<number, string>();
  for (const owner of owners) if (!hashkeys.has(Number(owner.user_id))) hashkeys.set(Number(owner.user_id), String(owner.hashkey));
  for (const row of videos) {
    const hashkey = hashkeys.get(Number(row.owner_id));
    if (hashkey !== undefined) found.set(Number(row.id), { id: Number(row.id), slug: String(row.slug), ownerId: Number(row.owner_id), hashkey });
  }
  return found;
}

interface FolderWanted { readonly key: string; readonly name: string; readonly ownerId: number }

/**
 * `SELECT id … WHERE name = ? AND owner_id = ?` for each folder, in one round trip: each name is compared
 * by the server as the one-by-one query compares it (the column's collation), which a single
 * `IN` list read back in JavaScript could not reproduce.
 */
async function lookUpFolders(target: Connection, wanted: readonly FolderWanted[]): Promise<(number | undefined)[]> {
  const ids: (number | undefined)[] = [];
  for (let at = 0; at < wanted.length; at += FOLDERS_PER_LOOKUP) {
    const chunk = wanted.slice(at, at + FOLDERS_PER_LOOKUP);
    const columns = chunk.map((_, i) => `(SELECT id FROM podfile_userfolder WHERE name = ? AND owner_id = ?) AS f${i}`);
    const row = (await target.query(`SELECT ${columns.join(', ')}`, chunk.flatMap((f) => [f.name, f.ownerId])))[0]!;
    chunk.forEach((_, i) => ids.push(row[`f${i}`] === null || row[`f${i}`] === undefined ? undefined : Number(row[`f${i}`])));
  }
  return ids;
}

/**
 * A name the folder table's case- and accent-insensitive collation might find equal to another: two
 * such names created in one page must go one by one (the second `get_or_create` finds the first).
 * Deliberately broad; a false alarm only costs a slower page.
 */
const looseName = (name: string): string => name.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().trimEnd();

/**
 * `get_or_create` of the `home` and video folders of these files, in their order: the ids by
 * {@link folderKey}, or undefined when two missing names might collide (the caller then goes one by one).
 */
export async function pageFolders(target: Connection, files: readonly PlannedFile[]): Promise<Map<string, number> | undefined> {
  const ids = new Map<string, number>();
  const wanted = new Map<string, FolderWanted>();
  const known = knownFolders(target);
  for (const { video } of files) {
    for (const name of ['home', video.slug]) {
      const key = folderKey(name, video.ownerId);
      const cached = known.get(key);
      if (cached !== undefined) ids.set(key, cached);
      else if (!ids.has(key)) wanted.set(key, { key, name, ownerId: video.ownerId });
    }
  }
  const lookup = [...wanted.values()];
  const found = await lookUpFolders(target, lookup);
  const missing = lookup.filter((_, i) => found[i] === undefined);
  lookup.forEach((f, i) => found[i] !== undefined && ids.set(f.key, found[i]));
  const loose = new Set(missing.map((f) => `${f.ownerId}/${looseName(f.name)}`));
  if (loose.size < missing.length) return undefined;
  for (let at = 0; at < missing.length; at += ROWS_PER_INSERT) {
    const chunk = missing.slice(at, at + ROWS_PER_INSERT);
    await target.execute(
      `INSERT INTO podfile_userfolder (name, owner_id, created_at) VALUES ${chunk.map(() => '(?, ?, UTC_TIMESTAMP(6))').join(', ')}`,
      chunk.flatMap((f) => [f.name, f.ownerId]),
    );
  }
  const created = await lookUpFolders(target, missing);
  missing.forEach((f, i) => {
    if (created[i] === undefined) throw new Error(`podfile_userfolder "${f.name}" of owner ${f.ownerId} is not found after its INSERT`);
    ids.set(f.key, created[i]);
  });
  for (const [key, id] of ids) rememberFolder(target, key, id);
  return ids;
}

/**
 * The file rows of these files, each kind's in their order, in multi-row INSERTs; `ids` receives each
 * file's row id. The rows of one INSERT take increasing auto-increment ids in row order, and nothing else
 * writes to the table meanwhile, so they are the rows from `LAST_INSERT_ID()` (the first one's) on.
 */
export async function insertPodfiles(target: Connection, files: readonly PlannedFile[], folders: ReadonlyMap<string, number>, ids: Map<PlannedFile, number>): Promise<void> {
  for (const kind of Object.keys(PODFILE_TABLES) as PodfileKind[]) {
    const table = PODFILE_TABLES[kind];
    const ofKind = files.filter((f) => f.kind === kind);
    for (let at = 0; at < ofKind.length; at += ROWS_PER_INSERT) {
      const chunk = ofKind.slice(at, at + ROWS_PER_INSERT);
      await target.execute(
        `INSERT INTO ${table} (name, description, folder_id, uploaded_at, created_by_id, file) VALUES ${chunk.map(() => "(?, '', ?, UTC_TIMESTAMP(6), ?, ?)").join(', ')}`,
        chunk.flatMap((f) => [basename(f.path), folders.get(folderKey(f.video.slug, f.video.ownerId))!, f.video.ownerId, f.path]),
      );
      const rows = await target.query(`SELECT id FROM ${table} WHERE id >= LAST_INSERT_ID() ORDER BY id LIMIT ${chunk.length}`);
      if (rows.length !== chunk.length) throw new Error(`${table}: ${rows.length} rows read back after inserting ${chunk.length}`);
      chunk.forEach((f, i) => ids.set(f, Number(rows[i]!.id)));
    }
  }
}

/** Multi-row INSERTs of `rows` into `table`, a few hundred rows per statement. */
export async function insertRows(target: Connection, table: string, columns: readonly string[], rows: readonly (readonly unknown[])[]): Promise<void> {
  const q = (name: string) => target.dialect.quoteIdentifier(name);
  const tuple = `(${placeholders(columns.length)})`;
  for (let at = 0; at < rows.length; at += ROWS_PER_INSERT) {
    const chunk = rows.slice(at, at + ROWS_PER_INSERT);
    await target.execute(`INSERT INTO ${table} (${columns.map(q).join(', ')}) VALUES ${chunk.map(() => tuple).join(', ')}`, chunk.flat());
  }
}
