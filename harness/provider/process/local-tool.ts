/**
 * Runs a tool from this machine's binaries with its standard output streamed back
 * ({@link ToolOutput}); its input is a file path on the command line or a stream on stdin.
 */
import { spawn } from 'node:child_process';
import { basename } from 'node:path';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { endingWithExit, keepStderr, ToolFailedError, type ToolOutput } from '../tool-output.ts';

export interface LocalToolOptions {
  /** Streamed to the tool's stdin (closed at once when absent). */
  readonly stdin?: Readable;
  /** Kills the tool. */
  readonly signal?: AbortSignal;
}

/** Starts `binary` with `args`; its stdout ends only after a successful exit (see {@link ToolOutput}). */
export function runLocalTool(binary: string, args: readonly string[], options: LocalToolOptions = {}): ToolOutput {
  const tool = basename(binary);
  const child = spawn(binary, [...args], { stdio: ['pipe', 'pipe', 'pipe'], signal: options.signal });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => {
    stderr = keepStderr(stderr, chunk);
  });
  // A tool that stops reading early (it failed) closes stdin: EPIPE then is its failure, reported by the exit.
  child.stdin.on('error', () => undefined);
  if (options.stdin) pipeline(options.stdin, child.stdin).catch(() => child.kill());
  else child.stdin.end();
  const finished = new Promise<void>((resolve, reject) => {
    child.on('error', (error) => reject(new ToolFailedError(tool, `could not run (${error.message})`, stderr)));
    child.on('close', (code, signal) => {
      if (code === 0) resolve();
      else reject(new ToolFailedError(tool, signal ? `was killed by ${signal}` : `exited with status ${code}`, stderr));
    });
  });
  return { stream: endingWithExit(child.stdout, finished), finished };
}
