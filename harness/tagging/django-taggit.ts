/**
 * django-taggit 0.20 (`taggit/utils.py`: `_parse_tags`, a port of django-tagging's `parse_tag_input`,
 * and `_edit_string_for_tags`, which is not: it quotes every name with a comma or a space and joins
 * the sorted names with ", "). The parser is unchanged up to 3.1, which was run on the inputs of the
 * tests. `taggit_tag.name` is varchar(100).
 * Source: https://github.com/jazzband/django-taggit/blob/0.20.0/taggit/utils.py
 *
 * Library defaults: `TAGGIT_CASE_INSENSITIVE = False`, names stored as given. Lower-casing is not a
 * taggit setting: an application's own manager does it (Pod 1.x's `_MyTaggableManager.add` runs
 * `remove_accents(t.lower())` when its `TAGGIT_FORCE_LOWERCASE` is on), hence {@link DjangoTaggitOptions}.
 */
import { parseTagInput } from './django-tagging.ts';
import { comparePython } from '../text/python-string.ts';
import { removeAccents, stripPython, type TagLibrary } from './tag-library.ts';

export interface DjangoTaggitOptions {
  /**
   * Not a taggit setting: the application's manager lower-cases names before storing them (Pod 1.x's
   * `TAGGIT_FORCE_LOWERCASE`, read by its custom manager). @default false
   */
  readonly forceLowercase?: boolean;
  /** Not a taggit setting: the application's manager strips accents from names (Pod 1.x's). @default false */
  readonly stripAccents?: boolean;
  /** `TAGGIT_CASE_INSENSITIVE`: names differing only by case are one tag. @default false */
  readonly caseInsensitive?: boolean;
  /** `taggit_tag.name` length. @default 100 */
  readonly maxLength?: number;
}

/** taggit's `_parse_tags`: the same rules as django-tagging's `parse_tag_input`. */
export const parseTaggit = parseTagInput;

/**
 * taggit's `_edit_string_for_tags`: every name holding a comma or a space is double-quoted, and the
 * results are sorted and joined with ", ".
 *
 * ```ts
 * editStringForTaggit(['python', 'machine learning']) // '"machine learning", python'
 * ```
 */
export function editStringForTaggit(names: readonly string[]): string {
  return names
    .map((name) => (name.includes(',') || name.includes(' ') ? `"${name}"` : name))
    .sort(comparePython)
    .join(', ');
}

/** django-taggit configured as given; {@link DJANGO_TAGGIT} has the library's own defaults. */
export function djangoTaggit(options: DjangoTaggitOptions = {}): TagLibrary {
  const forceLowercase = options.forceLowercase ?? false;
  const caseInsensitive = options.caseInsensitive ?? false;
  const stripAccents = options.stripAccents ?? false;
  const normalize = (name: string): string => {
    const cased = forceLowercase ? stripPython(name).toLowerCase() : stripPython(name);
    return stripAccents ? removeAccents(cased) : cased;
  };
  return {
    name: 'django-taggit',
    parse: parseTaggit,
    normalize,
    identityKey: (name) => (caseInsensitive ? name.toLowerCase() : name),
    maxLength: options.maxLength ?? 100,
  };
}

/** django-taggit with its default settings. */
export const DJANGO_TAGGIT: TagLibrary = djangoTaggit();
