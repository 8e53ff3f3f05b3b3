// The SQL splitter on a generated 300 MB dump fed as a stream: throughput, and peak RSS that must stay
// flat (bounded by the largest statement, not the dump).
import { Readable } from 'node:stream';
import { statementsFromStream } from '../harness/engine/sql-script/sql-statement-splitter.ts';
import { measure } from './bench-support.ts';

const TARGET_BYTES = Number(process.env.BENCH_MB ?? 300) * 1024 * 1024;

function* dump(): Generator<string> {
  let bytes = 0;
  let id = 0;
  while (bytes < TARGET_BYTES) {
    const rows: string[] = [];
    for (let i = 0; i < 200; i++, id++) rows.push(`(${id}, 'title ''${id}'' ; with -- tricky /* text */', 'vidéo, "machine learning"', NULL)`);
    const statement = `INSERT INTO video_video (id, title, tags, thumbnail_id) VALUES ${rows.join(',\n')};\n`;
    bytes += Buffer.byteLength(statement);
    yield statement;
  }
}

await measure('splitter', async () => {
  let statements = 0;
  let bytes = 0;
  for await (const statement of statementsFromStream(Readable.from(dump()), 'mysql')) {
    statements++;
    bytes += statement.bytes;
  }
  return { statements, MB: Math.round(bytes / 1024 / 1024) };
});
