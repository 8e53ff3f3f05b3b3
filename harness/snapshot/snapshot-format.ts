/**
 * The rehearse snapshot format, version 1: a tar archive (optionally gzipped as a whole is NOT allowed;
 * members may be gzipped individually) holding
 *
 *   manifest.json              first member; the {@link SnapshotManifest} below
 *   dumps/NN-name.sql[.gz]     one or more SQL dumps, loaded in name order
 *   media/manifest.jsonl       optional: one {@link MediaManifestEntry} per line
 *   media/files/<path>         optional: the media files themselves, at their relative paths
 *
 * Every member except manifest.json is listed in `members` with its size and sha256, and
 * `rehearse snapshot inspect` verifies them all. Fields documented here are stable within a format
 * version; readers reject a higher `formatVersion` than they know.
 */
import type { EngineKind } from '../engine/engine.ts';

export const SNAPSHOT_FORMAT_VERSION = 1;
export const MANIFEST_NAME = 'manifest.json';
export const MEDIA_MANIFEST_NAME = 'media/manifest.jsonl';
export const MEDIA_FILES_PREFIX = 'media/files/';

export interface SnapshotManifest {
  readonly formatVersion: typeof SNAPSHOT_FORMAT_VERSION;
  /** ISO 8601 creation time. */
  readonly createdAt: string;
  /** What made it: "rehearse snapshot create", "rehearse generate pod". */
  readonly createdBy: string;
  readonly engine: EngineKind;
  /** Server version of the database it was taken from (or meant for), e.g. "10.11.6-MariaDB". */
  readonly serverVersion: string;
  /** Tables with their row counts at dump time, to check the load against. */
  readonly tables: readonly { readonly name: string; readonly rows: number }[];
  readonly members: readonly SnapshotMember[];
  /** Free-form provenance, e.g. generator parameters. Must not contain secrets. */
  readonly properties?: Readonly<Record<string, string | number | boolean>>;
}

export const MEMBER_KINDS = ['sql-dump', 'media-manifest', 'media-file'] as const;
export type MemberKind = (typeof MEMBER_KINDS)[number];

export interface SnapshotMember {
  readonly name: string;
  readonly kind: MemberKind;
  readonly size: number;
  readonly sha256: string;
  /** True when the member is gzip-compressed (name ends in .gz). */
  readonly gzip?: boolean;
}

/** One media file referenced by the database, relative to MEDIA_ROOT. */
export interface MediaManifestEntry {
  readonly path: string;
  readonly size: number;
  readonly sha256: string;
}
