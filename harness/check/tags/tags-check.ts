/**
 * `tags`: for every tagged entity, the tag set in the source against the set the target holds, once the
 * source names are normalised the way the target tag library stores them. It catches the Pod failures
 * listed in the research notes (§6.5, §8.7, §9 #1, #2, #12): a lone multi-word tag split into words
 * ("histoire de la france" → "histoire", "de", "la", "france"), names cut at the column length (50 for
 * django-tagging) or by a GROUP_CONCAT limit, tags dropped from the end of a cut list, and distinct tags
 * merged by a case- and accent-insensitive collation.
 *
 * ```ts
 * tags({
 *   entityLabel: 'video',
 *   source: `SELECT i.object_id, t.name FROM tagging_taggeditem i JOIN tagging_tag t ON t.id = i.tag_id
 *            JOIN django_content_type c ON c.id = i.content_type_id WHERE c.model = 'video' ORDER BY 1`,
 *   target: `SELECT l.video_id, t.name FROM video_video_tags l
 *            JOIN video_tagulous_video_tags t ON t.id = l.tagulous_video_tags_id ORDER BY 1`,
 *   expect: 'tagulous',
 * })
 * ```
 *
 * Both sides are streamed in entity order and merged, so only one entity's tags are in memory at a time.
 *
 * Defaults, from what a correct migration can achieve: no class is allowed. Case variants that the target
 * library itself treats as one tag (tagulous `case_sensitive=False`: "Python"/"python") are part of the
 * expected set's computation, not a finding: a correct migration cannot keep them apart, so they are only
 * counted (`mergedByLibrary`). `merged` is reserved for names the library would keep apart but the target
 * holds as one, e.g. "vidéo"/"video" under a `_ci` collation, which is data loss. Names longer than the
 * target column are expected in full, so a cut shows as `truncated`: accept it with `allow: ['truncated']`
 * when the scenario decides so.
 */
import { z } from 'zod';
import type { Check, CheckContext, CheckExample, CheckOutcome, CheckOptionsBase, Severity } from '../check.ts';
import { CHECK_OPTIONS_BASE, parseCheckOptions } from '../check-options.ts';
import { compareKeyValues, renderValue } from '../normalize-value.ts';
import { resolveTagLibrary, TAG_LIBRARY_NAMES, type TagLibraryName } from '../../tagging/tag-libraries.ts';
import type { TagLibrary } from '../../tagging/tag-library.ts';
import { classifyTags, countFindings, expectedTags, TAG_FINDING_CLASSES, type TagFindingClass } from './classify-tags.ts';
import { describeTagFindings } from './describe-tag-findings.ts';
import { entityTags, type EntityTags } from './entity-tag-stream.ts';

export interface TagQuery {
  /** Returns `(entity_id, tag)` rows, one per tag, or `(entity_id, tag_string)` with {@link parse};
   * ordered by entity id. */
  readonly sql: string;
  readonly params?: readonly unknown[];
  /** Split the second column with this library's parser, e.g. `'django-tagging'` for v2's
   * `video_video.tags` or `'tagulous'` for the v3→v4 export's `tag_name`. */
  readonly parse?: TagLibraryName | TagLibrary;
}

export interface TagsOptions extends CheckOptionsBase {
  readonly source: string | TagQuery;
  readonly target: string | TagQuery;
  /** The target's tag library, whose normalisation the expected tags get. */
  readonly expect: TagLibraryName | TagLibrary;
  /** Names the entity in examples: `video 17`. @default 'entity' */
  readonly entityLabel?: string;
  /** Finding classes that do not fail the check (still counted). @default [] */
  readonly allow?: readonly TagFindingClass[];
}

const library = z.union(
  [z.enum(TAG_LIBRARY_NAMES), z.custom<TagLibrary>((v) => typeof v === 'object' && v !== null && typeof (v as TagLibrary).parse === 'function')],
  { error: `must be one of ${TAG_LIBRARY_NAMES.join(', ')} or a TagLibrary object` },
);
const query = z.union([
  z.string().min(1),
  z.object({ sql: z.string().min(1), params: z.array(z.unknown()).optional(), parse: library.optional() }).strict(),
]);
const SCHEMA = z.object({
  ...CHECK_OPTIONS_BASE,
  source: query,
  target: query,
  expect: library,
  entityLabel: z.string().min(1).optional(),
  allow: z.array(z.enum(TAG_FINDING_CLASSES, { error: `must be one of ${TAG_FINDING_CLASSES.join(', ')}` })).optional(),
}).strict();

type Totals = Record<TagFindingClass, number> & { mergedByLibrary: number; overLength: number };

/** Creates the `tags` check. */
export function tags(options: TagsOptions): Check {
  const o = parseCheckOptions('tags', SCHEMA, options) as TagsOptions;
  const target = resolveTagLibrary(o.expect);
  const sides = {
    source: normalizeQuery(o.source),
    target: normalizeQuery(o.target),
  };
  const label = o.entityLabel ?? 'entity';
  const allowed = new Set<TagFindingClass>(o.allow ?? []);
  const id = o.id ?? 'tags';
  const severity: Severity = o.severity ?? 'blocking';

  return {
    id,
    kind: 'tags',
    severity,
    describe: () => `tags: per-${label} tag sets, source against target under ${target.name} rules`,
    async run(context: CheckContext): Promise<CheckOutcome> {
      const where = (side: 'source' | 'target') => `check "${id}": the ${side} tag query`;
      const stream = (side: 'source' | 'target') =>
        entityTags(
          context[side].stream(sides[side].sql, sides[side].params),
          where(side),
          sides[side].parse && resolveTagLibrary(sides[side].parse),
        );
      const totals: Totals = { lost: 0, added: 0, truncated: 0, merged: 0, mergedByLibrary: 0, overLength: 0 };
      const metrics = { entitiesSource: 0, entitiesTarget: 0, entitiesWithFindings: 0, tagsExpected: 0, tagsTarget: 0 };
      const examples: CheckExample[] = [];
      let failing = 0;

      const compare = (src: EntityTags | undefined, tgt: EntityTags | undefined) => {
        context.signal.throwIfAborted();
        const expected = expectedTags(src?.tags ?? [], target);
        const actual = tgt?.tags ?? [];
        metrics.tagsExpected += expected.names.length;
        metrics.tagsTarget += new Set(actual).size;
        totals.mergedByLibrary += expected.mergedByLibrary;
        totals.overLength += expected.names.filter((n) => Array.from(n).length > target.maxLength).length;
        const comparison = classifyTags(expected.names, actual, target);
        const counts = countFindings(comparison);
        let any = false;
        let blocking = false;
        for (const cls of TAG_FINDING_CLASSES) {
          totals[cls] += counts[cls];
          if (counts[cls] > 0) any = true;
          if (counts[cls] > 0 && !allowed.has(cls)) blocking = true;
        }
        if (any) metrics.entitiesWithFindings++;
        if (!blocking) return;
        failing++;
        if (examples.length < context.maxExamples) {
          const entity = renderValue((src ?? tgt)!.id);
          examples.push({ subject: `${label} ${entity}`, detail: describeTagFindings(comparison, target, allowed) });
        }
      };

      const left = stream('source')[Symbol.asyncIterator]();
      const right = stream('target')[Symbol.asyncIterator]();
      let a = await left.next();
      let b = await right.next();
      while (!a.done || !b.done) {
        const order = a.done ? 1 : b.done ? -1 : compareKeyValues(a.value.id, b.value.id);
        if (order <= 0) metrics.entitiesSource++;
        if (order >= 0) metrics.entitiesTarget++;
        compare(order <= 0 ? (a.value as EntityTags) : undefined, order >= 0 ? (b.value as EntityTags) : undefined);
        if (order <= 0) a = await left.next();
        if (order >= 0) b = await right.next();
      }

      const counts = TAG_FINDING_CLASSES.map((cls) => `${totals[cls]} ${cls}${allowed.has(cls) && totals[cls] ? ' (allowed)' : ''}`);
      const summary =
        failing === 0
          ? `tags of ${metrics.entitiesSource} ${label}s match under ${target.name} rules` +
            (metrics.entitiesWithFindings ? ` (allowed differences: ${counts.join(', ')})` : '')
          : `${failing} ${label}s have tag differences under ${target.name} rules: ${counts.join(', ')}`;
      return {
        status: failing === 0 ? 'passed' : 'failed',
        summary,
        examples: failing === 0 ? [] : examples,
        metrics: { ...metrics, ...totals },
      };
    },
  };
}

function normalizeQuery(q: string | TagQuery): TagQuery {
  return typeof q === 'string' ? { sql: q } : q;
}
