/**
 * Compares one entity's expected tag set (the source tags as the target library should store them)
 * with the tags the target holds, and sorts every difference into a class. Pure: the tags check feeds it
 * one entity at a time.
 */
import { foldKey, type TagLibrary } from '../../tagging/tag-library.ts';

export const TAG_FINDING_CLASSES = ['lost', 'added', 'truncated', 'merged'] as const;
export type TagFindingClass = (typeof TAG_FINDING_CLASSES)[number];

export interface TagComparison {
  /** Expected names absent from the target (including names that were split into words). */
  readonly lost: readonly string[];
  /** Target names nobody expected (including the words of a split name). */
  readonly added: readonly string[];
  /** A multi-word name stored as its words: counted in lost (the name) and added (the words). */
  readonly split: readonly { readonly expected: string; readonly words: readonly string[] }[];
  /** The target holds a strict prefix of the expected name (column length, GROUP_CONCAT cut). */
  readonly truncated: readonly { readonly expected: string; readonly actual: string }[];
  /** Expected names that are different tags for the library but became one target tag (collation). */
  readonly merged: readonly { readonly expected: readonly string[]; readonly actual: string }[];
}

export interface ExpectedTags {
  /** One name per tag identity of the library, in source order. */
  readonly names: readonly string[];
  /** Source names the library itself folds into another (e.g. "Python"/"python" under tagulous). */
  readonly mergedByLibrary: number;
}

/** The tags the target library should hold for these source names: normalised, grouped by identity. */
export function expectedTags(sourceNames: readonly string[], library: TagLibrary): ExpectedTags {
  const byIdentity = new Map<string, string>();
  const distinct = new Set<string>();
  for (const raw of sourceNames) {
    const name = library.normalize(raw);
    if (!name) continue;
    distinct.add(name);
    const key = library.identityKey(name);
    if (!byIdentity.has(key)) byIdentity.set(key, name);
  }
  return { names: [...byIdentity.values()], mergedByLibrary: distinct.size - byIdentity.size };
}

/** Counts per class for one comparison: merged counts the expected names that lost their own tag. */
export function countFindings(c: TagComparison): Record<TagFindingClass, number> {
  return {
    lost: c.lost.length,
    added: c.added.length,
    truncated: c.truncated.length,
    merged: c.merged.reduce((n, m) => n + m.expected.length - 1, 0),
  };
}

/**
 * Classifies the differences, in this order: identity matches (exact, or per the library's uniqueness
 * rule); merges (several expected names equal to one target name once case and accents are folded);
 * splits (every word of an expected multi-word name is a target tag, the `de`/`la` junk of Pod v1→v2
 * and v3→v4); truncations (a leftover target name is a strict prefix of a leftover expected name);
 * whatever remains is lost or added.
 */
export function classifyTags(expected: readonly string[], actualNames: readonly string[], library: TagLibrary): TagComparison {
  const actual = [...new Set(actualNames)];
  const unmatchedActual = new Set(actual);
  let pending: string[] = [];

  const actualByIdentity = new Map<string, string[]>();
  for (const name of actual) push(actualByIdentity, library.identityKey(name), name);
  for (const name of expected) {
    const candidates = actualByIdentity.get(library.identityKey(name)) ?? [];
    const hit = candidates.find((a) => a === name && unmatchedActual.has(a)) ?? candidates.find((a) => unmatchedActual.has(a));
    if (hit === undefined) pending.push(name);
    else unmatchedActual.delete(hit);
  }

  const merged: { expected: string[]; actual: string }[] = [];
  if (pending.length > 0) {
    const expectedByFold = new Map<string, string[]>();
    for (const name of expected) push(expectedByFold, foldKey(name), name);
    const actualByFold = new Map<string, string[]>();
    for (const name of actual) push(actualByFold, foldKey(name), name);
    const mergedFolds = new Set<string>();
    pending = pending.filter((name) => {
      const fold = foldKey(name);
      const group = expectedByFold.get(fold) ?? [];
      const targets = actualByFold.get(fold) ?? [];
      if (group.length < 2 || targets.length !== 1) return true;
      if (!mergedFolds.has(fold)) {
        mergedFolds.add(fold);
        merged.push({ expected: group, actual: targets[0]! });
        unmatchedActual.delete(targets[0]!);
      }
      return false;
    });
  }

  const split: { expected: string; words: string[] }[] = [];
  const splitWords: string[] = [];
  const actualIdentities = new Set(actual.map((a) => library.identityKey(a)));
  for (const name of pending) {
    const words = [...new Set(name.split(/\s+/u).filter(Boolean))];
    if (words.length < 2 || !words.every((w) => actualIdentities.has(library.identityKey(w)))) continue;
    split.push({ expected: name, words });
    for (const word of words) {
      const hit = [...unmatchedActual].find((a) => library.identityKey(a) === library.identityKey(word));
      if (hit !== undefined) {
        unmatchedActual.delete(hit);
        splitWords.push(hit);
      }
    }
  }
  const splitNames = new Set(split.map((s) => s.expected));
  pending = pending.filter((name) => !splitNames.has(name));

  const truncated: { expected: string; actual: string }[] = [];
  pending = pending.filter((name) => {
    const key = library.identityKey(name);
    let best: string | undefined;
    for (const a of unmatchedActual) {
      const prefix = library.identityKey(a);
      if (prefix.length < key.length && key.startsWith(prefix) && (best === undefined || a.length > best.length)) best = a;
    }
    if (best === undefined) return true;
    unmatchedActual.delete(best);
    truncated.push({ expected: name, actual: best });
    return false;
  });

  return {
    lost: [...split.map((s) => s.expected), ...pending],
    added: [...splitWords, ...unmatchedActual],
    split,
    truncated,
    merged,
  };
}

function push(map: Map<string, string[]>, key: string, value: string): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
