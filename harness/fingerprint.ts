/** sha256 fingerprints for the report, so an auditor can tell exactly what was rehearsed. */
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { join, relative } from 'node:path';

export async function sha256OfFile(file: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(file)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

/** Hash of every file under dir (paths and contents, sorted), skipping node_modules and dot folders. */
export async function sha256OfTree(dir: string): Promise<string> {
  const files: string[] = [];
  const walk = async (current: string) => {
    for (const entry of await readdir(current, { withFileTypes: true })) {
      if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
      const path = join(current, entry.name);
      if (entry.isDirectory()) await walk(path);
      else if (entry.isFile()) files.push(path);
    }
  };
  await walk(dir);
  files.sort();
  const hash = createHash('sha256');
  for (const file of files) hash.update(`${relative(dir, file)}\0${await sha256OfFile(file)}\n`);
  return hash.digest('hex');
}
