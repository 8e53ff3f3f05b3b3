/**
 * {@link Snapshot} over a rehearse snapshot archive (see snapshot-format.ts).
 */
import { createWriteStream } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { basename, dirname, join, resolve, sep } from 'node:path';
import { createInterface } from 'node:readline';
import { pipeline } from 'node:stream/promises';
import type { EngineKind } from '../engine/engine.ts';
import { BadInputError } from '../errors.ts';
import { openMember } from './archive-member.ts';
import { checkArchive, problemsToError, type VerifyProgress, type VerifyReport } from './archive-verify.ts';
import { parseMediaEntry } from './manifest-schema.ts';
import { compareDumpNames, mediaPathOfMember } from './member-names.ts';
import { MANIFEST_NAME, MEDIA_FILES_PREFIX, MEDIA_MANIFEST_NAME, type MediaManifestEntry, type SnapshotManifest } from './snapshot-format.ts';
import type { Snapshot, SqlDump } from './snapshot.ts';
import { tarEntries, type TarEntry } from './tar-entries.ts';

export class ArchiveSnapshot implements Snapshot {
  readonly kind = 'archive' as const;
  readonly file: string;
  readonly sha256: string;
  readonly manifest: SnapshotManifest;
  readonly engine: EngineKind;
  readonly #where: string;

  constructor(file: string, sha256: string, manifest: SnapshotManifest) {
    this.file = file;
    this.sha256 = sha256;
    this.manifest = manifest;
    this.engine = manifest.engine;
    this.#where = `snapshot ${basename(file)}`;
  }

  async verify(onProgress?: (progress: VerifyProgress) => void): Promise<VerifyReport> {
    const report = await checkArchive(this.file, this.manifest, onProgress);
    const error = problemsToError(report);
    if (error) throw error;
    return report;
  }

  /** Dumps are stored in load order by the writer; an archive storing them otherwise is rejected
   * rather than read once per dump. */
  async *sqlDumps(): AsyncGenerator<SqlDump> {
    const dumps = this.manifest.members.filter((m) => m.kind === 'sql-dump');
    const order = dumps.map((m) => m.name).sort(compareDumpNames);
    const byName = new Map(dumps.map((m) => [m.name, m]));
    let index = 0;
    for await (const entry of this.#listedEntries()) {
      const member = byName.get(entry.name);
      if (!member) continue;
      if (order[index] !== entry.name) {
        throw new BadInputError(
          `${this.#where}: dump ${entry.name} is stored before ${order[index]}; dumps must be stored in name order (recreate the archive with rehearse)`,
        );
      }
      index++;
      const { stream, verified } = openMember(this.file, entry, member, true);
      yield { name: member.name, stream, verified };
      if (!stream.destroyed) stream.resume();
      await verified;
    }
    if (index < order.length) {
      throw new BadInputError(
        `${this.#where}: dump ${order[index]} is listed in the manifest but missing from the archive; the file is truncated or incomplete`,
      );
    }
  }

  /**
   * The archive's entries after manifest.json, each one listed in the manifest: a member the manifest
   * does not list (or a second copy of one) is an error naming it, whichever pass meets it first, so a
   * loader never skips over, or acts on, content nothing vouches for.
   */
  async *#listedEntries(): AsyncGenerator<TarEntry> {
    const listed = new Set(this.manifest.members.map((m) => m.name));
    const seen = new Set<string>();
    let position = 0;
    for await (const entry of tarEntries(this.file)) {
      if (position++ === 0 && entry.name === MANIFEST_NAME) continue;
      if (!listed.has(entry.name) || seen.has(entry.name)) {
        throw new BadInputError(`${this.#where}: member ${entry.name} is not listed in the manifest (or appears twice); the archive was modified`);
      }
      seen.add(entry.name);
      yield entry;
    }
  }

  mediaManifest(): AsyncIterable<MediaManifestEntry> | undefined {
    const member = this.manifest.members.find((m) => m.name === MEDIA_MANIFEST_NAME);
    if (!member) return undefined;
    const { file } = this;
    const where = this.#where;
    const entries = () => this.#listedEntries();
    return (async function* (): AsyncGenerator<MediaManifestEntry> {
      for await (const entry of entries()) {
        if (entry.name !== MEDIA_MANIFEST_NAME) continue;
        const { stream, verified } = openMember(file, entry, member, true);
        let lineNumber = 0;
        for await (const line of createInterface({ input: stream, crlfDelay: Infinity })) {
          lineNumber++;
          if (line.trim() === '') continue;
          yield parseMediaEntry(line, where, lineNumber);
        }
        await verified;
        return;
      }
      throw new BadInputError(`${where}: ${MEDIA_MANIFEST_NAME} is listed in the manifest but missing from the archive`);
    })();
  }

  async extractMedia(dir: string): Promise<number> {
    const root = resolve(dir);
    const byName = new Map(this.manifest.members.map((m) => [m.name, m]));
    let count = 0;
    for await (const entry of this.#listedEntries()) {
      if (!entry.name.startsWith(MEDIA_FILES_PREFIX)) continue;
      const path = mediaPathOfMember(entry.name, this.#where);
      const member = byName.get(entry.name);
      if (!member || member.kind !== 'media-file' || entry.type !== 'file') {
        throw new BadInputError(`${this.#where}: ${entry.name} is not a media file listed in the manifest; the archive was modified`);
      }
      const target = resolve(root, path);
      if (!target.startsWith(root + sep)) {
        throw new BadInputError(`${this.#where}: media path "${path}" escapes the media directory`);
      }
      await mkdir(dirname(target), { recursive: true });
      const { stream, verified } = openMember(this.file, entry, member, false);
      await pipeline(stream, createWriteStream(join(root, path)));
      await verified;
      count++;
    }
    const listed = this.manifest.members.filter((m) => m.kind === 'media-file').length;
    if (count < listed) {
      throw new BadInputError(`${this.#where}: ${listed - count} media file(s) listed in the manifest are missing from the archive; the file is truncated or incomplete`);
    }
    return count;
  }
}
