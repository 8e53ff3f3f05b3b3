/**
 * The database side of a planned page (file-plan.ts): for each item, its file rows (podfile.ts), then its
 * `completion_document`, `completion_track` or `enrichment_enrichment` row. {@link writeOneByOne} runs
 * Django's statements in Django's order; {@link writePage} writes the same rows with a few statements per
 * page. Enrichment.save() makes the slug "<next auto-increment id>-<slugify(title)>" from MAX(id) + 1,
 * which the page computes once and counts on.
 */
import type { Connection } from 'rehearse';
import { slugify } from './django-text.ts';
import { itemFiles, type PlannedFile, type PlannedItem } from './file-plan.ts';
import { createPodfile } from './podfile.ts';
import { insertPodfiles, insertRows, pageFolders } from './podfile-pages.ts';

const NEXT_ENRICHMENT_ID = 'SELECT COALESCE(MAX(id), 0) + 1 AS n FROM enrichment_enrichment';

/** Each item type's table, its columns, and Django's one-row INSERT (its text as before: it shows in errors). */
const ROWS = {
  document: { table: 'completion_document', columns: ['video_id', 'document_id'], insert: 'INSERT INTO completion_document (video_id, document_id) VALUES (?, ?)' },
  track: { table: 'completion_track', columns: ['video_id', 'kind', 'lang', 'src_id'], insert: 'INSERT INTO completion_track (video_id, kind, lang, src_id) VALUES (?, ?, ?, ?)' },
  enrichment: {
    table: 'enrichment_enrichment',
    columns: ['id', 'video_id', 'title', 'slug', 'stop_video', 'start', 'end', 'type', 'image_id', 'richtext', 'weblink', 'document_id', 'embed'],
    insert: 'INSERT INTO enrichment_enrichment (id, video_id, title, slug, stop_video, `start`, `end`, `type`, image_id, richtext, weblink, document_id, embed) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
  },
} as const;

/** The item's row values; `enrichmentId` for an enrichment. */
function rowValues(item: PlannedItem, fileIds: ReadonlyMap<PlannedFile, number>, enrichmentId: number): unknown[] {
  const id = (file: PlannedFile | null) => (file === null ? null : fileIds.get(file)!);
  if (item.type === 'document') return [item.video.id, id(item.document)];
  if (item.type === 'track') return [item.video.id, item.track.kind, item.track.lang, id(item.src)];
  const e = item.enrich;
  return [
    enrichmentId, item.video.id, e.title, `${enrichmentId}-${slugify(e.title)}`.slice(0, 105), e.stop_video ? 1 : 0, e.start, e.end, e.type,
    id(item.image), e.richtext ?? '', e.weblink, id(item.document), e.embed,
  ];
}

/** Django's statements, one item after the other. */
export async function writeOneByOne(target: Connection, items: readonly PlannedItem[]): Promise<void> {
  for (const item of items) {
    const fileIds = new Map<PlannedFile, number>();
    for (const file of itemFiles(item)) fileIds.set(file, await createPodfile(target, file.video, file.path, file.kind));
    const enrichmentId = item.type === 'enrichment' ? Number((await target.query(NEXT_ENRICHMENT_ID))[0]!.n) : 0;
    await target.execute(ROWS[item.type].insert, rowValues(item, fileIds, enrichmentId));
  }
}

/**
 * The page's rows in a few statements: folders, file rows, then the items' rows, each table's in item
 * order. False (nothing written) when its folders must be created one by one.
 */
export async function writePage(target: Connection, items: readonly PlannedItem[]): Promise<boolean> {
  if (items.length === 0) return true;
  const files = items.flatMap(itemFiles);
  const folders = await pageFolders(target, files);
  if (!folders) return false;
  const fileIds = new Map<PlannedFile, number>();
  await insertPodfiles(target, files, folders, fileIds);
  let enrichmentId = items.some((item) => item.type === 'enrichment') ? Number((await target.query(NEXT_ENRICHMENT_ID))[0]!.n) : 0;
  for (const type of Object.keys(ROWS) as (keyof typeof ROWS)[]) {
    const rows = items.filter((item) => item.type === type).map((item) => rowValues(item, fileIds, item.type === 'enrichment' ? enrichmentId++ : 0));
    if (rows.length) await insertRows(target, ROWS[type].table, ROWS[type].columns, rows);
  }
  return true;
}
