/**
 * Writes a snapshot archive (format in snapshot-format.ts). Members are first streamed to a temporary
 * directory while their sha256 and size are computed, so memory stays bounded whatever the dump size;
 * finish() then writes manifest.json first and streams every member into the tar (tar headers need the
 * size up front, which the temp file gives).
 */
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdtemp, rename, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGzip } from 'node:zlib';
import tar from 'tar-stream';
import type { EngineKind } from '../engine/engine.ts';
import { BadInputError } from '../errors.ts';
import { createLogger } from '../log.ts';
import { HashingStream } from './hashing-stream.ts';
import { checkMediaPath, dumpMemberName } from './member-names.ts';
import {
  MANIFEST_NAME,
  MEDIA_FILES_PREFIX,
  MEDIA_MANIFEST_NAME,
  SNAPSHOT_FORMAT_VERSION,
  type MediaManifestEntry,
  type MemberKind,
  type SnapshotManifest,
  type SnapshotMember,
} from './snapshot-format.ts';

const log = createLogger('snapshot/writer');

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

/** Creates a writer for `outFile`; nothing appears at that path until {@link SnapshotWriter.finish}. */
export async function createSnapshotWriter(outFile: string, options: SnapshotWriterOptions): Promise<SnapshotWriter> {
  const dir = await mkdtemp(join(tmpdir(), 'rehearse-snapshot-'));
  return new TarSnapshotWriter(outFile, dir, options);
}

interface StagedMember extends SnapshotMember {
  readonly tempFile: string;
}

class TarSnapshotWriter implements SnapshotWriter {
  readonly #outFile: string;
  readonly #dir: string;
  readonly #options: SnapshotWriterOptions;
  readonly #members: StagedMember[] = [];
  #tables: { name: string; rows: number }[] = [];
  #dumpCount = 0;
  #closed = false;
  /** The first member that could not be staged: finish() refuses to write an archive without it. */
  #failed: string | undefined;
  /** Members are staged one at a time so that NN and the archive order follow the order of calls. */
  #queue: Promise<unknown> = Promise.resolve();

  constructor(outFile: string, dir: string, options: SnapshotWriterOptions) {
    this.#outFile = outFile;
    this.#dir = dir;
    this.#options = options;
  }

  addSqlDump(name: string, content: ContentSource, options?: { readonly gzip?: boolean }): Promise<void> {
    const gzip = options?.gzip ?? false;
    const member = dumpMemberName(++this.#dumpCount, name, gzip);
    return this.#stage(member, 'sql-dump', content, gzip);
  }

  addMediaManifest(entries: AsyncIterable<MediaManifestEntry>): Promise<void> {
    const where = `snapshot ${basename(this.#outFile)}`;
    async function* lines(): AsyncIterable<string> {
      for await (const entry of entries) {
        checkMediaPath(entry.path, where);
        yield `${JSON.stringify({ path: entry.path, size: entry.size, sha256: entry.sha256 })}\n`;
      }
    }
    return this.#stage(MEDIA_MANIFEST_NAME, 'media-manifest', lines(), false);
  }

  addMediaFile(path: string, content: ContentSource): Promise<void> {
    checkMediaPath(path, `snapshot ${basename(this.#outFile)}`);
    return this.#stage(`${MEDIA_FILES_PREFIX}${path}`, 'media-file', content, false);
  }

  setTables(tables: readonly { readonly name: string; readonly rows: number }[]): void {
    this.#tables = tables.map((t) => ({ name: t.name, rows: t.rows }));
  }

  async finish(): Promise<SnapshotManifest> {
    this.#assertOpen();
    await this.#queue;
    this.#closed = true;
    if (this.#failed) {
      await this.abort();
      throw new Error(`snapshot ${basename(this.#outFile)} was not written: member ${this.#failed} failed earlier`);
    }
    const manifest = this.#manifest();
    const partial = `${this.#outFile}.partial`;
    try {
      await writeTar(partial, manifest, this.#members);
      await rename(partial, this.#outFile);
      log.debug(`wrote ${this.#outFile} with ${this.#members.length} members`);
      return manifest;
    } catch (error) {
      await rm(partial, { force: true });
      throw error;
    } finally {
      await rm(this.#dir, { recursive: true, force: true });
    }
  }

  async abort(): Promise<void> {
    this.#closed = true;
    await this.#queue.catch(() => undefined);
    await rm(`${this.#outFile}.partial`, { force: true });
    await rm(this.#dir, { recursive: true, force: true });
  }

  #manifest(): SnapshotManifest {
    const { engine, serverVersion, createdBy, properties } = this.#options;
    return {
      formatVersion: SNAPSHOT_FORMAT_VERSION,
      createdAt: new Date().toISOString(),
      createdBy,
      engine,
      serverVersion,
      tables: this.#tables,
      members: this.#members.map(({ tempFile: _tempFile, ...member }) => member),
      ...(properties ? { properties } : {}),
    };
  }

  #assertOpen(): void {
    if (this.#closed) throw new Error(`snapshot writer for ${this.#outFile} is already finished or aborted`);
  }

  #stage(name: string, kind: MemberKind, content: ContentSource, gzip: boolean): Promise<void> {
    this.#assertOpen();
    if (this.#members.some((m) => m.name === name)) {
      return Promise.reject(new BadInputError(`snapshot ${basename(this.#outFile)}: member ${name} was added twice`));
    }
    const run = async (): Promise<void> => {
      const tempFile = join(this.#dir, `member-${this.#members.length + 1}`);
      const hashing = new HashingStream();
      if (gzip) await pipeline(content, createGzip(), hashing, createWriteStream(tempFile));
      else await pipeline(content, hashing, createWriteStream(tempFile));
      this.#members.push({ name, kind, size: hashing.size, sha256: hashing.sha256, ...(gzip ? { gzip } : {}), tempFile });
    };
    const staged = this.#queue.then(run);
    this.#queue = staged.catch(() => {
      this.#failed ??= name;
    });
    return staged;
  }
}

async function writeTar(file: string, manifest: SnapshotManifest, members: readonly StagedMember[]): Promise<void> {
  const pack = tar.pack();
  const output = pipeline(pack, createWriteStream(file));
  const mtime = new Date(manifest.createdAt);
  try {
    const manifestBytes = Buffer.from(`${JSON.stringify(manifest, null, 2)}\n`);
    await new Promise<void>((resolve, reject) => {
      pack.entry({ name: MANIFEST_NAME, size: manifestBytes.length, mtime, mode: 0o644 }, manifestBytes, (error) =>
        error ? reject(error) : resolve(),
      );
    });
    for (const member of members) {
      const entry = pack.entry({ name: member.name, size: member.size, mtime, mode: 0o644 });
      await pipeline(createReadStream(member.tempFile), entry);
    }
    pack.finalize();
  } catch (error) {
    pack.destroy(error as Error);
    await output.catch(() => undefined);
    throw error;
  }
  await output;
}
