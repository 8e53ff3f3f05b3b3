/**
 * Opens a snapshot file and recognises its form from its first bytes (and its name as a hint):
 * a rehearse snapshot tar (first member manifest.json), a plain .sql / .sql.gz dump, or a SQLite
 * database file ("SQLite format 3\0", https://www.sqlite.org/fileformat.html#the_database_header), or an
 * engine's own archive format (pg_dump -Fc file by its magic, -Fd directory by its table of contents).
 */
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { open, readdir, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { BadInputError, errorMessage } from '../errors.ts';
import { ArchiveSnapshot } from './archive-snapshot.ts';
import { parseManifest } from './manifest-schema.ts';
import type { DatabaseFileFormat, EngineDefinition } from '../engine/engine-definition.ts';
import { listEngines } from '../engine/engine-registry.ts';
import { DatabaseFileSnapshot, SqlFileSnapshot } from './plain-snapshot.ts';
import { RestoredArchiveSnapshot, type ArchiveEngine } from './restored-archive.ts';
import { MANIFEST_NAME } from './snapshot-format.ts';
import { ZSTD_MAGIC } from './zstd-stream.ts';
import type { Snapshot } from './snapshot.ts';
import { readSmallEntry, tarEntries } from './tar-entries.ts';

const GZIP_MAGIC = Buffer.from([0x1f, 0x8b]);
const MANIFEST_LIMIT = 16 * 1024 * 1024;
const EXPECTED =
  'expected a rehearse snapshot archive (.tar), a plain .sql, .sql.gz or .sql.zst dump, a pg_dump -Fc file or -Fd directory, or a SQLite database file';

export async function openSnapshot(file: string): Promise<Snapshot> {
  const name = basename(file);
  if (await isDirectory(file)) return openDirectoryArchive(file);
  const head = await readHead(file);
  const sha256 = await hashFile(file);
  const fileEngine = listEngines().find((e): e is EngineDefinition & { databaseFile: DatabaseFileFormat } => !!e.databaseFile && startsWith(head, e.databaseFile.magic));
  if (fileEngine) return new DatabaseFileSnapshot(file, sha256, fileEngine);
  const archiveEngine = archiveEngines().find((e) => startsWith(head, e.archiveRestore.magic));
  if (archiveEngine) return new RestoredArchiveSnapshot(file, sha256, archiveEngine, false);
  if (isTarHeader(head)) return new ArchiveSnapshot(file, sha256, await readManifest(file));
  if (startsWith(head, GZIP_MAGIC)) {
    if (/\.sql\.gz$|\.gz$/i.test(name) && !/\.tar\.gz$|\.tgz$/i.test(name)) return new SqlFileSnapshot(file, sha256, 'gzip');
    throw new BadInputError(
      `snapshot ${name}: a gzip-compressed archive is not supported (members are compressed individually); gunzip it first, or name a gzip SQL dump *.sql.gz`,
    );
  }
  if (startsWith(head, ZSTD_MAGIC) && /\.zst$/i.test(name)) return new SqlFileSnapshot(file, sha256, 'zstd');
  if (/\.tar$/i.test(name)) {
    throw new BadInputError(`snapshot ${name}: it is not a tar archive (no ustar header); the file is corrupt or not a snapshot`);
  }
  if (/\.sql$/i.test(name)) {
    if (head.includes(0)) throw new BadInputError(`snapshot ${name}: it is named .sql but holds binary data; ${EXPECTED}`);
    return new SqlFileSnapshot(file, sha256, 'none');
  }
  throw new BadInputError(`snapshot ${name}: file format not recognised; ${EXPECTED}`);
}

function archiveEngines(): ArchiveEngine[] {
  return listEngines().filter((e): e is ArchiveEngine => !!e.archiveRestore);
}

async function isDirectory(file: string): Promise<boolean> {
  try {
    return (await stat(file)).isDirectory();
  } catch {
    return false;
  }
}

/** A directory is a snapshot only as an engine's directory archive (pg_dump -Fd). */
async function openDirectoryArchive(dir: string): Promise<Snapshot> {
  const engine = archiveEngines().find((e) => e.archiveRestore.isDirectoryArchive(dir));
  if (!engine) throw new BadInputError(`snapshot ${dir} is a directory but no directory archive (no pg_dump -Fd table of contents in it); ${EXPECTED}`);
  return new RestoredArchiveSnapshot(dir, await hashDirectory(dir), engine, true);
}

/** sha256 over the directory's regular files in name order (each name, then its own sha256). */
async function hashDirectory(dir: string): Promise<string> {
  const hash = createHash('sha256');
  const names = (await readdir(dir, { withFileTypes: true })).filter((e) => e.isFile()).map((e) => e.name).sort();
  for (const name of names) hash.update(`${name}\0${await hashFile(join(dir, name))}\n`);
  return hash.digest('hex');
}

async function readHead(file: string): Promise<Buffer> {
  let size: number;
  try {
    const info = await stat(file);
    if (!info.isFile()) throw new BadInputError(`snapshot ${file} is not a regular file`);
    size = info.size;
  } catch (cause) {
    if (cause instanceof BadInputError) throw cause;
    throw new BadInputError(`snapshot ${file} cannot be read (${errorMessage(cause)}); check the path`, { cause });
  }
  if (size === 0) throw new BadInputError(`snapshot ${basename(file)} is empty; ${EXPECTED}`);
  const handle = await open(file, 'r');
  try {
    const buffer = Buffer.alloc(Math.min(size, 512));
    await handle.read(buffer, 0, buffer.length, 0);
    return buffer;
  } finally {
    await handle.close();
  }
}

async function hashFile(file: string): Promise<string> {
  const hash = createHash('sha256');
  await pipeline(createReadStream(file), hash);
  return hash.digest('hex');
}

function startsWith(buffer: Buffer, prefix: Buffer): boolean {
  return buffer.length >= prefix.length && buffer.subarray(0, prefix.length).equals(prefix);
}

/** POSIX ustar and GNU tar both put "ustar" at offset 257 of every header block. */
function isTarHeader(head: Buffer): boolean {
  return head.length >= 263 && head.subarray(257, 262).toString('latin1') === 'ustar';
}

async function readManifest(file: string) {
  const where = `snapshot ${basename(file)}`;
  for await (const entry of tarEntries(file)) {
    if (entry.name !== MANIFEST_NAME) {
      throw new BadInputError(
        `${where}: it is a tar archive but not a rehearse snapshot: its first member is ${entry.name}, expected ${MANIFEST_NAME}`,
      );
    }
    return parseManifest(await readSmallEntry(entry, MANIFEST_LIMIT, file), where);
  }
  throw new BadInputError(`${where}: the tar archive is empty; expected ${MANIFEST_NAME} as its first member`);
}
