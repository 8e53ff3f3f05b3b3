/** Helpers for the snapshot tests: temp dirs, small snapshots, hand-made tars and byte surgery. */
import { createReadStream } from 'node:fs';
import { mkdtemp, open, readFile, rm, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createWriteStream } from 'node:fs';
import { pipeline } from 'node:stream/promises';
import tar from 'tar-stream';
import { createSnapshotWriter, type SnapshotWriterOptions } from '../../harness/snapshot/snapshot-writer.ts';
import type { SnapshotManifest } from '../../harness/snapshot/snapshot-format.ts';

export const CHINOOK = resolve(import.meta.dirname, '../fixtures/chinook');

export const WRITER_OPTIONS: SnapshotWriterOptions = { engine: 'mariadb', serverVersion: '10.11.6-MariaDB', createdBy: 'test' };

export async function tempDir(): Promise<{ dir: string; cleanup: () => Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), 'rehearse-snapshot-test-'));
  return { dir, cleanup: () => rm(dir, { recursive: true, force: true }) };
}

/** A snapshot with two dumps (one gzip), a media file and a media manifest. */
export async function smallSnapshot(file: string): Promise<SnapshotManifest> {
  const writer = await createSnapshotWriter(file, WRITER_OPTIONS);
  await writer.addSqlDump('schema', (async function* () {
    yield 'CREATE TABLE t (id INT PRIMARY KEY, name VARCHAR(20));\n';
  })());
  await writer.addSqlDump('data', (async function* () {
    for (let i = 1; i <= 1000; i++) yield `INSERT INTO t VALUES (${i}, 'name ${i}');\n`;
  })(), { gzip: true });
  await writer.addMediaFile('covers/1.txt', (async function* () { yield 'cover one'; })());
  await writer.addMediaManifest((async function* () {
    yield { path: 'covers/1.txt', size: 9, sha256: 'a'.repeat(64) };
  })());
  writer.setTables([{ name: 't', rows: 1000 }]);
  return writer.finish();
}

/** Byte offset of a member's data inside the tar (tar-stream reports where each header ends). */
export async function memberOffset(file: string, name: string): Promise<number> {
  const extract = tar.extract();
  const done = pipeline(createReadStream(file), extract);
  let offset = -1;
  for await (const entry of extract) {
    // `offset` is where the entry's 512-byte header starts; its data follows.
    if (entry.header.name === name) offset = entry.offset + 512;
    entry.resume();
  }
  await done;
  if (offset < 0) throw new Error(`member ${name} not found in ${file}`);
  return offset;
}

/** Flips the bits of one byte of the file. */
export async function flipByte(file: string, position: number): Promise<void> {
  const handle = await open(file, 'r+');
  try {
    const buffer = Buffer.alloc(1);
    await handle.read(buffer, 0, 1, position);
    buffer[0] = buffer[0]! ^ 0xff;
    await handle.write(buffer, 0, 1, position);
  } finally {
    await handle.close();
  }
}

export async function truncateTo(file: string, size: number): Promise<void> {
  await truncate(file, size);
}

/** A tar written by hand: members in the given order with the given content. */
export async function handMadeTar(
  file: string,
  members: readonly { name: string; content: string | Buffer; header?: Partial<tar.Header> }[],
): Promise<void> {
  const pack = tar.pack();
  const done = pipeline(pack, createWriteStream(file));
  for (const member of members) {
    const header = { name: member.name, ...member.header };
    const content = header.type && header.type !== 'file' ? undefined : member.content;
    await new Promise<void>((res, rej) => {
      const callback = (e?: Error | null) => (e ? rej(e) : res());
      if (content === undefined) pack.entry(header, callback);
      else pack.entry(header, content, callback);
    });
  }
  pack.finalize();
  await done;
}

export async function readText(file: string): Promise<string> {
  return readFile(file, 'utf8');
}

export { writeFile };
