/**
 * The tags of one video, in the three shapes Pod stored them: v1 taggit names (display form), the
 * v2/v3 raw `video_video.tags` string (as typed, accents stripped by Video.save(), cut at 255 characters)
 * and the v2/v3 tagging names parsed from the full string by django-tagging (lowercased, cut at 50).
 *
 * Clean data avoids the documented triggers: a multi-word tag is never a video's only tag and lists stay
 * short. The tag defects (junk-keywords, multi-word-tags, long-tags, long-tag-lists) add them.
 */
import { editStringForTags, stripAccents, TAGGING_MAX_TAG_LENGTH, taggingNames, TAGS_COLUMN_LENGTH } from './pod-tags.ts';
import type { PodWorld, TagEntry } from './pod-world.ts';
import { rowRng, type Rng } from './rng.ts';

export interface VideoTags {
  /** Vocabulary entries, in the order the user typed them. */
  readonly entries: readonly TagEntry[];
  /** v2/v3 `video_video.tags` as stored (≤ 255 characters). */
  readonly raw: string;
  /** v2/v3 tagging_tag ids of the video (unique). */
  readonly taggingIds: readonly number[];
}

export class VideoTagger {
  readonly #world: PodWorld;
  readonly #stream: number;
  readonly #single: readonly TagEntry[];
  readonly #multi: readonly TagEntry[];
  readonly #junk: readonly TagEntry[];
  readonly #long: readonly TagEntry[];

  constructor(world: PodWorld) {
    this.#world = world;
    this.#stream = world.stream('video-tags');
    this.#single = world.tagEntries('single');
    this.#multi = world.tagEntries('multi');
    this.#junk = world.tagEntries('junk');
    this.#long = world.tagEntries('long');
  }

  tags(videoId: number): VideoTags {
    const rng = rowRng(this.#stream, videoId);
    const entries = this.#choose(rng);
    // Users type some tags in another case than the stored one ("python" / "Python").
    const typed = entries.map((e) => (rng.chance(0.15) ? flipCase(e.name) : e.name));
    const style = rng.next();
    const full = stripAccents(
      typed.length >= 2 && style < 0.15 ? typed.join(', ') : typed.length >= 2 && style < 0.25 ? typed.join(',') : editStringForTags(typed),
    );
    const ids = new Set<number>();
    for (const name of taggingNames(full)) ids.add(this.#world.tagIdForTaggingName(name.slice(0, TAGGING_MAX_TAG_LENGTH)));
    return { entries, raw: [...full].slice(0, TAGS_COLUMN_LENGTH).join(''), taggingIds: [...ids] };
  }

  #choose(rng: Rng): TagEntry[] {
    const w = this.#world;
    const d = rng.next();
    if (w.has('junk-keywords') && d < 0.04) return [rng.pick(this.#junk)];
    if (w.has('multi-word-tags') && d >= 0.04 && d < 0.08) return [rng.pick(this.#multi)];
    if (w.has('long-tag-lists') && d >= 0.08 && d < 0.1) return this.#pickDistinct(rng, rng.int(112, 125), true);
    if (w.has('long-tags') && d >= 0.1 && d < 0.14) return [rng.pick(this.#long), ...this.#pickDistinct(rng, rng.int(1, 3), false)];
    const b = rng.next();
    if (b < 0.1) return [];
    if (b < 0.25) return [rng.pick(this.#single)];
    return this.#pickDistinct(rng, rng.int(2, 6), true);
  }

  #pickDistinct(rng: Rng, count: number, allowMulti: boolean): TagEntry[] {
    const pool = allowMulti ? [...this.#single, ...this.#multi] : this.#single;
    const picked = new Map<number, TagEntry>();
    while (picked.size < Math.min(count, pool.length)) {
      const entry = rng.pick(pool);
      picked.set(entry.id, entry);
    }
    return [...picked.values()];
  }
}

function flipCase(name: string): string {
  const first = name.charAt(0);
  const flipped = first === first.toUpperCase() ? first.toLowerCase() : first.toUpperCase();
  return flipped + name.slice(1);
}
