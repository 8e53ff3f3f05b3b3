/**
 * A snapshot opened for reading, whatever its on-disk form: a rehearse snapshot archive, a plain
 * .sql / .sql.gz dump or a SQLite database file. Each method makes its own sequential pass over the
 * file and streams; nothing holds a whole member in memory.
 */
import type { Readable } from 'node:stream';
import type { EngineKind } from '../engine/engine.ts';
import type { VerifyProgress, VerifyReport } from './archive-verify.ts';
import type { MediaManifestEntry, SnapshotManifest } from './snapshot-format.ts';

export const SNAPSHOT_KINDS = ['archive', 'sql', 'sqlite'] as const;
export type SnapshotKind = (typeof SNAPSHOT_KINDS)[number];
/** The kind of a snapshot that is an engine's own database file, loaded by copying it (the report calls
 * it after the only such engine, SQLite). */
export const DATABASE_FILE_SNAPSHOT = 'sqlite' satisfies SnapshotKind;

export interface SqlDump {
  /** The member name (dumps/01-chinook.sql.gz) or, for a plain dump, the file's base name. */
  readonly name: string;
  /** The SQL text, already decompressed. Consume it before asking for the next dump. */
  readonly stream: Readable;
  /** Settles once the stream was read to its end; rejects when the member's sha256 or size is wrong.
   * The stream itself errors too; this lets a caller whose consumer wrapped that error report the
   * integrity problem rather than a confusing SQL error. */
  readonly verified: Promise<void>;
}

export interface Snapshot {
  readonly kind: SnapshotKind;
  /** The path as given to openSnapshot. */
  readonly file: string;
  /** sha256 of the whole file, for the report (proves which snapshot was rehearsed). */
  readonly sha256: string;
  /** Only for archives. */
  readonly manifest?: SnapshotManifest;
  /** From the manifest for archives, 'sqlite' for SQLite files, unknown for plain dumps. */
  readonly engine?: EngineKind;
  /**
   * Checks the whole file: for an archive every member's sha256 and size against the manifest; for a
   * .sql.gz the gzip checksum; for SQLite `PRAGMA integrity_check`. Throws a BadInputError naming the
   * first problem; returns the per-member report when everything is fine.
   */
  verify(onProgress?: (progress: VerifyProgress) => void): Promise<VerifyReport>;
  /** The SQL dumps in load (name) order, each verified while it streams. */
  sqlDumps(): AsyncIterable<SqlDump>;
  /** media/manifest.jsonl entries, or undefined when the snapshot has no media. */
  mediaManifest(): AsyncIterable<MediaManifestEntry> | undefined;
  /** Writes media/files/* below `dir` (paths validated) and returns how many files were written. */
  extractMedia(dir: string): Promise<number>;
}
