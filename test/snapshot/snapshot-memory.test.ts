/**
 * Memory stays bounded whatever the dump size: a 200 MB generated dump is written, tarred, verified and
 * read back while the heap is sampled. The bound (50 MB of growth) is generous; buffering the dump
 * anywhere would show as 200 MB or more.
 */
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSnapshot } from '../../harness/snapshot/snapshot-reader.ts';
import { createSnapshotWriter } from '../../harness/snapshot/snapshot-writer.ts';
import { WRITER_OPTIONS, tempDir } from './snapshot-files.ts';

const DUMP_BYTES = 200 * 1024 * 1024;
const MAX_GROWTH = 50 * 1024 * 1024;

async function* generatedDump(bytes: number): AsyncGenerator<string> {
  const row = (i: number) => `INSERT INTO t VALUES (${i}, '${'x'.repeat(80)}');\n`;
  let written = 0;
  for (let i = 0; written < bytes; i++) {
    let chunk = '';
    while (chunk.length < 64 * 1024) chunk += row(i++);
    written += chunk.length;
    yield chunk;
  }
}

function heapSampler(): { stop: () => number } {
  global.gc?.();
  const base = process.memoryUsage().heapUsed;
  let peak = base;
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().heapUsed)), 20);
  return {
    stop: () => {
      clearInterval(timer);
      peak = Math.max(peak, process.memoryUsage().heapUsed);
      return peak - base;
    },
  };
}

let dir: string;
let cleanup: () => Promise<void>;
beforeAll(async () => ({ dir, cleanup } = await tempDir()));
afterAll(() => cleanup());

describe('snapshot memory', () => {
  it('writes, verifies and reads a 200 MB dump with less than 50 MB of heap growth', async () => {
    const file = join(dir, 'big.tar');
    const sampler = heapSampler();
    const writer = await createSnapshotWriter(file, WRITER_OPTIONS);
    await writer.addSqlDump('big', generatedDump(DUMP_BYTES));
    const manifest = await writer.finish();
    expect(manifest.members[0]!.size).toBeGreaterThanOrEqual(DUMP_BYTES);

    const snapshot = await openSnapshot(file);
    await snapshot.verify();
    let read = 0;
    for await (const dump of snapshot.sqlDumps()) for await (const chunk of dump.stream) read += (chunk as Buffer).length;
    expect(read).toBe(manifest.members[0]!.size);
    const growth = sampler.stop();
    expect(growth).toBeLessThan(MAX_GROWTH);
  });
});
