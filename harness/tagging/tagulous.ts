/**
 * django-tagulous 2.1.0: `parse_tags`, `split_strip` and `render_tags` (tagulous/utils.py), run on the
 * inputs of the tests; the defaults are the library's (tagulous/constants.py field options:
 * `case_sensitive=False`, `space_delimiter=True`, `force_lowercase=False`; tagulous/settings.py:
 * `TAGULOUS_NAME_MAX_LENGTH = 255`).
 * Source: https://github.com/radiac/django-tagulous/blob/v2.1.0/tagulous/utils.py
 *
 * With `case_sensitive=False` tagulous looks an existing tag up case-insensitively and reuses it, so the
 * stored name keeps the case of whichever spelling was saved first: "Python" and "python" are one tag.
 */
import { comparePython } from '../text/python-string.ts';
import { slugify, type DjangoSlugifyVersion } from '../text/slugify.ts';
import { splitStrip, stripPython, uniqueSorted, type TagLibrary } from './tag-library.ts';

const COMMA = ',';
const SPACE = ' ';
const QUOTE = '"';

/** Python's `str.strip(chars)` family for one character. */
function lstripChar(text: string, ch: string): string {
  let i = 0;
  while (text[i] === ch) i++;
  return text.slice(i);
}
function rstripChar(text: string, ch: string): string {
  let i = text.length;
  while (i > 0 && text[i - 1] === ch) i--;
  return text.slice(0, i);
}

/**
 * `parse_tags`: without quotes, a comma anywhere makes the comma the delimiter, otherwise spaces are.
 * With quotes, a comma outside quotes takes precedence over spaces, `""` is an escaped quote and an
 * unmatched quote stays in the name. Returns unique names, sorted.
 *
 * ```ts
 * parseTags('histoire de la france')   // ['de', 'france', 'histoire', 'la']
 * parseTags('a,b c')                   // ['a', 'b c']  (v3 export's GROUP_CONCAT separator, no space)
 * parseTags('"histoire de la france"') // ['histoire de la france']
 * ```
 */
export function parseTags(tagString: string, spaceDelimiter = true): string[] {
  if (!tagString) return [];
  const text = Array.from(tagString);
  let tags: string[] = [];
  let tag = '';
  let delimiter = spaceDelimiter ? SPACE : COMMA;
  let inQuote = false;

  if (!tagString.includes(QUOTE)) {
    delimiter = !tagString.includes(COMMA) && spaceDelimiter ? SPACE : COMMA;
    return uniqueSorted(splitStrip(tagString, delimiter));
  }

  let pos = 0;
  while (pos < text.length) {
    const index = pos;
    const char = text[pos++]!;
    if (!inQuote) {
      if (delimiter !== COMMA && char === COMMA) {
        // Comma takes priority: everything before it was one tag.
        delimiter = COMMA;
        tags = [];
        tag = stripPython(text.slice(0, index).join(''));
        let len = tag.length;
        tag = lstripChar(tag, QUOTE);
        const left = len - tag.length;
        len = tag.length;
        tag = rstripChar(tag, QUOTE);
        const right = len - tag.length;
        tag = tag.replaceAll('""', QUOTE);
        tag = QUOTE.repeat(Math.floor(left / 2)) + tag + QUOTE.repeat(Math.floor(right / 2));
        if (right % 2 === 1 && left % 2 === 0) tag += QUOTE;
      }
      if (char === delimiter) {
        tag = tag.trimEnd();
        if (tag) {
          tags.push(tag);
          tag = '';
        }
        continue;
      }
      if (!tag && char === SPACE) continue;
    }
    if (char !== QUOTE) {
      tag += char;
      continue;
    }
    let quoteCount = 1;
    while (pos < text.length && text[pos] === QUOTE) {
      quoteCount++;
      pos++;
    }
    if (!tag) {
      if (quoteCount % 2 === 1) inQuote = true;
      tag = QUOTE.repeat(Math.floor(quoteCount / 2));
      continue;
    }
    tag += QUOTE.repeat(Math.floor(quoteCount / 2));
    if (quoteCount % 2 === 0) continue;
    if (pos >= text.length) {
      inQuote = false;
      break;
    }
    // Look ahead: an odd quote followed by a delimiter closes the quoted tag.
    for (let j = pos; j < text.length; j++) {
      const next = text[j];
      if (next === SPACE) {
        if (delimiter === SPACE) {
          inQuote = false;
          break;
        }
        continue;
      }
      if (next === COMMA) {
        inQuote = false;
        break;
      }
      tag += QUOTE;
      break;
    }
  }
  if (tag) {
    if (inQuote) tag = QUOTE + tag;
    tags.push(tag);
  }
  return uniqueSorted(tags);
}

/**
 * `render_tags`: quotes are doubled, names with a comma or a space are double-quoted, names are sorted
 * and joined with ", ". Parsing the result with {@link parseTags} gives the names back.
 */
export function renderTags(names: readonly string[]): string {
  return names
    .map((name) => {
      const escaped = name.replaceAll(QUOTE, QUOTE + QUOTE);
      return escaped.includes(COMMA) || escaped.includes(SPACE) ? `"${escaped}"` : escaped;
    })
    .sort(comparePython)
    .join(', ');
}

export interface TagulousOptions {
  /** `case_sensitive`. @default false */
  readonly caseSensitive?: boolean;
  /** `force_lowercase`. @default false */
  readonly forceLowercase?: boolean;
  /** `space_delimiter`. @default true */
  readonly spaceDelimiter?: boolean;
  /** `TAGULOUS_NAME_MAX_LENGTH`. @default 255 */
  readonly maxLength?: number;
}

/** django-tagulous configured as given; {@link TAGULOUS} has the library's own defaults. */
export function tagulous(options: TagulousOptions = {}): TagLibrary {
  const caseSensitive = options.caseSensitive ?? false;
  const forceLowercase = options.forceLowercase ?? false;
  const spaceDelimiter = options.spaceDelimiter ?? true;
  return {
    name: 'tagulous',
    parse: (input) => parseTags(input, spaceDelimiter),
    normalize: (name) => (forceLowercase ? stripPython(name).toLowerCase() : stripPython(name)),
    identityKey: (name) => (caseSensitive ? name : name.toLowerCase()),
    maxLength: options.maxLength ?? 255,
  };
}

export interface TagulousSlugOptions {
  /** The tag model's `slug` max_length, `TAGULOUS_SLUG_MAX_LENGTH`. @default 50 */
  readonly maxLength?: number;
  /** `TAGULOUS_SLUG_TRUNCATE_UNIQUE`: characters freed for the `_N` suffix. @default 5 */
  readonly truncateUnique?: number;
  /** `TAGULOUS_SLUG_ALLOW_UNICODE`. @default false */
  readonly allowUnicode?: boolean;
  /** The Django whose `slugify` tagulous calls. @default '3.0' */
  readonly django?: DjangoSlugifyVersion;
}

/**
 * The slug tagulous 2.1.0 gives a new tag (`BaseTagModel.save`, tagulous/models/models.py): the
 * slugified name (`"_"` when ASCII folding leaves nothing) cut to the slug length; if a tag already has
 * that slug, the name's slug cut `truncateUnique` characters shorter, `_`, and one more than the highest
 * number already used after that base (`^base_[0-9]+$`), or 1.
 *
 * ```ts
 * tagulousSlug('Python', new Set())                     // 'python'
 * tagulousSlug('python!', new Set(['python']))          // 'python_1'
 * tagulousSlug('Python', new Set(['python', 'python_4'])) // 'python_5'
 * ```
 * `existingSlugs` holds the slugs of the tags already in the table; the caller adds the result to it.
 */
export function tagulousSlug(name: string, existingSlugs: ReadonlySet<string>, options: TagulousSlugOptions = {}): string {
  const maxLength = options.maxLength ?? 50;
  const allowUnicode = options.allowUnicode ?? false;
  let base = slugify(name, { django: options.django ?? '3.0', allowUnicode });
  // Django 3.0+ strips underscores, which can leave nothing of a name it cannot fold to ASCII.
  if (!allowUnicode && base === '') base = '_';
  const cut = (text: string, length: number): string => Array.from(text).slice(0, Math.max(0, length)).join('');
  const slug = cut(base, maxLength);
  if (!existingSlugs.has(slug)) return slug;
  const numberedBase = cut(base, maxLength - (options.truncateUnique ?? 5));
  const numbered = new RegExp(`^${numberedBase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}_([0-9]+)$`, 'u');
  let highest = 0;
  for (const existing of existingSlugs) {
    const match = numbered.exec(existing);
    if (match) highest = Math.max(highest, Number(match[1]));
  }
  return `${numberedBase}_${highest + 1}`;
}

/** django-tagulous with a `TagField()` of default options and default settings. */
export const TAGULOUS: TagLibrary = tagulous();
