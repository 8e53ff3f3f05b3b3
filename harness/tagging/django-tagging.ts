/**
 * django-tagging 0.4.6 (Pod v2) and 0.5.0 (Pod v3), as Esup-Pod configures it: `FORCE_LOWERCASE_TAGS =
 * True`, `MAX_TAG_LENGTH = 50`, and `Video.save()` runs `remove_accents` over the whole `tags` string
 * before django-tagging's `post_save` hook parses it (`Tag.objects.update_tags`, which lower-cases every
 * parsed name). Source: https://github.com/Fantomas42/django-tagging/blob/v0.5.0/tagging/utils.py
 * (`parse_tag_input`, `split_strip`, `edit_string_for_tags`) and tagging/models.py (`update_tags`); 0.4.6
 * has the same functions.
 *
 * The `tags` varchar(255) column of `video_video` / `recorder_recorder` holds the raw string the user (or
 * an import script) assigned; {@link editStringForTags} is how django-tagging itself would write a tag
 * list so that parsing it gives the same list back.
 */
import { removeAccents, splitStrip, stripPython, uniqueSorted, type TagLibrary } from './tag-library.ts';

/**
 * `parse_tag_input`: without commas or double quotes the input is split on spaces; otherwise quoted
 * phrases are kept whole and the rest is split on commas if a comma appears outside quotes, else on
 * spaces. An unclosed quote is read as unquoted text. Returns unique names, sorted.
 *
 * ```ts
 * parseTagInput('histoire de la france')        // ['de', 'france', 'histoire', 'la']
 * parseTagInput('histoire de la france, python') // ['histoire de la france', 'python']
 * parseTagInput('"histoire de la france"')      // ['histoire de la france']
 * ```
 */
export function parseTagInput(input: string): string[] {
  if (!input) return [];
  if (!input.includes(',') && !input.includes('"')) return uniqueSorted(splitStrip(input, ' '));

  const chars = Array.from(input);
  const words: string[] = [];
  const toBeSplit: string[] = [];
  let buffer: string[] = [];
  let sawLooseComma = false;
  let openQuote = false;
  let i = 0;
  while (i < chars.length) {
    const c = chars[i++]!;
    if (c !== '"') {
      if (c === ',') sawLooseComma = true;
      buffer.push(c);
      continue;
    }
    if (buffer.length > 0) {
      toBeSplit.push(buffer.join(''));
      buffer = [];
    }
    openQuote = true;
    while (i < chars.length && chars[i] !== '"') buffer.push(chars[i++]!);
    if (i >= chars.length) break; // input ended inside the quote: the buffer is treated as unquoted
    i++; // the closing quote
    const word = stripPython(buffer.join(''));
    if (word) words.push(word);
    buffer = [];
    openQuote = false;
  }
  if (buffer.length > 0) {
    if (openQuote && buffer.includes(',')) sawLooseComma = true;
    toBeSplit.push(buffer.join(''));
  }
  const delimiter = sawLooseComma ? ',' : ' ';
  for (const chunk of toBeSplit) words.push(...splitStrip(chunk, delimiter));
  return uniqueSorted(words);
}

/**
 * `edit_string_for_tags`: names containing a comma are double-quoted; if any other name contains a space
 * the names are joined with ", ", otherwise with " ". Tags come in the order given (django-tagging's
 * `Tag` model orders by name).
 *
 * ```ts
 * editStringForTags(['histoire de la france']) // 'histoire de la france' — NOT quoted: re-parsing splits it
 * editStringForTags(['a', 'b c'])              // 'a, b c'
 * ```
 * The first example is django-tagging's own round-trip flaw: a lone multi-word name is written without
 * quotes or comma, and parsing that string splits it into words.
 */
export function editStringForTags(names: readonly string[]): string {
  const parts: string[] = [];
  let useCommas = false;
  for (const name of names) {
    if (name.includes(',')) {
      parts.push(`"${name}"`);
      continue;
    }
    if (name.includes(' ')) useCommas = true;
    parts.push(name);
  }
  return parts.join(useCommas ? ', ' : ' ');
}

export interface DjangoTaggingOptions {
  /** `FORCE_LOWERCASE_TAGS`. @default true (Pod's setting; the library's own default is false) */
  readonly forceLowercase?: boolean;
  /** Pod's `Video.save()` strips accents from the tag string. @default true */
  readonly stripAccents?: boolean;
  /** `MAX_TAG_LENGTH`, also the `tagging_tag.name` varchar length. @default 50 */
  readonly maxLength?: number;
}

/** django-tagging configured as given; {@link DJANGO_TAGGING} is Pod v2/v3's configuration. */
export function djangoTagging(options: DjangoTaggingOptions = {}): TagLibrary {
  const forceLowercase = options.forceLowercase ?? true;
  const stripAccents = options.stripAccents ?? true;
  const normalize = (name: string): string => {
    let out = stripPython(name);
    if (stripAccents) out = removeAccents(out);
    return forceLowercase ? out.toLowerCase() : out;
  };
  return {
    name: 'django-tagging',
    parse: (input) => parseTagInput(stripAccents ? removeAccents(input) : input),
    normalize,
    // tagging_tag.name is UNIQUE and update_tags looks names up exactly.
    identityKey: (name) => name,
    maxLength: options.maxLength ?? 50,
  };
}

export const DJANGO_TAGGING: TagLibrary = djangoTagging();
