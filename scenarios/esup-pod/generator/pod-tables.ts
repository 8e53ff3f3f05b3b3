/**
 * Which Pod columns hold media paths and which FKs point into file tables, per version
 * (research/esup-pod.md §5, §3). The mediaReferences check uses this to list every path a database
 * references, to compare paths per id across a hop, and to check that a path carries its owner's
 * hashkey (§2.5). Every table and column named here exists in the schema descriptions
 * (test/esup-pod/pod-schema.test.ts).
 */
import type { PodVersion } from './schema/pod-schema-model.ts';

/** A column holding a path relative to MEDIA_ROOT. */
export interface MediaPathColumn {
  readonly table: string;
  readonly column: string;
  /** How the path is built, for messages: `videos/<hashkey>/<slug>.<ext>`. */
  readonly pattern: string;
  /**
   * Where the owner whose hashkey (v2+) or username (v1) the path embeds is found: a user FK on the same
   * row (`owner_id`), or the `video_id` of a row whose video has that owner. Absent when the path does not
   * embed an owner (main_* files, v1 filer files).
   */
  readonly owner?: { readonly column: string; readonly via?: 'video' };
}

/** A FK into a file/image table; the path lives in `pathTable.pathColumn` of the referenced row. */
export interface FileForeignKey {
  readonly table: string;
  readonly column: string;
  /** The referenced table (podfile_customimagemodel, filer_image…). */
  readonly references: string;
  /** The table and column holding the path of the referenced row (filer_image → filer_file.file). */
  readonly pathTable: string;
  readonly pathColumn: string;
  /** Column of `pathTable` that equals the FK value (`id`, or filer_file.id for filer_image.file_ptr_id). */
  readonly pathKey: string;
}

export interface PodMediaLayout {
  readonly version: PodVersion;
  /** The video table and its owner column, for hashkey checks. */
  readonly videoTable: string;
  readonly pathColumns: readonly MediaPathColumn[];
  readonly fileForeignKeys: readonly FileForeignKey[];
  /** USE_PODFILE as the generator and the DDL assume it (file FKs go to podfile_*). */
  readonly usePodfile: boolean;
}

const V1: PodMediaLayout = {
  version: 'v1',
  videoTable: 'pods_pod',
  usePodfile: false,
  pathColumns: [
    { table: 'pods_pod', column: 'video', pattern: 'videos/<username>/<media_guard_hash>/<slug>.<ext>', owner: { column: 'owner_id' } },
    { table: 'pods_pod', column: 'overview', pattern: 'videos/<username>/<media_guard_hash>/<%04d id>/overview.jpg', owner: { column: 'owner_id' } },
    { table: 'pods_encodingpods', column: 'encodingFile', pattern: 'videos/<username>/<media_guard_hash>/<%04d id>/…', owner: { column: 'video_id', via: 'video' } },
    { table: 'filer_file', column: 'file', pattern: 'filer_public/<xx>/<yy>/<uuid>/<name>.<ext>' },
  ],
  fileForeignKeys: [
    ...[
      ['pods_pod', 'thumbnail_id'],
      ['pods_channel', 'headband_id'],
      ['pods_theme', 'headband_id'],
      ['pods_type', 'headband_id'],
      ['pods_discipline', 'headband_id'],
      ['core_userprofile', 'image_id'],
      ['pods_enrichpods', 'image_id'],
    ].map(([table, column]) => ({ table: table!, column: column!, references: 'filer_image', pathTable: 'filer_file', pathColumn: 'file', pathKey: 'id' })),
    ...[
      ['pods_trackpods', 'src_id'],
      ['pods_docpods', 'document_id'],
      ['pods_enrichpods', 'document_id'],
    ].map(([table, column]) => ({ table: table!, column: column!, references: 'filer_file', pathTable: 'filer_file', pathColumn: 'file', pathKey: 'id' })),
  ],
};

function layoutV2toV4(version: Exclude<PodVersion, 'v1'>): PodMediaLayout {
  const enc = version === 'v2' ? 'video' : 'video_encode_transcript';
  const encoded = (table: string, column: string): MediaPathColumn => ({
    table: `${enc}_${table}`,
    column,
    pattern: 'videos/<hashkey>/<%04d id>/…',
    owner: { column: 'video_id', via: 'video' },
  });
  const image = (table: string, column: string): FileForeignKey => ({
    table, column, references: 'podfile_customimagemodel', pathTable: 'podfile_customimagemodel', pathColumn: 'file', pathKey: 'id',
  });
  const file = (table: string, column: string): FileForeignKey => ({
    table, column, references: 'podfile_customfilemodel', pathTable: 'podfile_customfilemodel', pathColumn: 'file', pathKey: 'id',
  });
  return {
    version,
    videoTable: 'video_video',
    usePodfile: true,
    pathColumns: [
      { table: 'video_video', column: 'video', pattern: 'videos/<hashkey>/<slug>.<ext>', owner: { column: 'owner_id' } },
      { table: 'video_video', column: 'overview', pattern: 'videos/<hashkey>/<%04d id>/overview.png', owner: { column: 'owner_id' } },
      encoded('encodingvideo', 'source_file'),
      encoded('encodingaudio', 'source_file'),
      encoded('playlistvideo', 'source_file'),
      ...(version === 'v2' ? [] : [encoded('encodinglog', 'logfile')]),
      { table: 'podfile_customfilemodel', column: 'file', pattern: 'files/<hashkey>/<name>.<ext>', owner: { column: 'created_by_id' } },
      { table: 'podfile_customimagemodel', column: 'file', pattern: 'files/<hashkey>/<name>.<ext>', owner: { column: 'created_by_id' } },
      { table: 'main_customfilemodel', column: 'file', pattern: 'files/<name>.<ext>' },
      { table: 'main_customimagemodel', column: 'file', pattern: 'files/<name>.<ext>' },
      ...(version === 'v2' ? [] : [{ table: 'live_broadcaster', column: 'transcription_file', pattern: 'media/<LIVE_TRANSCRIPTIONS_FOLDER>/…' }]),
    ],
    fileForeignKeys: [
      image('video_video', 'thumbnail_id'),
      image('video_channel', 'headband_id'),
      image('video_theme', 'headband_id'),
      image('video_type', 'icon_id'),
      image('video_discipline', 'icon_id'),
      image('authentication_owner', 'userpicture_id'),
      file('completion_document', 'document_id'),
      file('completion_track', 'src_id'),
      image('enrichment_enrichment', 'image_id'),
      file('enrichment_enrichment', 'document_id'),
      image('live_building', 'headband_id'),
      image('live_broadcaster', 'poster_id'),
    ],
  };
}

export const POD_MEDIA_LAYOUTS: Readonly<Record<PodVersion, PodMediaLayout>> = {
  v1: V1,
  v2: layoutV2toV4('v2'),
  v3: layoutV2toV4('v3'),
  v4: layoutV2toV4('v4'),
};

/** Name of the encoding tables' prefix: `video` up to 3.2, `video_encode_transcript` from 3.3.0 (§4.4). */
export function encodingTablePrefix(version: Exclude<PodVersion, 'v1'>): string {
  return version === 'v2' ? 'video' : 'video_encode_transcript';
}
