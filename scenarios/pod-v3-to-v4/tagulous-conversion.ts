/**
 * The tag part of `import_data_from_v3_to_v4` (research notes §8.6), for one synthetic table: the old
 * tag data is deleted, then each row `{ video_id, tag_name }` is assigned to the v4 tagulous field of
 * its video and the video saved, inside a transaction. Reproduced here without Django:
 *
 * - the string is parsed with tagulous' `parse_tags` (harness/tagging/tagulous.ts: a comma anywhere
 *   makes the comma the delimiter, otherwise spaces are; so a video whose only tag is "machine
 *   learning" gets "machine" and "learning", and a GROUP_CONCAT cut leaves a fragment as a tag);
 * - each name reuses a tag that matches it case-insensitively (`case_sensitive=False`, Django `iexact`)
 *   or creates one with a unique slug; `count` is the number of objects using the tag;
 * - `Video.save()` recomputes the slug as `%04d-<slugify(title)>`; its other side effects (Elasticsearch
 *   indexing thread, default site, podfile folder rights) are not reproduced, nor the 0.3 s pause that
 *   only paces them.
 */
import type { Connection } from 'rehearse';
import { POD_V4_TAGS } from '../esup-pod/tag-presets.ts';
import { VIDEO_TAG_TABLE, type SyntheticTagTable } from './exported-tables.ts';
import type { ExportedRow } from './exported-json-reader.ts';
import { uniqueTagSlug, videoSlug } from './slugify.ts';

interface TagTables {
  readonly object: string;
  readonly objectId: string;
  readonly tags: string;
  readonly through: string;
  readonly throughTag: string;
}

const TABLES: Record<SyntheticTagTable, TagTables> = {
  video_tagging_tag_2_tagulous: { object: 'video_video', objectId: 'video_id', tags: 'video_tagulous_video_tags', through: 'video_video_tags', throughTag: 'tagulous_video_tags_id' },
  recorder_tagging_tag_2_tagulous: { object: 'recorder_recorder', objectId: 'recorder_id', tags: 'recorder_tagulous_recorder_tags', through: 'recorder_recorder_tags', throughTag: 'tagulous_recorder_tags_id' },
};

export class TagulousConversion {
  readonly #db: Connection;
  readonly #t: TagTables;
  readonly #isVideo: boolean;
  /** Tag id by case-folded name, and use counts: bounded by the number of distinct tags, not rows. */
  readonly #ids = new Map<string, number>();
  readonly #counts = new Map<number, number>();
  readonly #slugs = new Set<string>();
  objects = 0;
  readonly problems: string[] = [];

  constructor(target: Connection, table: SyntheticTagTable) {
    this.#db = target;
    this.#t = TABLES[table];
    this.#isVideo = table === VIDEO_TAG_TABLE;
  }

  /** Whether v4 has this tag model at all (the recorder app may be absent). */
  async available(): Promise<boolean> {
    const names = new Set((await this.#db.introspector.listTables()).map((t) => t.name));
    return names.has(this.#t.tags) && names.has(this.#t.through);
  }

  /** The delete step, in upstream order: tag model first, then the through table, counters reset. */
  async deleteOld(): Promise<void> {
    const q = (n: string) => this.#db.dialect.quoteIdentifier(n);
    await this.#db.execute(`DELETE FROM ${q(this.#t.tags)}`);
    await this.#resetCounter();
    await this.#db.execute(`DELETE FROM ${q(this.#t.through)}`);
    // Upstream runs the MySQL form again unconditionally, which aborts on PostgreSQL; the patched
    // variant has already reset the sequence above.
    if (this.#db.kind !== 'postgres') await this.#db.execute(`ALTER TABLE ${q(this.#t.through)} AUTO_INCREMENT = 1`);
  }

  async #resetCounter(): Promise<void> {
    const q = (n: string) => this.#db.dialect.quoteIdentifier(n);
    if (this.#db.kind !== 'postgres') {
      await this.#db.execute(`ALTER TABLE ${q(this.#t.through)} AUTO_INCREMENT = 1`);
      return;
    }
    const [row] = await this.#db.query('SELECT pg_get_serial_sequence($1, $2) AS seq', [this.#t.through, 'id']);
    if (row?.seq) await this.#db.execute(`ALTER SEQUENCE ${String(row.seq)} RESTART WITH 1`);
  }

  /** One synthetic row; a failure is rolled back and recorded, and the next row goes on. */
  async convert(row: ExportedRow): Promise<void> {
    const id = row[this.#t.objectId];
    const tagName = typeof row.tag_name === 'string' ? row.tag_name : '';
    const q = (n: string) => this.#db.dialect.quoteIdentifier(n);
    const p = (i: number) => this.#db.dialect.placeholder(i);
    const columns = this.#isVideo ? 'id, title, slug' : 'id';
    const [object] = await this.#db.query(`SELECT ${columns} FROM ${q(this.#t.object)} WHERE id = ${p(1)}`, [id]);
    if (!object) {
      this.problems.push(`${this.#t.object} ${String(id)}: This ${this.#isVideo ? 'video' : 'recorder'} had to be deleted in Pod v3, but the keywords were kept`);
      return;
    }
    await this.#db.execute(this.#db.kind === 'postgres' ? 'BEGIN' : 'START TRANSACTION');
    try {
      const tagIds = new Set<number>();
      for (const name of POD_V4_TAGS.parse(tagName)) tagIds.add(await this.#tagId(name));
      if (tagIds.size > 0) {
        const values = [...tagIds].map((_, i) => `(${p(2 * i + 1)}, ${p(2 * i + 2)})`).join(', ');
        const params = [...tagIds].flatMap((tagId) => [id, tagId]);
        await this.#db.execute(`INSERT INTO ${q(this.#t.through)} (${q(this.#t.objectId)}, ${q(this.#t.throughTag)}) VALUES ${values}`, params);
      }
      if (this.#isVideo) {
        const slug = videoSlug(String(object.id), String(object.title ?? ''));
        if (slug !== object.slug) await this.#db.execute(`UPDATE video_video SET slug = ${p(1)} WHERE id = ${p(2)}`, [slug, id]);
      }
      await this.#db.execute('COMMIT');
      for (const tagId of tagIds) this.#counts.set(tagId, (this.#counts.get(tagId) ?? 0) + 1);
      this.objects++;
    } catch (error) {
      await this.#db.execute('ROLLBACK');
      for (const [key, tagId] of this.#ids) if (!(await this.#exists(tagId))) this.#ids.delete(key);
      this.problems.push(`${this.#t.object} ${String(id)}: tags "${tagName.slice(0, 80)}" not saved: ${(error as Error).message}`);
    }
  }

  /** Writes each tag's `count` (tagulous increments it per object as it goes; the end state is the same). */
  async finish(): Promise<void> {
    const p = (i: number) => this.#db.dialect.placeholder(i);
    for (const [tagId, count] of this.#counts) {
      await this.#db.execute(`UPDATE ${this.#db.dialect.quoteIdentifier(this.#t.tags)} SET count = ${p(1)} WHERE id = ${p(2)}`, [count, tagId]);
    }
  }

  async #tagId(name: string): Promise<number> {
    const key = POD_V4_TAGS.identityKey(name);
    const cached = this.#ids.get(key);
    if (cached !== undefined) return cached;
    const id = (await this.#findIexact(name)) ?? (await this.#create(name));
    this.#ids.set(key, id);
    return id;
  }

  /** Django `name__iexact`: LIKE under the column's collation on MariaDB, UPPER() LIKE UPPER() on PostgreSQL. */
  async #findIexact(name: string): Promise<number | undefined> {
    const pattern = name.replace(/[\\%_]/g, (c) => `\\${c}`);
    const table = this.#db.dialect.quoteIdentifier(this.#t.tags);
    const sql = this.#db.kind === 'postgres'
      ? `SELECT id FROM ${table} WHERE UPPER(name::text) LIKE UPPER($1) LIMIT 1`
      : `SELECT id FROM ${table} WHERE name LIKE ? LIMIT 1`;
    const [row] = await this.#db.query(sql, [pattern]);
    return row ? Number(row.id) : undefined;
  }

  async #create(name: string): Promise<number> {
    const table = this.#db.dialect.quoteIdentifier(this.#t.tags);
    const slug = uniqueTagSlug(name, this.#slugs);
    if (this.#db.kind === 'postgres') {
      const [row] = await this.#db.query(`INSERT INTO ${table} (name, slug, count, protected) VALUES ($1, $2, 0, false) RETURNING id`, [name, slug]);
      return Number(row!.id);
    }
    await this.#db.execute(`INSERT INTO ${table} (name, slug, count, protected) VALUES (?, ?, 0, 0)`, [name, slug]);
    const [row] = await this.#db.query('SELECT LAST_INSERT_ID() AS id');
    return Number(row!.id);
  }

  async #exists(tagId: number): Promise<boolean> {
    const p = this.#db.dialect.placeholder(1);
    return (await this.#db.query(`SELECT 1 AS x FROM ${this.#db.dialect.quoteIdentifier(this.#t.tags)} WHERE id = ${p}`, [tagId])).length > 0;
  }
}
