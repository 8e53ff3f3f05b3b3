/**
 * Django's `slugify` (`django/utils/text.py`) in both of its behaviours. The function changed once, in
 * Django 3.0, and has not changed since (3.2 and 4.2, the versions of Esup-Pod 3 and 4, are the same):
 *
 * - `'1.9'` (Django 1.9 to 2.2; Django 1.8, Pod 1.x, is the same without `allow_unicode`): NFKD and ASCII
 *   only (or NFKC with `allow_unicode`), characters other than word characters, whitespace and hyphens
 *   removed, whitespace stripped, lower-cased, runs of hyphens and whitespace turned into one hyphen.
 *   Leading and trailing hyphens and underscores stay: `'-intro-'` → `'-intro-'`.
 * - `'3.0'` (Django 3.0 and later): lower-cased first, then the same removal and hyphen runs, then
 *   hyphens and underscores stripped at both ends: `'-intro-'` → `'intro'`, `'___'` → `''`.
 */
import { PYTHON_WHITESPACE, stripCharsPython, stripPython } from './python-string.ts';

/** The two behaviours of Django's `slugify`, named by the first Django release that has each. */
export const DJANGO_SLUGIFY_VERSIONS = ['1.9', '3.0'] as const;
export type DjangoSlugifyVersion = (typeof DJANGO_SLUGIFY_VERSIONS)[number];

export interface SlugifyOptions {
  /** Which behaviour of Django's `slugify` to reproduce. @default '3.0' (current Django) */
  readonly django?: DjangoSlugifyVersion;
  /** `allow_unicode=True`: NFKC and Unicode word characters kept instead of an ASCII fold. @default false */
  readonly allowUnicode?: boolean;
}

// Python's `\w` on `str` is "alphanumeric or underscore"; `\s` is `str.isspace()`.
const NOT_SLUG_CHARACTER = new RegExp(`[^\\p{L}\\p{N}_${PYTHON_WHITESPACE}-]`, 'gu');
const HYPHEN_OR_SPACE_RUN = new RegExp(`[${PYTHON_WHITESPACE}-]+`, 'gu');

/**
 * Django's `slugify(value, allow_unicode)` as of the Django version given (see {@link SlugifyOptions}).
 *
 * ```ts
 * slugify("Introduction à l'économie — partie 2") // 'introduction-a-leconomie-partie-2'
 * slugify('-intro-', { django: '1.9' })          // '-intro-'
 * slugify('-intro-')                              // 'intro'
 * ```
 */
export function slugify(value: string, options: SlugifyOptions = {}): string {
  const folded = options.allowUnicode
    ? value.normalize('NFKC')
    : value.normalize('NFKD').replace(/[^\x00-\x7f]/g, ''); // .encode('ascii', 'ignore')
  if (options.django === '1.9') {
    const kept = stripPython(folded.replace(NOT_SLUG_CHARACTER, '')).toLowerCase();
    return kept.replace(HYPHEN_OR_SPACE_RUN, '-');
  }
  const kept = folded.toLowerCase().replace(NOT_SLUG_CHARACTER, '');
  return stripCharsPython(kept.replace(HYPHEN_OR_SPACE_RUN, '-'), '-_');
}
