/**
 * Options of the `mediaReferences` check and their validation.
 */
import { z } from 'zod';
import type { Row } from '../../engine/engine.ts';
import type { CheckOptionsBase } from '../check.ts';
import { CHECK_OPTIONS_BASE, functionSchema, parseCheckOptions } from '../check-options.ts';
import type { PathSource } from './media-paths.ts';

/** One kind of reference, read on both sides and paired by `ref_id`. */
export interface MediaReferenceSpec {
  /** Names the reference in the report: "video source file". Unique within the check. */
  readonly name: string;
  /** Where the source holds it; omit for target-only references (only file existence is checked). */
  readonly source?: PathSource;
  readonly target: PathSource;
  /**
   * The target path the migration should produce for a source path, e.g. Pod v1 → v2
   * `videos/<username>/<hash>/x.mp4` → `videos/<v2 hashkey>/x.mp4`. `row` is the source row (with any
   * extra columns of a query). Return null when no file is expected in the target.
   * @default the path unchanged
   */
  readonly rewrite?: (sourcePath: string, row: Row) => string | null;
}

/** A foreign key into a file table: the referenced row must exist and its file must be catalogued. */
export interface FileForeignKey {
  /** e.g. `video_video` */
  readonly table: string;
  /** e.g. `thumbnail_id` */
  readonly column: string;
  /** e.g. `main_customimagemodel` (or `podfile_customimagemodel` with USE_PODFILE) */
  readonly fileTable: string;
  /** @default 'id' */
  readonly fileKey?: string;
  /** e.g. `file` */
  readonly pathColumn: string;
}

export const TARGET_FILES = ['target-manifest', 'source-manifest'] as const;
export type TargetFiles = (typeof TARGET_FILES)[number];

export interface MediaReferencesOptions extends CheckOptionsBase {
  readonly references: readonly MediaReferenceSpec[];
  readonly fileForeignKeys?: readonly FileForeignKey[];
  /**
   * Which catalogue lists the files the target can see: the manifest a step wrote
   * (`workdir/target-media.jsonl`), or the snapshot's own manifest when the migration carries the files
   * unchanged (Pod v3 → v4: "make the v3 MEDIA_ROOT accessible to v4"). @default 'target-manifest'
   */
  readonly targetFiles?: TargetFiles;
  /** Fail when catalogued files are referenced by no target row. @default false (counted only) */
  readonly failOnOrphans?: boolean;
  /** Show paths in clear in examples; by default inner directories are digested (they may hold
   * user names). @default false */
  readonly revealPaths?: boolean;
}

const identifier = z.string().min(1);
const pathSource = z.union([
  z.object({ table: identifier, column: identifier, key: identifier }).strict(),
  z.object({ sql: z.string().min(1), params: z.array(z.unknown()).optional() }).strict(),
]);

const SCHEMA = z
  .object({
    ...CHECK_OPTIONS_BASE,
    references: z.array(
      z.object({
        name: z.string().min(1),
        source: pathSource.optional(),
        target: pathSource,
        rewrite: functionSchema<(p: string, r: Row) => string | null>('must be a function (sourcePath, row) => targetPath').optional(),
      }).strict(),
    ),
    fileForeignKeys: z
      .array(z.object({ table: identifier, column: identifier, fileTable: identifier, fileKey: identifier.optional(), pathColumn: identifier }).strict())
      .optional(),
    targetFiles: z.enum(TARGET_FILES, { error: `must be one of ${TARGET_FILES.join(', ')}` }).optional(),
    failOnOrphans: z.boolean().optional(),
    revealPaths: z.boolean().optional(),
  })
  .strict()
  .refine((o) => new Set(o.references.map((r) => r.name)).size === o.references.length, {
    error: 'names must be unique',
    path: ['references'],
  });

export function parseMediaReferencesOptions(input: MediaReferencesOptions): MediaReferencesOptions {
  return parseCheckOptions('mediaReferences', SCHEMA, input) as MediaReferencesOptions;
}
