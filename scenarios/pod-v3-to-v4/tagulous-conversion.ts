/**
 * The tag part of `import_data_from_v3_to_v4` (research notes §8.6), for one synthetic table: the old
 * tag data is deleted, then each row `{ video_id, tag_name }` is assigned to the v4 tagulous field of
 * its video and the video saved, inside a transaction. Reproduced here without Django, with upstream's
 * transaction per video turned into a transaction per batch of videos with the same per-video outcome:
 * the batch is first written with one multi-row INSERT of its tag links under one savepoint; only if a
 * statement of it fails is it rolled back and replayed video by video, each in its own savepoint, so
 * that the failing video alone loses its tags (see {@link TagulousConversion.convert}):
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

/** Videos converted per transaction: enough to spread the commit cost, small enough to bound the
 * memory of the pending rows and the work a failing batch-level statement throws away. */
export const TAGULOUS_BATCH_SIZE = 500;

/** Links per multi-row INSERT: two parameters each, well under PostgreSQL's 65,535. */
const LINKS_PER_INSERT = 10_000;

/** A tag created in the current savepoint: its case-folded name and its slug. */
interface CreatedTag {
  readonly key: string;
  readonly slug: string;
}

export class TagulousConversion {
  readonly #db: Connection;
  readonly #t: TagTables;
  readonly #isVideo: boolean;
  readonly #batchSize: number;
  /** Tag id by case-folded name, and use counts: bounded by the number of distinct tags, not rows. */
  readonly #ids = new Map<string, number>();
  readonly #counts = new Map<number, number>();
  readonly #slugs = new Set<string>();
  /** Rows waiting for the next batch transaction. */
  #pending: ExportedRow[] = [];
  objects = 0;
  readonly problems: string[] = [];

  constructor(target: Connection, table: SyntheticTagTable, batchSize = TAGULOUS_BATCH_SIZE) {
    this.#db = target;
    this.#t = TABLES[table];
    this.#isVideo = table === VIDEO_TAG_TABLE;
    this.#batchSize = batchSize;
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

  /** Queues one synthetic row; every {@link TAGULOUS_BATCH_SIZE} rows the batch is converted. */
  async convert(row: ExportedRow): Promise<void> {
    this.#pending.push(row);
    if (this.#pending.length >= this.#batchSize) await this.#flush();
  }

  /**
   * Converts the pending rows in one transaction. The whole batch is tried at once (a few statements
   * instead of four or five per video); when one of its statements fails, the batch is rolled back to
   * its savepoint and replayed video by video, each inside its own savepoint: a video that fails is
   * rolled back alone and recorded, the others of the batch still commit — the outcome upstream's one
   * transaction per video gives. Both ways write the same rows in the same order when nothing fails.
   */
  async #flush(): Promise<void> {
    const rows = this.#pending;
    this.#pending = [];
    if (rows.length === 0) return;
    const objects = await this.#objectsOf(rows);
    await this.#db.execute(this.#db.kind === 'postgres' ? 'BEGIN' : 'START TRANSACTION');
    let converted: number[][];
    try {
      converted = (await this.#convertBatch(rows, objects)) ?? (await this.#convertEach(rows, objects));
      await this.#db.execute('COMMIT');
    } catch (error) {
      await this.#db.execute('ROLLBACK').catch(() => undefined);
      throw error;
    }
    for (const tagIds of converted) for (const tagId of tagIds) this.#counts.set(tagId, (this.#counts.get(tagId) ?? 0) + 1);
    this.objects += converted.length;
  }

  #missing(id: unknown): string {
    return `${this.#t.object} ${String(id)}: This ${this.#isVideo ? 'video' : 'recorder'} had to be deleted in Pod v3, but the keywords were kept`;
  }

  /**
   * The whole batch under one savepoint: tags found or created as each video names them, then every
   * link of the batch in multi-row INSERTs, then the slugs that change, in video order. Returns the tag
   * ids of each converted video, or undefined when a statement failed and the batch was rolled back
   * (problems are recorded only on success, so that the replay records them once, in row order).
   */
  async #convertBatch(rows: readonly ExportedRow[], objects: ReadonlyMap<string, Record<string, unknown>>): Promise<number[][] | undefined> {
    const created: CreatedTag[] = [];
    const problems: string[] = [];
    const converted: number[][] = [];
    const links: unknown[][] = [];
    const slugs: [string, unknown][] = [];
    await this.#db.execute('SAVEPOINT tagulous_batch');
    try {
      for (const row of rows) {
        const id = row[this.#t.objectId];
        const object = objects.get(String(id));
        if (!object) {
          problems.push(this.#missing(id));
          continue;
        }
        const tagIds = await this.#tagIdsOf(row, created);
        for (const tagId of tagIds) links.push([id, tagId]);
        const slug = this.#newSlug(object);
        if (slug !== undefined) slugs.push([slug, id]);
        converted.push(tagIds);
      }
      for (let i = 0; i < links.length; i += LINKS_PER_INSERT) await this.#insertLinks(links.slice(i, i + LINKS_PER_INSERT));
      for (const [slug, id] of slugs) await this.#updateSlug(slug, id);
      await this.#db.execute('RELEASE SAVEPOINT tagulous_batch');
    } catch {
      await this.#db.execute('ROLLBACK TO SAVEPOINT tagulous_batch');
      this.#forget(created);
      return undefined;
    }
    this.problems.push(...problems);
    return converted;
  }

  /** The batch video by video, each in its own savepoint (after the batch as a whole failed). */
  async #convertEach(rows: readonly ExportedRow[], objects: ReadonlyMap<string, Record<string, unknown>>): Promise<number[][]> {
    const converted: number[][] = [];
    for (const row of rows) {
      const id = row[this.#t.objectId];
      const object = objects.get(String(id));
      if (!object) {
        this.problems.push(this.#missing(id));
        continue;
      }
      const tagIds = await this.#convertInSavepoint(row, object);
      if (tagIds) converted.push(tagIds);
    }
    return converted;
  }

  /** The objects of a batch by id, in one query. */
  async #objectsOf(rows: readonly ExportedRow[]): Promise<Map<string, Record<string, unknown>>> {
    const q = (n: string) => this.#db.dialect.quoteIdentifier(n);
    const ids = [...new Set(rows.map((row) => row[this.#t.objectId]))];
    const marks = ids.map((_, i) => this.#db.dialect.placeholder(i + 1)).join(', ');
    const columns = this.#isVideo ? 'id, title, slug' : 'id';
    const found = await this.#db.query(`SELECT ${columns} FROM ${q(this.#t.object)} WHERE id IN (${marks})`, ids);
    return new Map(found.map((object) => [String(object.id), object]));
  }

  /** One row inside a savepoint; returns its tag ids, or undefined when it failed and was rolled back. */
  async #convertInSavepoint(row: ExportedRow, object: Record<string, unknown>): Promise<number[] | undefined> {
    const id = row[this.#t.objectId];
    const created: CreatedTag[] = [];
    await this.#db.execute('SAVEPOINT tagulous_object');
    try {
      const tagIds = await this.#tagIdsOf(row, created);
      if (tagIds.length > 0) await this.#insertLinks(tagIds.map((tagId) => [id, tagId]));
      const slug = this.#newSlug(object);
      if (slug !== undefined) await this.#updateSlug(slug, id);
      await this.#db.execute('RELEASE SAVEPOINT tagulous_object');
      return tagIds;
    } catch (error) {
      await this.#db.execute('ROLLBACK TO SAVEPOINT tagulous_object');
      this.#forget(created);
      const tagName = typeof row.tag_name === 'string' ? row.tag_name : '';
      this.problems.push(`${this.#t.object} ${String(id)}: tags "${tagName.slice(0, 80)}" not saved: ${(error as Error).message}`);
      return undefined;
    }
  }

  /** The tag ids of a row's tag string (tagulous `parse_tags`), tags created as needed. */
  async #tagIdsOf(row: ExportedRow, created: CreatedTag[]): Promise<number[]> {
    const tagName = typeof row.tag_name === 'string' ? row.tag_name : '';
    const tagIds = new Set<number>();
    for (const name of POD_V4_TAGS.parse(tagName)) tagIds.add(await this.#tagId(name, created));
    return [...tagIds];
  }

  /** `Video.save()`'s slug when it differs from the stored one; recorders keep theirs. */
  #newSlug(object: Record<string, unknown>): string | undefined {
    if (!this.#isVideo) return undefined;
    const slug = videoSlug(String(object.id), String(object.title ?? ''));
    return slug === object.slug ? undefined : slug;
  }

  async #insertLinks(links: readonly unknown[][]): Promise<void> {
    const q = (n: string) => this.#db.dialect.quoteIdentifier(n);
    const p = (i: number) => this.#db.dialect.placeholder(i);
    const values = links.map((_, i) => `(${p(2 * i + 1)}, ${p(2 * i + 2)})`).join(', ');
    await this.#db.execute(`INSERT INTO ${q(this.#t.through)} (${q(this.#t.objectId)}, ${q(this.#t.throughTag)}) VALUES ${values}`, links.flat());
  }

  async #updateSlug(slug: string, id: unknown): Promise<void> {
    const p = (i: number) => this.#db.dialect.placeholder(i);
    await this.#db.execute(`UPDATE video_video SET slug = ${p(1)} WHERE id = ${p(2)}`, [slug, id]);
  }

  /** Tags created inside a savepoint rolled back are gone with it: their names and slugs are free again
   * (tagulous finds a free slug by looking at the table). */
  #forget(created: readonly CreatedTag[]): void {
    for (const tag of created) {
      this.#ids.delete(tag.key);
      this.#slugs.delete(tag.slug);
    }
  }

  /** Converts the last batch, then writes each tag's `count` (tagulous increments it per object as it
   * goes; the end state is the same), all counts in one transaction. */
  async finish(): Promise<void> {
    await this.#flush();
    const p = (i: number) => this.#db.dialect.placeholder(i);
    await this.#db.execute(this.#db.kind === 'postgres' ? 'BEGIN' : 'START TRANSACTION');
    try {
      for (const [tagId, count] of this.#counts) {
        await this.#db.execute(`UPDATE ${this.#db.dialect.quoteIdentifier(this.#t.tags)} SET count = ${p(1)} WHERE id = ${p(2)}`, [count, tagId]);
      }
      await this.#db.execute('COMMIT');
    } catch (error) {
      await this.#db.execute('ROLLBACK').catch(() => undefined);
      throw error;
    }
  }

  /** The id of a tag, created when missing; `created` collects the tags this call created. */
  async #tagId(name: string, created: CreatedTag[]): Promise<number> {
    const key = POD_V4_TAGS.identityKey(name);
    const cached = this.#ids.get(key);
    if (cached !== undefined) return cached;
    let id = await this.#findIexact(name);
    if (id === undefined) {
      const slug = uniqueTagSlug(name, this.#slugs);
      created.push({ key, slug });
      id = await this.#create(name, slug);
    }
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

  async #create(name: string, slug: string): Promise<number> {
    const table = this.#db.dialect.quoteIdentifier(this.#t.tags);
    if (this.#db.kind === 'postgres') {
      const [row] = await this.#db.query(`INSERT INTO ${table} (name, slug, count, protected) VALUES ($1, $2, 0, false) RETURNING id`, [name, slug]);
      return Number(row!.id);
    }
    await this.#db.execute(`INSERT INTO ${table} (name, slug, count, protected) VALUES (?, ?, 0, 0)`, [name, slug]);
    const [row] = await this.#db.query('SELECT LAST_INSERT_ID() AS id');
    return Number(row!.id);
  }
}
