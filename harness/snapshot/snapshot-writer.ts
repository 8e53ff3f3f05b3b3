/**
 * Writes a snapshot archive (format in snapshot-format.ts). Members are first streamed to a temporary
 * directory while their sha256 and size are computed, so memory stays bounded whatever the dump size;
 * finish() then writes manifest.json first and streams every member into the tar.
 *
 * CONTRACT (implementation pending): the signatures below are fixed; callers code against them.
 */
import type { Readable } from 'node:stream';
import type { EngineKind } from '../engine/engine.ts';
import type { MediaManifestEntry, SnapshotManifest } from './snapshot-format.ts';

export interface SnapshotWriterOptions {
  readonly engine: EngineKind;
  readonly serverVersion: string;
  readonly createdBy: string;
  readonly properties?: Readonly<Record<string, string | number | boolean>>;
}

export type ContentSource = Readable | AsyncIterable<string | Buffer>;

export interface SnapshotWriter {
  /** Adds dumps/NN-<name>.sql (or .sql.gz when gzip is true); NN keeps the order of calls. */
  addSqlDump(name: string, content: ContentSource, options?: { readonly gzip?: boolean }): Promise<void>;
  /** Adds media/manifest.jsonl from entries streamed one at a time. */
  addMediaManifest(entries: AsyncIterable<MediaManifestEntry>): Promise<void>;
  /** Adds media/files/<path>. */
  addMediaFile(path: string, content: ContentSource): Promise<void>;
  /** Records the tables and their row counts in the manifest. */
  setTables(tables: readonly { readonly name: string; readonly rows: number }[]): void;
  /** Writes the archive to its final path (atomically: temp file then rename) and removes temp files. */
  finish(): Promise<SnapshotManifest>;
  /** Removes temp files and any partial output. */
  abort(): Promise<void>;
}

export declare function createSnapshotWriter(outFile: string, options: SnapshotWriterOptions): Promise<SnapshotWriter>;
