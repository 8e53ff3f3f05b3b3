// Writes a snapshot with a 200 MB gzipped dump, then verifies it and streams the dump back: peak RSS
// must not grow with the dump size.
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openSnapshot } from '../harness/snapshot/snapshot-reader.ts';
import { createSnapshotWriter } from '../harness/snapshot/snapshot-writer.ts';
import { measure } from './bench-support.ts';

const TARGET_BYTES = Number(process.env.BENCH_MB ?? 200) * 1024 * 1024;

async function* dump(): AsyncGenerator<string> {
  let bytes = 0;
  let id = 0;
  while (bytes < TARGET_BYTES) {
    const rows: string[] = [];
    for (let i = 0; i < 500; i++, id++) rows.push(`(${id},'${(id * 2654435761) % 4294967296} row ${id}')`);
    const statement = `INSERT INTO t VALUES ${rows.join(',')};\n`;
    bytes += statement.length;
    yield statement;
  }
}

const dir = mkdtempSync(join(tmpdir(), 'rehearse-bench-'));
try {
  await measure('snapshot write + verify + read', async () => {
    const file = join(dir, 'big.tar');
    const writer = await createSnapshotWriter(file, { engine: 'mariadb', serverVersion: 'bench', createdBy: 'bench' });
    await writer.addSqlDump('big', dump(), { gzip: true });
    await writer.finish();
    const snapshot = await openSnapshot(file);
    await snapshot.verify();
    let read = 0;
    for await (const member of snapshot.sqlDumps()) for await (const chunk of member.stream) read += (chunk as Buffer).length;
    return { dumpMB: Math.round(read / 1024 / 1024), archiveMB: Math.round(statSync(file).size / 1024 / 1024) };
  });
} finally {
  rmSync(dir, { recursive: true, force: true });
}
