/**
 * pg_dump's custom (-Fc) and directory (-Fd) formats
 * (https://www.postgresql.org/docs/current/app-pgdump.html), turned into plain SQL by
 * `pg_restore --file=-` (https://www.postgresql.org/docs/current/app-pgrestore.html), which needs no
 * database connection. Ownership and grants are left out: the throwaway database has its own confined
 * owner and none of the production roles. pg_restore comes from the local binaries when installed, else
 * from the engine's image, run as a short-lived container.
 */
import { createWriteStream, existsSync, statSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough, type Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { ArchiveInput, ArchiveRestore } from '../archive-restore.ts';
import { CONTAINER_INPUT_DIR, runContainerTool } from '../../provider/container/container-tool.ts';
import { findBinary } from '../../provider/process/local-binaries.ts';
import { runLocalTool } from '../../provider/process/local-tool.ts';
import { endingWithExit, type ToolOutput } from '../../provider/tool-output.ts';
import { POSTGRES_CONTAINER, postgresBinDirs } from './postgres-server.ts';

/** The custom format's header starts with these five bytes (pg_backup_archiver.c). */
const CUSTOM_MAGIC = Buffer.from('PGDMP', 'latin1');
/** The directory format's table of contents. */
const DIRECTORY_TOC = 'toc.dat';
const PLAIN_SQL_OPTIONS = ['--file=-', '--no-owner', '--no-privileges'] as const;

/** Where pg_restore runs: 'local' binaries, the engine's 'container' image, or 'auto' (local when installed). */
export const PG_RESTORE_PLACES = ['auto', 'local', 'container'] as const;
export type PgRestorePlace = (typeof PG_RESTORE_PLACES)[number];

/** The local pg_restore, or undefined when none is installed. */
function localPgRestore(): string | undefined {
  try {
    return findBinary(['pg_restore'], postgresBinDirs(), '');
  } catch {
    return undefined;
  }
}

/** Converts with pg_restore from `place`; exported so that both places can be exercised. */
export function pgRestoreToSql(input: ArchiveInput, place: PgRestorePlace, signal?: AbortSignal): ToolOutput {
  const local = place === 'container' ? undefined : localPgRestore();
  if (local) {
    if (input.kind === 'stream') return runLocalTool(local, PLAIN_SQL_OPTIONS, { stdin: input.stream, signal });
    return runLocalTool(local, [...PLAIN_SQL_OPTIONS, input.path], { signal });
  }
  if (input.kind === 'stream') return spooled(input.stream, (path) => pgRestoreToSql({ kind: 'file', path }, 'container', signal));
  const name = input.kind === 'directory' ? 'archive' : 'archive.dump';
  return runContainerTool({
    image: POSTGRES_CONTAINER.defaultImage,
    command: ['pg_restore', ...PLAIN_SQL_OPTIONS, `${CONTAINER_INPUT_DIR}/${name}`],
    input: { path: input.path, name },
    signal,
  });
}

export const POSTGRES_ARCHIVE_RESTORE: ArchiveRestore = {
  tool: 'pg_restore',
  formats: 'pg_dump custom (-Fc) or directory (-Fd) archive',
  magic: CUSTOM_MAGIC,
  isDirectoryArchive(dir: string): boolean {
    const toc = join(dir, DIRECTORY_TOC);
    return existsSync(toc) && statSync(toc).isFile();
  },
  toPlainSql: (input, signal) => pgRestoreToSql(input, 'auto', signal),
};

/** The container gets its input copied in as a file: a streamed archive is written to a private temporary
 * file first, removed once the tool has exited. */
function spooled(stream: Readable, convert: (path: string) => ToolOutput): ToolOutput {
  const output = new PassThrough();
  const finished = (async () => {
    const dir = await mkdtemp(join(tmpdir(), 'rehearse-archive-'));
    try {
      const path = join(dir, 'archive.dump');
      await pipeline(stream, createWriteStream(path, { mode: 0o600 }));
      const converted = convert(path);
      await pipeline(converted.stream, output);
      await converted.finished;
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  })();
  finished.catch((error: unknown) => output.destroy(error as Error));
  return { stream: endingWithExit(output, finished), finished };
}
