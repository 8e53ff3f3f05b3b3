/**
 * Accent stripping as every Esup-Pod version defines it (`remove_accents` in pod 1.x
 * `pods/models.py` and in Esup-Pod 2.x–3.x `pod/video/models.py`, applied to tag names and to the
 * `Video.tags` string):
 *
 * ```python
 * nkfd_form = unicodedata.normalize('NFKD', input_str)
 * return "".join([c for c in nkfd_form if not unicodedata.combining(c)])
 * ```
 *
 * NFKD, not NFD: compatibility characters are folded too ("ﬁ" → "fi", "²" → "2"). Only characters
 * with a non-zero canonical combining class are dropped, which is narrower than "every mark": a
 * spacing vowel sign such as Devanagari "ा" (class 0) stays, its nukta "़" (class 7) goes.
 */

const combiningCache = new Map<string, boolean>();

/**
 * `unicodedata.combining(c) != 0`, read from the normaliser itself: canonical ordering moves a character
 * of class 1–239 in front of U+0345 (the only class-240 character), and leaves a class-0 one in place.
 */
function hasCombiningClass(ch: string): boolean {
  let known = combiningCache.get(ch);
  if (known === undefined) {
    known = ch === '\u0345' || `\u0345${ch}`.normalize('NFD') !== `\u0345${ch}`;
    combiningCache.set(ch, known);
  }
  return known;
}

/**
 * Pod's `remove_accents`: NFKD decomposition, then every character with a non-zero combining class
 * dropped. "Vidéo" → "Video", "ﬁn" → "fin", "ǅ" → "Dz"; "ß", "œ", "Ø" and "ł" have no decomposition and stay.
 */
export function removeAccents(input: string): string {
  const decomposed = input.normalize('NFKD');
  // ASCII cannot hold a combining character: the common case needs no per-character look-up.
  if (/^[\x00-\x7f]*$/.test(decomposed)) return decomposed;
  let out = '';
  for (const ch of decomposed) if (ch < '\u0300' || !hasCombiningClass(ch)) out += ch;
  return out;
}
