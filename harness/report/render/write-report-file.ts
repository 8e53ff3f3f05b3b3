/**
 * Writes one report file atomically (temporary file, then rename), so a CI job that uploads the output
 * directory never picks up a half-written report after an interrupt.
 */
import { mkdir, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/** Writes `content` to `outDir/name` and returns the path written. */
export async function writeReportFile(outDir: string, name: string, content: string): Promise<string> {
  await mkdir(outDir, { recursive: true });
  const path = join(outDir, name);
  const temporary = `${path}.${process.pid}.tmp`;
  await writeFile(temporary, content, 'utf8');
  await rename(temporary, path);
  return path;
}
