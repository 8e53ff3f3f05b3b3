/**
 * Options of `contents(...)`, validated when the scenario loads (strict: a misspelt field is bad input).
 *
 * ```ts
 * contents({
 *   tables: {
 *     encoding: 'video_encoding',                                  // renamed table
 *     django_migrations: false,                                    // dropped on purpose
 *     video: { columns: { password: false, date_added: 'created' }, // column dropped / renamed
 *              added: { is_360: false,                             // target-only column: the value every row holds,
 *                       sites: { source: "CONCAT($row.site_id, '')" }, // SQL over the source row giving it,
 *                       rank: { unchecked: 'renumbered by the import' } }, // or why it is not compared
 *              key: ['id'],                                        // default: the primary key
 *              normalize: { title: 'trim' },                       // pushed into SQL on both sides
 *              expect: { modified: [17], removed: [[3, 'fr']] } }, // declared row differences, by key
 *   },
 *   addedTables: { video_video_sites: 'one row per video, written by the import' }, // target-only tables
 *   ignore: [/^tmp_/],
 * })
 * ```
 */
import { z } from 'zod';
import type { ValueClass } from '../../engine/canonical-text.ts';
import { VALUE_CLASSES } from '../../engine/canonical-text.ts';
import type { CheckOptionsBase } from '../check.ts';
import { CHECK_OPTIONS_BASE } from '../check-options.ts';

/** Normalisers every engine computes the same way in SQL, applied to the canonical text on both sides:
 * TRIM, RTRIM, LTRIM, LOWER, UPPER, and `seconds`, the first 19 characters of a canonical timestamp
 * (`YYYY-MM-DD HH:MM:SS`: fractional seconds dropped, for a migration that keeps whole seconds only). */
export const NAMED_NORMALIZERS = ['trim', 'rtrim', 'ltrim', 'lower', 'upper', 'seconds'] as const;
export type NamedNormalizer = (typeof NAMED_NORMALIZERS)[number];

/**
 * A normaliser: a named one, or SQL expressions per side in which `$value` stands for the column's
 * canonical text (e.g. `{ target: "REPLACE($value, '\\ ', ' ')" }`); a side left out is not changed.
 */
export type ColumnNormalization = NamedNormalizer | { readonly source?: string; readonly target?: string };

/** How source names find their target table and columns when not declared: exactly, then
 * case-insensitively; `ignore-underscores` also matches `InvoiceLine` with `invoice_line`. */
export const NAME_MATCHING = ['case-insensitive', 'ignore-underscores'] as const;
export type NameMatching = (typeof NAME_MATCHING)[number];

/** A key value as written in a declaration: a scalar for a one-column key, a list for a composite key. */
export type DeclaredKey = string | number | bigint | readonly (string | number | bigint | null)[];

/** Row differences the migration makes on purpose: reported as explained, never as a failure. */
export interface ExpectedRowDifferences {
  /** Keys of rows present on both sides whose values differ. */
  readonly modified?: readonly DeclaredKey[];
  /** Keys of source rows that are not in the target. */
  readonly removed?: readonly DeclaredKey[];
  /** Keys of target rows that have no source row. */
  readonly added?: readonly DeclaredKey[];
}

/** The target value of a column the target has and the source has not: every row must hold it. */
export type AddedColumnDefault = string | number | boolean | null;

/**
 * What a column the target has and the source has not must hold. Every target-only column is declared
 * one of three ways, else the check fails naming it (a GO covers every column, not only the old ones):
 * - a value every target row holds (`false`, `0`, `''`, `null`…);
 * - `{ source }`: SQL over the source row, `$row.column` naming its columns, whose value read as text must
 *   equal the target's canonical text (booleans `1`/`0`, timestamps `YYYY-MM-DD HH:MM:SS`, decimals without
 *   trailing zeros), e.g. `{ source: "CASE WHEN $row.password IS NULL THEN '0' ELSE '1' END" }`;
 * - `{ unchecked }`: not compared, for the reason given, which the summary shows.
 */
export type AddedColumn = AddedColumnDefault | { readonly source: string } | { readonly unchecked: string };

export interface ContentsTableOptions {
  /** Target table name. @default the source name, matched case-insensitively */
  readonly table?: string;
  /** Source column → target name (renamed) or `false` (dropped on purpose, not compared). */
  readonly columns?: Readonly<Record<string, string | false>>;
  /** Target-only columns: the value every target row holds, SQL over the source row giving it, or why
   * it is not compared (see {@link AddedColumn}). An undeclared target-only column fails the check. */
  readonly added?: Readonly<Record<string, AddedColumn>>;
  /** Source key columns. @default the primary key; a table without one is compared as a multiset */
  readonly key?: readonly string[];
  /** Per source column: a normaliser applied on both sides before comparing. */
  readonly normalize?: Readonly<Record<string, ColumnNormalization>>;
  /** Per source column: the value class both sides are read as (e.g. 'text' for an integer turned text). */
  readonly as?: Readonly<Record<string, ValueClass>>;
  /** Row differences declared by key. */
  readonly expect?: ExpectedRowDifferences;
  /** Columns shown only as digests in examples and the differing-keys file (on top of maskColumns). */
  readonly mask?: readonly string[];
  /** Per source float column: the relative difference accepted (see `floatTolerance`). */
  readonly tolerance?: Readonly<Record<string, number>>;
}

export interface ContentsOptions extends CheckOptionsBase {
  /** Source table → target name, `false` (dropped on purpose) or per-table options. */
  readonly tables?: Readonly<Record<string, string | false | ContentsTableOptions>>;
  /** Per value class, a normaliser applied to every column read as that class, in every table, unless the
   * table's own `normalize` names the column: e.g. `{ timestamp: 'seconds' }`. */
  readonly normalizeClasses?: Readonly<Partial<Record<ValueClass, ColumnNormalization>>>;
  /** Target-only tables → why their rows need no source row (filled by the migration, e.g. initial data).
   * A target-only table holding rows and declared neither here nor in `ignore` fails the check; an empty
   * one is only named in the summary. */
  readonly addedTables?: Readonly<Record<string, string>>;
  /** Tables (source or target names, case-insensitive, or patterns) not looked at at all. */
  readonly ignore?: readonly (string | RegExp)[];
  /** @default 'case-insensitive' */
  readonly nameMatching?: NameMatching;
  /** Column names or patterns, in any table, whose values examples show only as digests.
   * @default DEFAULT_MASKED_COLUMNS (e-mail, password, phone, names, birth dates, addresses) */
  readonly maskColumns?: readonly (string | RegExp)[];
  /** A segment of the key range with at most this many rows is fetched and diffed row by row. @default 1000 */
  readonly segmentRows?: number;
  /** Relative difference accepted between the two sides of every float column (compared by streaming:
   * floats have no portable canonical text), e.g. 1e-6 for a FLOAT that became a double precision.
   * @default 0: equal by decimal value as the drivers read them */
  readonly floatTolerance?: number;
  /** Tables compared at the same time. @default 2 */
  readonly concurrency?: number;
  /** Differing keys written per table to the differing-keys file at most. @default 100000 */
  readonly maxKeysPerTable?: number;
  /** Rows held in memory at most to diff one read (one hash bucket, or a table whose keys have no hash). @default 2000000 */
  readonly maxMultisetRows?: number;
}

/** Personal data by column name: shown as digests unless maskColumns says otherwise. */
export const DEFAULT_MASKED_COLUMNS: readonly RegExp[] = [
  /e-?mail/i,
  /passw(or)?d/i,
  /phone|fax/i,
  /^(first|last|given|family|sur)_?name$/i,
  /birth/i,
  /^(billing_?)?address$/i,
];

const KEY_VALUE = z.union([z.string(), z.number(), z.bigint()]);
const DECLARED_KEY = z.union([KEY_VALUE, z.array(z.union([KEY_VALUE, z.null()]))], {
  error: 'must be a key value, or a list of values for a composite key',
});
const TOLERANCE = z.number({ error: 'must be a relative tolerance between 0 and 1, e.g. 1e-6' }).min(0).max(1);
const NORMALIZATION = z.union(
  [z.enum(NAMED_NORMALIZERS), z.object({ source: z.string().includes('$value').optional(), target: z.string().includes('$value').optional() }).strict()],
  { error: `must be one of ${NAMED_NORMALIZERS.join(', ')} or { source?, target? } SQL using $value` },
);
const TABLE = z
  .object({
    table: z.string().min(1).optional(),
    columns: z.record(z.string(), z.union([z.string().min(1), z.literal(false)], { error: 'must be a column name or false' })).optional(),
    added: z
      .record(
        z.string(),
        z.union(
          [
            z.string().refine((s) => !s.includes('\\'), 'must not contain a backslash'),
            z.number(),
            z.boolean(),
            z.null(),
            z.object({ source: z.string().min(1) }).strict(),
            z.object({ unchecked: z.string().min(1) }).strict(),
          ],
          { error: "must be a string, number, boolean or null, { source: 'SQL using $row.column' } or { unchecked: 'reason' }" },
        ),
      )
      .optional(),
    key: z.array(z.string().min(1)).min(1).optional(),
    normalize: z.record(z.string(), NORMALIZATION).optional(),
    as: z.record(z.string(), z.enum(VALUE_CLASSES, { error: `must be one of ${VALUE_CLASSES.join(', ')}` })).optional(),
    expect: z
      .object({ modified: z.array(DECLARED_KEY).optional(), removed: z.array(DECLARED_KEY).optional(), added: z.array(DECLARED_KEY).optional() })
      .strict()
      .optional(),
    mask: z.array(z.string()).optional(),
    tolerance: z.record(z.string(), TOLERANCE).optional(),
  })
  .strict();

export const CONTENTS_OPTIONS = z
  .object({
    ...CHECK_OPTIONS_BASE,
    tables: z
      .record(z.string(), z.union([z.string().min(1), z.literal(false), TABLE], { error: 'must be a table name, false or { table, columns, added, key, normalize, as, expect, mask }' }))
      .optional(),
    normalizeClasses: z.partialRecord(z.enum(VALUE_CLASSES), NORMALIZATION).optional(),
    addedTables: z.record(z.string(), z.string().min(1, 'must say why the table needs no source rows'), { error: 'must map target table names to reasons' }).optional(),
    ignore: z.array(z.union([z.string(), z.instanceof(RegExp)]), { error: 'must be a list of table names or patterns' }).optional(),
    nameMatching: z.enum(NAME_MATCHING, { error: `must be one of ${NAME_MATCHING.join(', ')}` }).optional(),
    maskColumns: z.array(z.union([z.string(), z.instanceof(RegExp)]), { error: 'must be a list of column names or patterns' }).optional(),
    floatTolerance: TOLERANCE.optional(),
    segmentRows: z.number().int().min(1).optional(),
    concurrency: z.number().int().min(1).max(16).optional(),
    maxKeysPerTable: z.number().int().min(0).optional(),
    maxMultisetRows: z.number().int().min(1).optional(),
  })
  .strict();

export type ParsedContentsOptions = z.output<typeof CONTENTS_OPTIONS>;
