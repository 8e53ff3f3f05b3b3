/**
 * `rehearse generate pod`: writes a synthetic Esup-Pod production snapshot (v1, v2 or v3) in the harness
 * snapshot format, deterministic for a seed, with optional data defects that reproduce the failures of
 * the documented upgrade procedures. Streams table by table: 1,000,000 videos run in bounded memory.
 *
 * ```ts
 * await generatePodSnapshot({ version: 'v3', engine: 'mariadb', videos: 200, seed: 7, out: 'pod-v3.tar', defects: ['long-tag-lists'] });
 * ```
 */
import { Readable } from 'node:stream';
import { BadInputError, createLogger, createSnapshotWriter, type SnapshotManifest } from 'rehearse';
import { GeneratePodOptionsSchema, type GeneratePodOptions, type GeneratePodOptionsInput } from './generate-pod-options.ts';
import { createPodContext, type PodContext } from './pod-context.ts';
import { DEFECTS, type DefectName } from './pod-defects.ts';
import { podDumpChunks, type RowSource } from './pod-dump-writer.ts';
import { mediaContent, mediaManifestEntries, type MediaCounts } from './pod-media.ts';
import { sourcesV1 } from './pod-rows-v1.ts';
import { coreSourcesV2V3 } from './pod-rows-v2v3.ts';
import { extraSourcesV2V3 } from './pod-rows-v2v3-extra.ts';
import { encodingTablePrefix } from './pod-tables.ts';
import { GENERATOR_SECRET_KEY, PodWorld, type GeneratorVersion } from './pod-world.ts';
import type { PodEngine, PodSchema } from './schema/pod-schema-model.ts';
import { podSchema } from './schema/pod-schemas.ts';
import type { RenderOptions } from './schema/render-ddl.ts';

const log = createLogger('generate/pod');

export interface GeneratePodProgress {
  readonly phase: 'dump' | 'media' | 'archive';
  /** Rows written so far (dump phase). */
  readonly rows: number;
  /** Media entries written so far (media phase). */
  readonly files: number;
}

export interface GeneratePodResult {
  readonly manifest: SnapshotManifest;
  readonly tables: readonly { readonly name: string; readonly rows: number }[];
  readonly media: MediaCounts;
  /** Defects that change nothing for this version or engine (the CLI prints these). */
  readonly warnings: readonly string[];
}

/** What a generation is made of, without writing anything: used by the writer and by the tests. */
export interface PodGeneration {
  readonly context: PodContext;
  readonly schema: PodSchema;
  readonly engine: PodEngine;
  readonly sources: ReadonlyMap<string, RowSource>;
  readonly render: RenderOptions;
  readonly staleSequences: ReadonlySet<string>;
}

export function planPodGeneration(options: { version: GeneratorVersion; engine: PodEngine; videos: number; seed: number; defects?: readonly DefectName[] }): PodGeneration {
  const defects = new Set(options.defects ?? []);
  const world = new PodWorld({ version: options.version, videos: options.videos, seed: options.seed, defects });
  const context = createPodContext(world);
  const sources = options.version === 'v1' ? sourcesV1(context) : new Map([...coreSourcesV2V3(context), ...extraSourcesV2V3(context)]);
  const schema = podSchema(options.version);
  for (const name of sources.keys()) {
    if (!schema.tables.some((t) => t.name === name)) throw new Error(`generator bug: rows for ${name}, which is not in the ${options.version} schema`);
  }
  const notValid = new Set<string>();
  if (options.engine === 'postgres' && defects.has('site-zero')) {
    const columns = options.version === 'v2'
      ? ['video_channel_sites.site_id', 'video_discipline_sites.site_id', 'video_video_sites.site_id']
      : ['video_channel.site_id', 'video_discipline.site_id', 'video_video_sites.site_id'];
    for (const c of columns) notValid.add(c);
  }
  const staleSequences = new Set<string>();
  if (options.engine === 'postgres' && defects.has('stale-sequences') && options.version !== 'v1') {
    const enc = encodingTablePrefix(options.version);
    for (const t of ['encodingvideo', 'encodingaudio', 'playlistvideo', 'videorendition']) staleSequences.add(`${enc}_${t}`);
  }
  return { context, schema, engine: options.engine, sources, render: { defects, notValidForeignKeys: notValid }, staleSequences };
}

/** The SQL dump as text chunks; `onTable` receives each table's exact row count. */
export function podDump(generation: PodGeneration, hooks: { onTable?: (table: string, rows: number) => void; onRows?: (rows: number) => void } = {}): AsyncGenerator<string> {
  return podDumpChunks({ ...generation, ...hooks });
}

function defectWarnings(options: GeneratePodOptions): string[] {
  return [...new Set(options.defects)].flatMap((name) => {
    const info = DEFECTS[name];
    if (!info.versions.includes(options.version)) return [`defect "${name}" changes nothing for Pod ${options.version} (applies to ${info.versions.join(', ')})`];
    if (info.engine && info.engine !== options.engine) return [`defect "${name}" changes nothing on ${options.engine} (applies to ${info.engine} only)`];
    return [];
  });
}

export function parseGeneratePodOptions(input: GeneratePodOptionsInput): GeneratePodOptions {
  const parsed = GeneratePodOptionsSchema.safeParse(input);
  if (!parsed.success) {
    throw new BadInputError(`invalid options for "rehearse generate pod": ${parsed.error.issues.map((i) => i.message).join('; ')}`);
  }
  return parsed.data;
}

/** Writes the snapshot archive to `out` (atomically) and returns its manifest. */
export async function generatePodSnapshot(
  input: GeneratePodOptionsInput & { readonly onProgress?: (progress: GeneratePodProgress) => void },
): Promise<GeneratePodResult> {
  const options = parseGeneratePodOptions(input);
  const warnings = defectWarnings(options);
  for (const w of warnings) log.debug(w);
  const generation = planPodGeneration(options);
  const writer = await createSnapshotWriter(options.out, {
    engine: options.engine,
    serverVersion: options.engine === 'mariadb' ? '10.11' : '15',
    createdBy: 'rehearse generate pod',
    properties: {
      generator: 'rehearse generate pod',
      podVersion: options.version,
      videos: options.videos,
      seed: options.seed,
      defects: [...new Set(options.defects)].sort().join(',') || 'none',
      // The fake SECRET_KEY behind every hashkey is GENERATOR_SECRET_KEY in scenarios/esup-pod/generator/pod-world.ts.
      secretKey: 'generator default',
      secretKeyLength: GENERATOR_SECRET_KEY.length,
      usePodfile: options.version !== 'v1',
      languages: 'fr,en',
      mediaGuard: options.version === 'v1',
      mediaFiles: options.withMediaFiles,
    },
  });
  try {
    const tables: { name: string; rows: number }[] = [];
    await writer.addSqlDump(
      `pod-${options.version}`,
      podDump(generation, {
        onTable: (name, rows) => tables.push({ name, rows }),
        onRows: (rows) => input.onProgress?.({ phase: 'dump', rows, files: 0 }),
      }),
      { gzip: options.gzip },
    );
    writer.setTables(tables);
    const media: MediaCounts = { referenced: 0, missing: 0, orphans: 0 };
    const rows = tables.reduce((sum, t) => sum + t.rows, 0);
    let files = 0;
    await writer.addMediaManifest(
      (async function* () {
        for await (const entry of mediaManifestEntries(generation.context, generation.sources, media)) {
          if (++files % 10_000 === 0) input.onProgress?.({ phase: 'media', rows, files });
          yield entry;
        }
      })(),
    );
    if (options.withMediaFiles) {
      for await (const entry of mediaManifestEntries(generation.context, generation.sources)) {
        await writer.addMediaFile(entry.path, Readable.from([mediaContent(entry.path)]));
      }
    }
    input.onProgress?.({ phase: 'archive', rows, files });
    const manifest = await writer.finish();
    log.debug(`wrote ${options.out}: ${rows} rows in ${tables.length} tables, ${files} media entries`);
    return { manifest, tables, media, warnings };
  } catch (error) {
    await writer.abort();
    throw error;
  }
}
