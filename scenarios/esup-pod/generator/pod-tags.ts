/**
 * The tag-string and slug rules of the Pod versions the generator writes, taken from the public API so
 * that the generator stores exactly what each Pod version stored and the tag checks replay the same
 * rules (research/esup-pod.md §6.5, §8.6, §8.7):
 * - django-tagging's `parse_tag_input` and `edit_string_for_tags` (`parseTagInput`, `editStringForTags`);
 * - Django's `slugify` as of Django 1.9–2.2 (Pod 1.x/2.x; Pod 3.x's Django 3.2 differs only for titles
 *   starting or ending with a hyphen or an underscore, which the generator's names never do);
 * - Pod's `remove_accents`, which `Video.save()` applies to the tags string.
 */
import { parseTagInput, removeAccents, slugify as djangoSlugify } from 'rehearse';
import { POD_TAGGING_MAX_TAG_LENGTH } from '../tag-presets.ts';

export { editStringForTags, parseTagInput } from 'rehearse';

/** django-tagging MAX_TAG_LENGTH in Pod v2/v3 (tagging_tag.name is varchar(50)). */
export const TAGGING_MAX_TAG_LENGTH = POD_TAGGING_MAX_TAG_LENGTH;
/** Width of video_video.tags (TagField = CharField(255)). */
export { POD_TAGS_COLUMN_LENGTH as TAGS_COLUMN_LENGTH } from '../tag-presets.ts';

/** Pod's `remove_accents`: "vidéo" → "video". */
export const stripAccents = removeAccents;

const slugCache = new Map<string, string>();

/** Django's slugify (1.9–2.2 behaviour). Memoised (bounded): generated titles repeat, and slugify is
 * the generator's hottest function. */
export function slugify(text: string): string {
  let slug = slugCache.get(text);
  if (slug === undefined) {
    if (slugCache.size >= 20_000) slugCache.clear();
    slug = djangoSlugify(text, { django: '1.9' });
    slugCache.set(text, slug);
  }
  return slug;
}

/** What django-tagging's `update_tags` stores for a raw tags string with FORCE_LOWERCASE_TAGS = True. */
export function taggingNames(raw: string): string[] {
  return [...new Set(parseTagInput(raw).map((n) => n.toLowerCase()))];
}

/** The v2/v3 tagging_tag name for a display name: accents stripped by Video.save(), lowercased,
 * cut at MAX_TAG_LENGTH as a non-strict MySQL server cut it. */
export function taggingTagName(displayName: string): string {
  return removeAccents(displayName).toLowerCase().slice(0, TAGGING_MAX_TAG_LENGTH);
}
