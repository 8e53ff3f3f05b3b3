/**
 * `integrity`: what a migration can lose without any error. Three parts, each optional:
 *
 * 1. Orphaned foreign keys in the target: every foreign key the target's introspector reports, plus the
 *    relations a scenario declares because nothing enforces them (MyISAM, SQLite, CSV imports, Django's
 *    generic `object_id`), e.g. `{ table: 'instserver', column: 'instid', references: { table:
 *    'institution', column: 'id' } }`.
 * 2. Server warnings captured during the run that signal lost data (truncation 1265, duplicates skipped by
 *    INSERT IGNORE 1062, …; see EngineDefinition.dataLossWarnings), with the step that raised them. Known and
 *    accepted ones are listed in `allowWarnings: ['1265']`.
 * 3. `uniqueCaseInsensitive`: source values that collide once lower-cased and accent-stripped, which a
 *    `_ci` unique key in the target merges or rejects.
 *
 * ```ts
 * integrity({
 *   relations: [{ table: 'name_i18n', column: 'object_id', references: { table: 'institution', column: 'id' } }],
 *   allowWarnings: [],
 *   uniqueCaseInsensitive: [{ table: 'or_organisation', column: 'name' }],
 * })
 * ```
 */
import { z } from 'zod';
import type { Check, CheckContext, CheckExample, CheckOptionsBase, CheckOutcome, Severity } from '../check.ts';
import { CHECK_OPTIONS_BASE, parseCheckOptions } from '../check-options.ts';
import { BadInputError } from '../../errors.ts';
import { SqliteSpill } from '../spill/sqlite-spill.ts';
import { findCollisions, type CollisionColumn } from './case-collisions.ts';
import { DATA_LOSS_CODES, describeWarningGroup, droppedWarnings, groupDataLossWarnings } from './data-loss-warnings.ts';
import { findOrphans, relationFromForeignKey, relationKey, type Relation } from './orphan-foreign-keys.ts';

export interface DeclaredRelation {
  readonly table: string;
  /** One column or the columns of a composite key. */
  readonly column: string | readonly string[];
  readonly references: { readonly table: string; readonly column: string | readonly string[] };
  /** @default 'target' */
  readonly side?: 'source' | 'target';
}

export interface IntegrityOptions extends CheckOptionsBase {
  /** Check the foreign keys the target declares. @default true */
  readonly foreignKeys?: boolean;
  /** Tables whose introspected foreign keys are skipped (e.g. a table a step rebuilds later). */
  readonly ignoreTables?: readonly string[];
  readonly relations?: readonly DeclaredRelation[];
  /** Data-loss warning codes that do not fail the check (still counted). @default [] */
  readonly allowWarnings?: readonly string[];
  readonly uniqueCaseInsensitive?: readonly CollisionColumn[];
  /** Show colliding values in clear; by default only the differing characters are shown. @default false */
  readonly revealValues?: boolean;
}

const columns = z.union([z.string().min(1), z.array(z.string().min(1)).min(1)]);
const SCHEMA = z.object({
  ...CHECK_OPTIONS_BASE,
  foreignKeys: z.boolean().optional(),
  ignoreTables: z.array(z.string()).optional(),
  relations: z
    .array(
      z.object({
        table: z.string().min(1),
        column: columns,
        references: z.object({ table: z.string().min(1), column: columns }).strict(),
        side: z.enum(['source', 'target']).optional(),
      }).strict(),
    )
    .optional(),
  allowWarnings: z.array(z.string().regex(/^\d+$/, { error: 'must be MariaDB error codes such as "1265"' })).optional(),
  uniqueCaseInsensitive: z
    .array(z.object({ table: z.string().min(1), column: z.string().min(1), side: z.enum(['source', 'target']).optional() }).strict())
    .optional(),
  revealValues: z.boolean().optional(),
}).strict();

const list = (c: string | readonly string[]) => (typeof c === 'string' ? [c] : [...c]);

/** Creates the `integrity` check. */
export function integrity(options: IntegrityOptions = {}): Check {
  const o = parseCheckOptions('integrity', SCHEMA, options) as IntegrityOptions;
  for (const r of o.relations ?? []) {
    if (list(r.column).length !== list(r.references.column).length) {
      throw new BadInputError(
        `check integrity: relation ${r.table}(${list(r.column).join(', ')}) has ${list(r.column).length} columns but references ${list(r.references.column).length} in ${r.references.table}; give as many referenced columns as columns`,
      );
    }
  }
  const id = o.id ?? 'integrity';
  const severity: Severity = o.severity ?? 'blocking';
  const allowed = new Set(o.allowWarnings ?? []);

  return {
    id,
    kind: 'integrity',
    severity,
    describe: () =>
      `integrity: orphan foreign keys${o.relations?.length ? ` (+${o.relations.length} declared relations)` : ''}, data-loss warnings (${DATA_LOSS_CODES.join(', ')})` +
      (o.uniqueCaseInsensitive?.length ? `, case/accent collisions in ${o.uniqueCaseInsensitive.length} columns` : ''),
    async run(context: CheckContext): Promise<CheckOutcome> {
      const limit = context.maxExamples;
      const examples: CheckExample[] = [];
      const add = (items: readonly CheckExample[]) => {
        for (const e of items) if (examples.length < limit) examples.push(e);
      };

      // 1. Orphan foreign keys.
      const bySide: Record<'source' | 'target', Map<string, Relation>> = { source: new Map(), target: new Map() };
      if (o.foreignKeys ?? true) {
        const ignored = new Set(o.ignoreTables ?? []);
        for (const fk of await context.target.introspector.foreignKeys()) {
          if (ignored.has(fk.table)) continue;
          const r = relationFromForeignKey(fk);
          bySide.target.set(relationKey(r), r);
        }
      }
      for (const d of o.relations ?? []) {
        const r: Relation = { table: d.table, columns: list(d.column), referencedTable: d.references.table, referencedColumns: list(d.references.column), origin: 'declared relation' };
        bySide[d.side ?? 'target'].set(relationKey(r), r);
      }
      let orphanRows = 0;
      let orphanRelations = 0;
      for (const side of ['target', 'source'] as const) {
        for (const r of bySide[side].values()) {
          context.signal.throwIfAborted();
          const found = await findOrphans(context[side], r, limit - examples.length);
          if (found.rows === 0) continue;
          orphanRows += found.rows;
          orphanRelations++;
          add(side === 'source' ? found.examples.map((e) => ({ ...e, subject: `${e.subject} (source)` })) : found.examples);
        }
      }

      // 2. Data-loss warnings.
      const groups = groupDataLossWarnings(context.warnings);
      const blockingGroups = groups.filter((g) => !allowed.has(g.code));
      const count = (gs: typeof groups) => gs.reduce((n, g) => n + g.count, 0);
      add(blockingGroups.map(describeWarningGroup));
      const dropped = droppedWarnings(context.warnings);
      // A side whose engine reports no statement warnings cannot show silent loss this way: say so
      // rather than let "no data-loss warnings" read as a proof.
      const unwatched = (['source', 'target'] as const).filter((side) => !context[side].capabilities.supportsStatementWarnings);

      // 3. Case- and accent-insensitive collisions.
      let collisions = { groups: 0, rows: 0, examples: [] as CheckExample[] };
      if (o.uniqueCaseInsensitive?.length) {
        const spill = SqliteSpill.open(id);
        try {
          collisions = await findCollisions(spill, context, o.uniqueCaseInsensitive, limit, o.revealValues ?? false, context.signal);
        } finally {
          spill.close();
        }
        add(collisions.examples);
      }

      const metrics = {
        relationsChecked: bySide.target.size + bySide.source.size,
        orphanRows,
        orphanRelations,
        dataLossWarnings: count(blockingGroups),
        allowedWarnings: count(groups) - count(blockingGroups),
        warningsNotKept: dropped,
        caseCollisionGroups: collisions.groups,
        caseCollisionRows: collisions.rows,
      };
      const parts: string[] = [];
      if (orphanRows) parts.push(`${orphanRows} orphan rows in ${orphanRelations} relations`);
      if (metrics.dataLossWarnings) parts.push(`${metrics.dataLossWarnings} data-loss warnings (${[...new Set(blockingGroups.map((g) => g.code))].join(', ')})`);
      if (collisions.groups) parts.push(`${collisions.groups} case/accent collisions (${collisions.rows} rows at risk)`);
      const notes = [
        metrics.allowedWarnings ? `${metrics.allowedWarnings} allowed warnings` : '',
        dropped ? `${dropped} warnings were not kept by the engine layer and could not be inspected` : '',
      ].filter(Boolean);
      const suffix = notes.length ? ` (${notes.join('; ')})` : '';
      if (parts.length === 0) {
        if (unwatched.length) notes.push(`${unwatched.map((side) => `${side} (${context[side].kind})`).join(' and ')}: the engine reports no statement warnings`);
        const passedSuffix = notes.length ? ` (${notes.join('; ')})` : '';
        return {
          status: 'passed',
          summary: `no orphan rows in ${metrics.relationsChecked} relations, no data-loss warnings${o.uniqueCaseInsensitive?.length ? ', no collisions' : ''}${passedSuffix}`,
          examples: [],
          metrics,
        };
      }
      return { status: 'failed', summary: parts.join('; ') + suffix, examples, metrics };
    },
  };
}
