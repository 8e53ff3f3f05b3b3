/**
 * A text file read line by line the way Python 3's `open()` delivers it, so that the db-level loop and
 * the csv reader of `import_from_csv_file` share one iterator as they do in pydal:
 *
 * - `universal` (`open(f, 'r')`, the default `newline=None`): lines end at LF, CR LF or a bare CR, and
 *   every one of them is handed over as LF, inside quoted CSV values too: CR LF and CR are lost;
 * - `untranslated` (`open(f, 'r', newline='')`, what the csv module documents): the same line ends,
 *   handed over unchanged, so multi-line values come back byte for byte.
 *
 * (https://docs.python.org/3/library/functions.html#open, "newline")
 */
import { createReadStream } from 'node:fs';

export const NEWLINE_MODES = ['universal', 'untranslated'] as const;
export type NewlineMode = (typeof NEWLINE_MODES)[number];

export interface LineSource {
  /** The next line with its line end (none on a last line without one), or undefined at the end. */
  next(): Promise<string | undefined>;
  /** 1-based number of the last line returned. */
  readonly lineNumber: number;
}

/** Opens `file` (UTF-8) as a stream of lines; reads it chunk by chunk, never whole. */
export function openLines(file: string, mode: NewlineMode): LineSource & AsyncDisposable {
  const stream = createReadStream(file, { encoding: 'utf8', highWaterMark: 1 << 16 });
  const chunks = stream[Symbol.asyncIterator]() as AsyncIterator<string>;
  let buffer = '';
  let ended = false;
  let lineNumber = 0;
  const pending: string[] = [];

  const split = (final: boolean): void => {
    let start = 0;
    for (let i = 0; i < buffer.length; i++) {
      const c = buffer[i];
      if (c !== '\n' && c !== '\r') continue;
      // A CR at the end of a chunk may be the first half of CR LF: wait for the next chunk.
      if (c === '\r' && i === buffer.length - 1 && !final) break;
      const end = c === '\r' && buffer[i + 1] === '\n' ? i + 2 : i + 1;
      pending.push(mode === 'universal' ? `${buffer.slice(start, i)}\n` : buffer.slice(start, end));
      start = end;
      i = end - 1;
    }
    buffer = buffer.slice(start);
    if (final && buffer) {
      pending.push(buffer);
      buffer = '';
    }
  };

  return {
    get lineNumber() {
      return lineNumber;
    },
    async next() {
      while (pending.length === 0 && !ended) {
        const chunk = await chunks.next();
        if (chunk.done) ended = true;
        else buffer += chunk.value;
        split(ended);
      }
      const line = pending.shift();
      if (line !== undefined) lineNumber++;
      return line;
    },
    async [Symbol.asyncDispose]() {
      stream.destroy();
      await Promise.resolve();
    },
  };
}
