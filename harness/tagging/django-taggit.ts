/**
 * django-taggit 0.20.1 as Pod v1 (EsupPortail/pod 1.8.1) uses it: a custom `MyTaggableManager` whose
 * `add()` lower-cases and strips accents from every name when `TAGGIT_FORCE_LOWERCASE` is true (its
 * default there), and `TAGGIT_CASE_INSENSITIVE = True` in the settings sample. `taggit_tag.name` is
 * varchar(100).
 * Sources: https://github.com/EsupPortail/pod/blob/1.8.1/pod_project/pods/models.py (`remove_accents`,
 * `_MyTaggableManager.add`) and https://github.com/jazzband/django-taggit/blob/0.20.1/taggit/utils.py
 * (`_parse_tags`, a copy of django-tagging's `parse_tag_input`).
 */
import { parseTagInput } from './django-tagging.ts';
import { removeAccents, stripPython, type TagLibrary } from './tag-library.ts';

export interface DjangoTaggitOptions {
  /** `TAGGIT_FORCE_LOWERCASE` read by Pod v1's manager (lower-case + strip accents). @default true */
  readonly forceLowercase?: boolean;
  /** `TAGGIT_CASE_INSENSITIVE`: names differing only by case are one tag. @default true */
  readonly caseInsensitive?: boolean;
  /** `taggit_tag.name` length. @default 100 */
  readonly maxLength?: number;
}

/** taggit's `_parse_tags`: the same rules as django-tagging's `parse_tag_input`. */
export const parseTaggit = parseTagInput;

/** django-taggit configured as given; {@link DJANGO_TAGGIT} is Pod v1's configuration. */
export function djangoTaggit(options: DjangoTaggitOptions = {}): TagLibrary {
  const forceLowercase = options.forceLowercase ?? true;
  const caseInsensitive = options.caseInsensitive ?? true;
  return {
    name: 'django-taggit',
    parse: parseTaggit,
    // Pod v1: `remove_accents(t.lower())` when forced, and `remove_accents(t)` in every case.
    normalize: (name) => removeAccents(forceLowercase ? stripPython(name).toLowerCase() : stripPython(name)),
    identityKey: (name) => (caseInsensitive ? name.toLowerCase() : name),
    maxLength: options.maxLength ?? 100,
  };
}

export const DJANGO_TAGGIT: TagLibrary = djangoTaggit();
