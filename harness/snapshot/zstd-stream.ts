/**
 * zstd-compressed plain dumps (`mysqldump … | zstd > dump.sql.zst`). Node 20 has no zstd codec, so the
 * `zstd` program decompresses (https://facebook.github.io/zstd/zstd_manual.html): `zstd -dc` streams the
 * SQL out, `zstd -t` checks the frames' checksums. Without the program such a dump is refused with a
 * message saying so, never read as something else.
 */
import { spawn } from 'node:child_process';
import { basename } from 'node:path';
import type { Readable } from 'node:stream';
import { BadInputError } from '../errors.ts';

/** The first bytes of every zstd frame (RFC 8878, section 3.1.1). */
export const ZSTD_MAGIC = Buffer.from([0x28, 0xb5, 0x2f, 0xfd]);

function zstd(args: readonly string[], file: string): { stdout: Readable; done: Promise<void> } {
  const child = spawn('zstd', [...args, '--', file], { stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => {
    stderr = (stderr + chunk.toString('utf8')).slice(-500);
  });
  const done = new Promise<void>((resolve, reject) => {
    child.on('error', (error: NodeJS.ErrnoException) =>
      reject(
        error.code === 'ENOENT'
          ? new BadInputError(`snapshot ${basename(file)} is zstd-compressed and the zstd program is not installed; install zstd or decompress the dump first`)
          : error,
      ),
    );
    child.on('close', (code) =>
      code === 0
        ? resolve()
        : reject(new BadInputError(`snapshot ${basename(file)}: the zstd data is corrupt or truncated (${stderr.trim().split('\n').at(-1) ?? `exit ${code}`}); copy the dump again`)),
    );
  });
  done.catch(() => undefined);
  return { stdout: child.stdout, done };
}

/** The decompressed SQL, and a promise that settles when zstd ended (rejects when the data is bad). */
export function zstdDecompress(file: string): { stream: Readable; verified: Promise<void> } {
  const { stdout, done } = zstd(['-dc', '-q'], file);
  return { stream: stdout, verified: done };
}

/** Checks every frame of the file (`zstd -t`). */
export async function zstdTest(file: string): Promise<void> {
  const { stdout, done } = zstd(['-t', '-q'], file);
  stdout.resume();
  await done;
}
