/**
 * The tag-string rules of the libraries Pod used, ported so that the generator writes exactly what each
 * Pod version stored, and so that tag checks can replay a hop (research/esup-pod.md §6.5, §8.6, §8.7):
 * - django-tagging 0.4/0.5 `parse_tag_input` and `edit_string_for_tags` (tagging/utils.py);
 * - Django's `slugify` (django/utils/text.py) used for slugs;
 * - accent stripping as Pod v2/v3 `Video.save()` applies to the tags string.
 */

/** django-tagging MAX_TAG_LENGTH in Pod v2/v3 (tagging_tag.name is varchar(50)). */
export const TAGGING_MAX_TAG_LENGTH = 50;
/** Width of video_video.tags (TagField = CharField(255)). */
export const TAGS_COLUMN_LENGTH = 255;

/** Removes combining accents: "vidéo" → "video" (NFD then drop U+0300–U+036F). */
export function stripAccents(text: string): string {
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
}

const slugCache = new Map<string, string>();

/** Django's slugify: ASCII-fold, drop what is not a word character, space or dash, lower, dashes.
 * Memoised (bounded): generated titles repeat, and slugify is the generator's hottest function. */
export function slugify(text: string): string {
  let slug = slugCache.get(text);
  if (slug === undefined) {
    if (slugCache.size >= 20_000) slugCache.clear();
    slug = slugifyUncached(text);
    slugCache.set(text, slug);
  }
  return slug;
}

function slugifyUncached(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[^\x00-\x7f]/g, '')
    .replace(/[^\w\s-]/g, '')
    .trim()
    .toLowerCase()
    .replace(/[-\s]+/g, '-');
}

function splitStrip(text: string, delimiter: string): string[] {
  return text
    .split(delimiter)
    .map((w) => w.trim())
    .filter((w) => w.length > 0);
}

/** Python's sorted(set(words)) for the strings we produce (code-point order). */
function sortedUnique(words: string[]): string[] {
  return [...new Set(words)].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

/**
 * django-tagging `parse_tag_input`: with no comma and no double quote, split on spaces; otherwise quoted
 * phrases are kept whole and the rest is split on commas if a loose comma exists, else on spaces.
 * Returns sorted unique names (before FORCE_LOWERCASE_TAGS, which `update_tags` applies afterwards).
 */
export function parseTagInput(input: string): string[] {
  if (!input) return [];
  if (!input.includes(',') && !input.includes('"')) return sortedUnique(splitStrip(input, ' '));
  const words: string[] = [];
  const toBeSplit: string[] = [];
  let buffer: string[] = [];
  let sawLooseComma = false;
  let openQuote = false;
  let i = 0;
  while (i < input.length) {
    let c = input[i++]!;
    if (c === '"') {
      if (buffer.length) {
        toBeSplit.push(buffer.join(''));
        buffer = [];
      }
      openQuote = true;
      if (i >= input.length) break;
      c = input[i++]!;
      let closed = false;
      while (true) {
        if (c === '"') {
          closed = true;
          break;
        }
        buffer.push(c);
        if (i >= input.length) break;
        c = input[i++]!;
      }
      if (!closed) break;
      const word = buffer.join('').trim();
      if (word) words.push(word);
      buffer = [];
      openQuote = false;
    } else {
      if (!sawLooseComma && c === ',') sawLooseComma = true;
      buffer.push(c);
    }
  }
  if (buffer.length) {
    if (openQuote && buffer.includes(',')) sawLooseComma = true;
    toBeSplit.push(buffer.join(''));
  }
  const delimiter = sawLooseComma ? ',' : ' ';
  for (const chunk of toBeSplit) words.push(...splitStrip(chunk, delimiter));
  return sortedUnique(words);
}

/**
 * django-tagging `edit_string_for_tags`: names with a comma are quoted; if any name has a space the glue
 * is ", " (else " "); a single name with a space is quoted so it is not read back as several tags.
 */
export function editStringForTags(names: readonly string[]): string {
  const out: string[] = [];
  let useCommas = false;
  for (const name of names) {
    if (name.includes(',')) {
      out.push(`"${name}"`);
      continue;
    }
    if (name.includes(' ')) useCommas = true;
    out.push(name);
  }
  const result = out.join(useCommas ? ', ' : ' ');
  return out.length === 1 && useCommas ? `"${result}"` : result;
}

/** What django-tagging's `update_tags` stores for a raw tags string with FORCE_LOWERCASE_TAGS = True. */
export function taggingNames(raw: string): string[] {
  return [...new Set(parseTagInput(raw).map((n) => n.toLowerCase()))];
}

/** The v2/v3 tagging_tag name for a display name: accents stripped by Video.save(), lowercased,
 * cut at MAX_TAG_LENGTH as a non-strict MySQL server cut it. */
export function taggingTagName(displayName: string): string {
  return stripAccents(displayName).toLowerCase().slice(0, TAGGING_MAX_TAG_LENGTH);
}
