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

export class TagUpdater {
  readonly #target: Connection;
  readonly #contentTypeId: number;
  readonly #ids = new Map<string, number>();
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

  /** `Tag.objects.update_tags(video, tagString)`. */
  async update(videoId: number, tagString: string): Promise<void> {
    const wanted = new Map<number, string>();
    for (const name of TagUpdater.names(tagString)) {
      const id = await this.#tagId(cutChars(name, MAX_TAG_LENGTH), name);
      if (!wanted.has(id)) wanted.set(id, name);
    }
    const current = await this.#target.query('SELECT tag_id FROM tagging_taggeditem WHERE content_type_id = ? AND object_id = ?', [this.#contentTypeId, videoId]);
    const have = new Set(current.map((r) => Number(r.tag_id)));
    const obsolete = [...have].filter((id) => !wanted.has(id));
    if (obsolete.length) {
      await this.#target.execute(
        `DELETE FROM tagging_taggeditem WHERE content_type_id = ? AND object_id = ? AND tag_id IN (${obsolete.map(() => '?').join(', ')})`,
        [this.#contentTypeId, videoId, ...obsolete],
      );
    }
    const missing = [...wanted.keys()].filter((id) => !have.has(id));
    if (missing.length) {
      await this.#target.execute(
        `INSERT INTO tagging_taggeditem (tag_id, content_type_id, object_id) VALUES ${missing.map(() => '(?, ?, ?)').join(', ')}`,
        missing.flatMap((id) => [id, this.#contentTypeId, videoId]),
      );
      this.links += missing.length;
    }
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
