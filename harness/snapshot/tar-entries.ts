/**
 * One sequential pass over a tar file with tar-stream's extract. A tar can only be read front to back,
 * so every reader method makes its own pass (cheap: the file is on disk) and never buffers a member.
 * Errors from the tar layer (truncated file, bad header) become BadInputErrors naming the file.
 *
 * Every entry is checked before it is handed out, whichever pass reads it: a snapshot holds regular
 * files only (no symlink, hard link, device, FIFO or directory entry, which an extractor would turn
 * into a write outside its folder or a read of a host file), under safe relative names.
 */
import { createReadStream } from 'node:fs';
import { basename } from 'node:path';
import type { Readable } from 'node:stream';
import tar from 'tar-stream';
import { BadInputError, RehearseError } from '../errors.ts';
import { archivePathProblem } from './member-names.ts';

export interface TarEntry {
  readonly name: string;
  readonly size: number;
  readonly type: string;
  /** The member's bytes; consume it (or call `skip`) before asking for the next entry. */
  readonly stream: Readable;
}

/**
 * Yields the entries of `file` in archive order. Leaving the loop early closes the file. An entry the
 * caller did not read is drained automatically when the next one is requested.
 */
export async function* tarEntries(file: string): AsyncGenerator<TarEntry> {
  const source = createReadStream(file);
  const extract = tar.extract();
  source.on('error', (error) => extract.destroy(error));
  source.pipe(extract as unknown as NodeJS.WritableStream);
  const iterator = extract[Symbol.asyncIterator]();
  let previous: Readable | undefined;
  try {
    while (true) {
      previous?.resume();
      let next: IteratorResult<{ header: { name: string; size: number; type: string } }>;
      try {
        next = await iterator.next();
      } catch (cause) {
        throw tarError(file, cause);
      }
      if (next.done) return;
      // tar-stream's entries are streamx Readables, which Node's stream utilities accept.
      const entry = next.value as unknown as Readable & { header: { name: string; size: number; type: string } };
      previous = entry;
      checkEntry(file, entry.header);
      yield {
        name: entry.header.name,
        size: entry.header.size,
        type: entry.header.type,
        stream: entry,
      };
    }
  } finally {
    source.destroy();
    extract.destroy();
  }
}

/** Throws a BadInputError naming the member when its type or name is not acceptable in a snapshot. */
function checkEntry(file: string, header: { name: string; type: string }): void {
  const problem = header.type !== 'file' ? `it is a ${header.type} entry; a snapshot holds regular files only` : archivePathProblem(header.name);
  if (problem) {
    throw new BadInputError(`snapshot ${basename(file)}: member "${header.name}" is rejected: ${problem}; the archive was not written by rehearse or was modified`);
  }
}

/** Wraps an error raised while reading the tar structure into a BadInputError for the user. */
export function tarError(file: string, cause: unknown): Error {
  if (cause instanceof RehearseError) return cause;
  const message = cause instanceof Error ? cause.message : String(cause);
  const problem = /unexpected end/i.test(message)
    ? 'the archive is truncated (it ends in the middle of a member)'
    : `it is not a valid tar archive (${message})`;
  return new BadInputError(`snapshot ${basename(file)}: ${problem}; copy the snapshot again or recreate it`, { cause });
}

/** Reads a small member fully (the manifest), refusing anything larger than `limit` bytes. */
export async function readSmallEntry(entry: TarEntry, limit: number, file: string): Promise<string> {
  if (entry.size > limit) {
    throw new BadInputError(`snapshot ${basename(file)}: member ${entry.name} is ${entry.size} bytes, more than the ${limit} allowed`);
  }
  const chunks: Buffer[] = [];
  try {
    for await (const chunk of entry.stream) chunks.push(chunk as Buffer);
  } catch (cause) {
    throw tarError(file, cause);
  }
  return Buffer.concat(chunks).toString('utf8');
}
