/**
 * The output of a command-line tool run to convert a file (a dump tool's archive into SQL text), whether
 * it runs from local binaries or in a short-lived container. The stream ends only once the tool has
 * exited successfully: a tool that fails after writing part of its output makes the stream error instead
 * of ending, so a reader never takes a partial conversion for a whole one.
 */
import { Readable } from 'node:stream';

export interface ToolOutput {
  /** What the tool writes on its standard output. */
  readonly stream: Readable;
  /** Settles when the tool has exited: rejects with {@link ToolFailedError} when it failed. */
  readonly finished: Promise<void>;
}

/** A tool exited with a non-zero status (or could not start); the message ends with its last stderr line. */
export class ToolFailedError extends Error {
  constructor(tool: string, how: string, stderr: string) {
    const last = stderr.trim().split('\n').filter((line) => line.trim() !== '').slice(-2).join(' / ');
    super(`${tool} ${how}${last ? `: ${last}` : ''}`);
    this.name = 'ToolFailedError';
  }
}

/** How many bytes of a tool's stderr are kept for its error message. */
export const STDERR_LIMIT = 8192;

/** Appends `chunk` to the kept stderr text, keeping only its last {@link STDERR_LIMIT} characters. */
export function keepStderr(kept: string, chunk: Buffer | string): string {
  const text = kept + chunk.toString();
  return text.length > STDERR_LIMIT ? text.slice(-STDERR_LIMIT) : text;
}

/** `output`'s chunks, then the tool's exit: the stream errors when `finished` rejects. */
export function endingWithExit(output: AsyncIterable<Buffer | string>, finished: Promise<void>): Readable {
  finished.catch(() => undefined);
  async function* pass(): AsyncGenerator<Buffer> {
    for await (const chunk of output) yield typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    await finished;
  }
  return Readable.from(pass(), { objectMode: false });
}
