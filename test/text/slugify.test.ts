/**
 * Django's slugify in both behaviours. Every expected value is what the Python original returned:
 * django/utils/text.py slugify of Django 3.2.25 (Debian's python3-django; the 3.0+ behaviour) and the
 * Django 1.9-2.2 function (text.py of those releases, run under the same Python 3.11), each with
 * allow_unicode False and True.
 */
import { describe, expect, it } from 'vitest';
import { DJANGO_SLUGIFY_VERSIONS, slugify } from 'rehearse';

/** input, Django 1.9-2.2, Django 3.0+, 1.9-2.2 with allow_unicode, 3.0+ with allow_unicode */
const DJANGO_OUTPUTS: ReadonlyArray<readonly [string, string, string, string, string]> = [
  ["Introduction à l'économie — partie 2", "introduction-a-leconomie-partie-2", "introduction-a-leconomie-partie-2", "introduction-à-léconomie-partie-2", "introduction-à-léconomie-partie-2"],
  ["-intro-", "-intro-", "intro", "-intro-", "intro"],
  ["_a_", "_a_", "a", "_a_", "a"],
  [" _a_ ", "_a_", "a", "_a_", "a"],
  ["Hello  World", "hello-world", "hello-world", "hello-world", "hello-world"],
  ["a--b", "a-b", "a-b", "a-b", "a-b"],
  ["a - b", "a-b", "a-b", "a-b", "a-b"],
  ["  x  ", "x", "x", "x", "x"],
  ["Ünïcödé", "unicode", "unicode", "ünïcödé", "ünïcödé"],
  ["ﬁn ²", "fin-2", "fin-2", "fin-2", "fin-2"],
  ["日本語", "", "", "日本語", "日本語"],
  ["", "", "", "", ""],
  ["___", "___", "", "___", ""],
  ["a_b", "a_b", "a_b", "a_b", "a_b"],
  ["A\u001cB", "a-b", "a-b", "a-b", "a-b"],
  ["Straße", "strae", "strae", "straße", "straße"],
  ["œuvre", "uvre", "uvre", "œuvre", "œuvre"],
  ["x\u00a0y", "x-y", "x-y", "x-y", "x-y"],
  ["Été 2024 !", "ete-2024", "ete-2024", "été-2024", "été-2024"],
  ["C++ & C#", "c-c", "c-c", "c-c", "c-c"],
  ["-_-", "-_-", "", "-_-", ""],
  ["–dash–", "dash", "dash", "dash", "dash"],
  ["क\u093c\u093e", "", "", "क", "क"],
  ["\ufeffx", "x", "x", "x", "x"],
  ["a\u0085b", "ab", "ab", "a-b", "a-b"],
];

describe('slugify reproduces Django', () => {
  it.each(DJANGO_OUTPUTS)('%j', (input, legacy, current, legacyUnicode, currentUnicode) => {
    expect(slugify(input, { django: '1.9' })).toBe(legacy);
    expect(slugify(input, { django: '3.0' })).toBe(current);
    expect(slugify(input, { django: '1.9', allowUnicode: true })).toBe(legacyUnicode);
    expect(slugify(input, { django: '3.0', allowUnicode: true })).toBe(currentUnicode);
  });

  it('defaults to the current behaviour, and names both versions', () => {
    expect(slugify('-intro-')).toBe('intro');
    expect(DJANGO_SLUGIFY_VERSIONS).toEqual(['1.9', '3.0']);
  });
});
