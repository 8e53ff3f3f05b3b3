/**
 * Python 3 `str` semantics that the ported Django libraries rely on and that JavaScript's built-ins get
 * subtly wrong: `str.strip()` / `str.isspace()` (JavaScript's `\s` misses U+001C–U+001F and U+0085 and
 * adds U+FEFF), and `sorted()` on strings (code-point order, where JavaScript compares UTF-16 units and
 * puts astral characters before U+E000–U+FFFF).
 */

/** The characters for which Python's `str.isspace()` is true, as a regular-expression class body. */
export const PYTHON_WHITESPACE = '\\t\\n\\v\\f\\r\\x1c-\\x20\\x85\\xa0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000';

const EDGE_WHITESPACE = new RegExp(`^[${PYTHON_WHITESPACE}]+|[${PYTHON_WHITESPACE}]+$`, 'gu');

/** Python's `str.strip()` with no argument: removes `isspace()` characters at both ends. */
export function stripPython(text: string): string {
  return text.replace(EDGE_WHITESPACE, '');
}

/** Python's `str.strip(chars)`: removes any of `chars` at both ends. */
export function stripCharsPython(text: string, chars: string): string {
  const set = new Set(Array.from(chars));
  const cps = Array.from(text);
  let start = 0;
  let end = cps.length;
  while (start < end && set.has(cps[start]!)) start++;
  while (end > start && set.has(cps[end - 1]!)) end--;
  return cps.slice(start, end).join('');
}

/**
 * `split_strip` as django-tagging, django-taggit and tagulous each define it: split on a delimiter,
 * `strip()` each piece, drop the empty ones.
 */
export function splitStrip(input: string, delimiter: string): string[] {
  if (!input) return [];
  return input
    .split(delimiter)
    .map((word) => stripPython(word))
    .filter((word) => word.length > 0);
}

/** Orders strings by code point, as Python compares `str` values. */
export function comparePython(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(i);
    if (x !== y) return codePointRank(x) - codePointRank(y);
  }
  return a.length - b.length;
}

/** Surrogates (astral characters) rank above U+E000–U+FFFF, as their code points do. */
function codePointRank(unit: number): number {
  if (unit >= 0xe000) return unit - 0x800;
  if (unit >= 0xd800) return unit + 0x2000;
  return unit;
}

/** Python's `sorted(set(words))` for `str`: unique, in code-point order. */
export function uniqueSorted(words: Iterable<string>): string[] {
  return [...new Set(words)].sort(comparePython);
}
