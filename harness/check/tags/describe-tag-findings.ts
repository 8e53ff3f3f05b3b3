/**
 * One-line explanation of an entity's tag differences for the report, e.g.
 * `tag "apprentissage automatique" lost, "apprentissage" and "automatique" added`.
 */
import type { TagLibrary } from '../../tagging/tag-library.ts';
import type { TagComparison, TagFindingClass } from './classify-tags.ts';

/** `"a"`, `"a" and "b"`, `"a", "b" and "c"`. */
export function quoteList(names: readonly string[]): string {
  const quoted = names.map((n) => JSON.stringify(n));
  if (quoted.length <= 1) return quoted.join('');
  return `${quoted.slice(0, -1).join(', ')} and ${quoted.at(-1)}`;
}

function tagsWord(count: number): string {
  return count === 1 ? 'tag' : 'tags';
}

/** Describes the classes not in `allowed`; returns '' when nothing is left to say. */
export function describeTagFindings(
  c: TagComparison,
  library: TagLibrary,
  allowed: ReadonlySet<TagFindingClass>,
): string {
  const parts: string[] = [];
  const limit = library.maxLength;
  const tooLong = (name: string) =>
    Array.from(name).length > limit ? ` (longer than ${library.name}'s ${limit}-character limit)` : '';
  const splitNames = new Set(c.split.map((s) => s.expected));
  const splitWords = new Set(c.split.flatMap((s) => s.words));

  if (!allowed.has('lost') || !allowed.has('added')) {
    for (const s of c.split) parts.push(`tag ${JSON.stringify(s.expected)} lost, ${quoteList(s.words)} added`);
  }
  if (!allowed.has('merged')) {
    for (const m of c.merged) parts.push(`tags ${quoteList(m.expected)} merged into ${JSON.stringify(m.actual)}`);
  }
  if (!allowed.has('truncated')) {
    for (const t of c.truncated) {
      parts.push(`tag ${JSON.stringify(t.expected)} truncated to ${JSON.stringify(t.actual)}${tooLong(t.expected)}`);
    }
  }
  const lost = c.lost.filter((n) => !splitNames.has(n));
  if (!allowed.has('lost') && lost.length > 0) {
    parts.push(`${tagsWord(lost.length)} ${quoteList(lost)} lost${lost.map(tooLong).find(Boolean) ?? ''}`);
  }
  const added = c.added.filter((n) => !splitWords.has(n));
  if (!allowed.has('added') && added.length > 0) parts.push(`${tagsWord(added.length)} ${quoteList(added)} added`);
  return parts.join('; ');
}
