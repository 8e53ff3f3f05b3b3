/**
 * django-tagging's `post_save` hook on `Video.tags` (Pod 2.x, django-tagging 0.4.6 `TagField._save` →
 * `Tag.objects.update_tags`): the tag string is parsed (`parse_tag_input`), names are lower-cased
 * (FORCE_LOWERCASE_TAGS), tagged items no longer in the list are deleted and missing ones are created,
 * with `get_or_create` on `tagging_tag.name` varchar(50) (MAX_TAG_LENGTH). Rules: harness/tagging/django-tagging.ts.
 *
 * One deviation: a name longer than 50 characters is stored cut by a non-strict server, so Django's next
 * `get(name=<full name>)` misses it and its `create` hits the unique key (IntegrityError). The rehearsal
 * looks the cut name up instead and goes on, so that the tags check can show every cut.
 */
import { parseTagInput, type Connection } from 'rehearse';
import { cutChars } from './django-text.ts';

const MAX_TAG_LENGTH = 50;
const CACHE_LIMIT = 100_000;
/** Tagged items per multi-row INSERT. */
const PENDING_LIMIT = 5_000;

export class TagUpdater {
  readonly #target: Connection;
  readonly #contentTypeId: number;
  readonly #ids = new Map<string, number>();
  /** Tag ids of the videos read by {@link load}, kept up to date by {@link update}. */
  readonly #current = new Map<number, Set<number>>();
  /** Tagged items to insert: (tag_id, content_type_id, object_id). */
  #pending: number[][] = [];
  created = 0;
  links = 0;

  private constructor(target: Connection, contentTypeId: number) {
    this.#target = target;
    this.#contentTypeId = contentTypeId;
  }

  static async open(target: Connection): Promise<TagUpdater> {
    const rows = await target.query("SELECT id FROM django_content_type WHERE app_label = 'video' AND model = 'video'");
    if (!rows[0]) throw new Error('django_content_type has no video.video row: the v2 initial data (target setup) did not run');
    return new TagUpdater(target, Number(rows[0].id));
  }

  /** The names `update_tags` stores for a tag string. */
  static names(tagString: string): string[] {
    return [...new Set(parseTagInput(tagString).map((n) => n.toLowerCase()))];
  }

  /**
   * Reads the tagged items of these videos in one query, so that {@link update} on them needs none:
   * the callers go through videos a few hundred at a time.
   */
  async load(videoIds: readonly number[]): Promise<void> {
    await this.flush();
    this.#current.clear();
    if (videoIds.length === 0) return;
    for (const id of videoIds) this.#current.set(id, new Set());
    const rows = await this.#target.query(
      `SELECT object_id, tag_id FROM tagging_taggeditem WHERE content_type_id = ? AND object_id IN (${videoIds.map(() => '?').join(', ')})`,
      [this.#contentTypeId, ...videoIds],
    );
    for (const row of rows) this.#current.get(Number(row.object_id))?.add(Number(row.tag_id));
  }

  /**
   * `Tag.objects.update_tags(video, tagString)`. The items it creates are queued and written in one
   * multi-row INSERT by {@link flush} (before any later read or delete of the table, so the order of
   * the writes Django makes is kept).
   */
  async update(videoId: number, tagString: string): Promise<void> {
    const wanted = new Map<number, string>();
    for (const name of TagUpdater.names(tagString)) {
      const id = await this.#tagId(cutChars(name, MAX_TAG_LENGTH), name);
      if (!wanted.has(id)) wanted.set(id, name);
    }
    const have = this.#current.get(videoId) ?? (await this.#read(videoId));
    const obsolete = [...have].filter((id) => !wanted.has(id));
    if (obsolete.length) {
      await this.flush();
      await this.#target.execute(
        `DELETE FROM tagging_taggeditem WHERE content_type_id = ? AND object_id = ? AND tag_id IN (${obsolete.map(() => '?').join(', ')})`,
        [this.#contentTypeId, videoId, ...obsolete],
      );
    }
    for (const id of wanted.keys()) if (!have.has(id)) this.#pending.push([id, this.#contentTypeId, videoId]);
    if (this.#current.has(videoId)) this.#current.set(videoId, new Set(wanted.keys()));
    if (this.#pending.length >= PENDING_LIMIT) await this.flush();
  }

  /** Writes the queued tagged items. */
  async flush(): Promise<void> {
    const rows = this.#pending;
    this.#pending = [];
    if (rows.length === 0) return;
    await this.#target.execute(`INSERT INTO tagging_taggeditem (tag_id, content_type_id, object_id) VALUES ${rows.map(() => '(?, ?, ?)').join(', ')}`, rows.flat());
    this.links += rows.length;
  }

  /** The tag ids of one video not loaded with {@link load}. */
  async #read(videoId: number): Promise<Set<number>> {
    await this.flush();
    const rows = await this.#target.query('SELECT tag_id FROM tagging_taggeditem WHERE content_type_id = ? AND object_id = ?', [this.#contentTypeId, videoId]);
    return new Set(rows.map((r) => Number(r.tag_id)));
  }

  async #tagId(stored: string, name: string): Promise<number> {
    const cached = this.#ids.get(stored);
    if (cached !== undefined) return cached;
    let rows = await this.#target.query('SELECT id FROM tagging_tag WHERE name = ?', [stored]);
    if (!rows[0]) {
      // The full name is sent, as Django does; a non-strict server cuts it (warning 1265).
      await this.#target.execute('INSERT INTO tagging_tag (name) VALUES (?)', [name]);
      this.created++;
      rows = await this.#target.query('SELECT id FROM tagging_tag WHERE name = ?', [stored]);
    }
    const id = Number(rows[0]!.id);
    if (this.#ids.size >= CACHE_LIMIT) this.#ids.clear();
    this.#ids.set(stored, id);
    return id;
  }
}
