/**
 * The four id-keyed exports of the v1 shell script (research §6.3): `{"<v1 video id>": [...]}` for tags,
 * docpods, trackpods and enrichpods, built from one ordered query each and grouped per video as the rows
 * stream by (one video's list in memory at a time).
 */
import type { Connection, Row } from 'rehearse';
import { JsonFileWriter } from '../json/json-file-writer.ts';

export interface VideoMapExport {
  readonly file: string;
  /** Rows ordered by `video_id`; a row whose `item_id` is NULL adds no list item (LEFT JOIN). */
  readonly sql: string;
  /** Videos without items get `[]` (tags, docpods) or no key at all (trackpods, enrichpods: `if count() > 0`). */
  readonly keepEmpty: boolean;
  readonly item: (row: Row) => unknown;
}

const text = (value: unknown) => (value === null || value === undefined ? '' : String(value));

export const VIDEO_MAP_EXPORTS: readonly VideoMapExport[] = [
  {
    file: 'tags.json',
    keepEmpty: true,
    sql: `SELECT p.id AS video_id, i.id AS item_id, t.name FROM pods_pod p
          LEFT JOIN taggit_taggeditem i ON i.object_id = p.id
            AND i.content_type_id = (SELECT id FROM django_content_type WHERE app_label = 'pods' AND model = 'pod')
          LEFT JOIN taggit_tag t ON t.id = i.tag_id ORDER BY p.id, i.id`,
    item: (row) => row.name,
  },
  {
    file: 'docpods.json',
    keepEmpty: true,
    sql: `SELECT p.id AS video_id, d.id AS item_id, f.file FROM pods_pod p
          LEFT JOIN pods_docpods d ON d.video_id = p.id LEFT JOIN filer_file f ON f.id = d.document_id ORDER BY p.id, d.id`,
    item: (row) => row.file,
  },
  {
    file: 'trackpods.json',
    keepEmpty: false,
    // `if d.src:` — tracks without a file are left out.
    sql: `SELECT t.video_id, t.id AS item_id, t.kind, t.lang, f.file FROM pods_trackpods t
          JOIN filer_file f ON f.id = t.src_id ORDER BY t.video_id, t.id`,
    item: (row) => ({ kind: row.kind, lang: row.lang, src: row.file }),
  },
  {
    file: 'enrichpods.json',
    keepEmpty: false,
    sql: `SELECT e.video_id, e.id AS item_id, e.title, e.stop_video, e.start, e.end, e.type, fi.file AS image, e.richtext,
                 e.weblink, fd.file AS document, e.embed
          FROM pods_enrichpods e LEFT JOIN filer_file fi ON fi.id = e.image_id LEFT JOIN filer_file fd ON fd.id = e.document_id
          ORDER BY e.video_id, e.id`,
    item: (row) => ({
      title: row.title,
      stop_video: Number(row.stop_video) !== 0,
      start: row.start,
      end: row.end,
      type: row.type,
      image: text(row.image),
      richtext: row.richtext,
      weblink: row.weblink,
      document: text(row.document),
      embed: row.embed,
    }),
  },
];

/** Writes one id-keyed export; returns the number of videos written. */
export async function writeVideoMap(source: Connection, spec: VideoMapExport, file: string): Promise<number> {
  const out = JsonFileWriter.object(file);
  let current: { id: string; items: unknown[] } | undefined;
  const flush = async () => {
    if (current && (spec.keepEmpty || current.items.length > 0)) await out.entry(current.id, current.items);
  };
  for await (const row of source.stream(spec.sql)) {
    const id = String(row.video_id);
    if (current?.id !== id) {
      await flush();
      current = { id, items: [] };
    }
    if (row.item_id !== null) current.items.push(spec.item(row));
  }
  await flush();
  await out.close();
  return out.count;
}
