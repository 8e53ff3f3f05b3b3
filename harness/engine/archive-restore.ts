/**
 * Dumps in an engine's own archive formats (pg_dump's custom and directory formats), which only the
 * engine's restore tool can read. Such an archive is converted into the plain SQL its tool would have
 * written, and that text takes the plain-dump load path unchanged: completeness by the trailer, the
 * confined load user, COPY streaming and the filter that keeps statements inside the throwaway database
 * all apply as to a plain dump. Each engine folder that has such formats supplies one
 * (EngineDefinition.archiveRestore); harness/snapshot/ recognises and converts archives through it.
 */
import type { Readable } from 'node:stream';
import type { ToolOutput } from '../provider/tool-output.ts';

/** What the restore tool reads: an archive file, a directory archive, or an archive arriving as a stream
 * (a member of a snapshot archive). */
export type ArchiveInput =
  | { readonly kind: 'file'; readonly path: string }
  | { readonly kind: 'directory'; readonly path: string }
  | { readonly kind: 'stream'; readonly stream: Readable };

export interface ArchiveRestore {
  /** The restore tool, for messages: 'pg_restore'. */
  readonly tool: string;
  /** What the formats are called, for messages. */
  readonly formats: string;
  /** The bytes every single-file archive starts with. */
  readonly magic: Buffer;
  /** True when `dir` is a directory archive of this engine (it holds the tool's table of contents). */
  isDirectoryArchive(dir: string): boolean;
  /** Converts the archive into plain SQL, streamed; the stream errors (ToolFailedError) when the tool
   * fails, e.g. on a truncated or damaged archive. */
  toPlainSql(input: ArchiveInput, signal?: AbortSignal): ToolOutput;
}
