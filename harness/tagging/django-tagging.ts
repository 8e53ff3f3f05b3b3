/**
 * django-tagging 0.4.6 and 0.5.0 (`tagging/utils.py`: `parse_tag_input`, `split_strip`,
 * `edit_string_for_tags`; `tagging/models.py`: `TagManager.update_tags`). The two releases differ only in
 * Python 2 compatibility imports; both were run on the inputs of the tests and return the same values.
 * Source: https://github.com/Fantomas42/django-tagging/blob/v0.5.0/tagging/utils.py
 *
 * Library defaults (`tagging/settings.py`): `FORCE_LOWERCASE_TAGS = False`, `MAX_TAG_LENGTH = 50`. The
 * `tags` column of a model with a `TagField` holds the raw string the user (or an import script) typed;
 * {@link editStringForTags} is how django-tagging itself writes a tag list back into such a string.
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
 * the names are joined with ", ", otherwise with " "; a single name containing a space is double-quoted
 * so that it is not read back as several tags. Tags come in the order given (django-tagging's `Tag`
 * model orders by name).
 *
 * ```ts
 * editStringForTags(['histoire de la france']) // '"histoire de la france"'
 * editStringForTags(['a', 'b c'])              // 'a, b c'
 * editStringForTags(['x,y', 'z'])              // '"x,y" z'
 * ```
 * The round trip is not exact for every list: a name holding both a comma and a double quote, or a
 * tab, does not come back as it was (django-tagging escapes nothing).
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
  const joined = parts.join(useCommas ? ', ' : ' ');
  return parts.length === 1 && useCommas ? `"${joined}"` : joined;
}

export interface DjangoTaggingOptions {
  /** `FORCE_LOWERCASE_TAGS`: `update_tags` lower-cases every parsed name. @default false */
  readonly forceLowercase?: boolean;
  /**
   * Not a django-tagging setting: the application strips accents from the whole tag string before
   * django-tagging parses it (Esup-Pod's `Video.save()` runs its `remove_accents` over `tags`).
   * @default false
   */
  readonly stripAccents?: boolean;
  /** `MAX_TAG_LENGTH`, also the `tagging_tag.name` varchar length. @default 50 */
  readonly maxLength?: number;
}

/** django-tagging configured as given; {@link DJANGO_TAGGING} has the library's own defaults. */
export function djangoTagging(options: DjangoTaggingOptions = {}): TagLibrary {
  const forceLowercase = options.forceLowercase ?? false;
  const stripAccents = options.stripAccents ?? false;
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

/** django-tagging with its default settings. */
export const DJANGO_TAGGING: TagLibrary = djangoTagging();
