/**
 * `npm run bench`: runs every bench/*.bench.ts in its own process (so peak memory is its own) and prints
 * one line per benchmark. Targets: streaming keeps peak RSS flat whatever the data size.
 *   npm run bench                 all benchmarks at their default size
 *   npm run bench -- splitter     only those whose name contains "splitter"
 *   npm run bench -- pod-v        the three Pod rehearsals
 */
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { execa } from 'execa';

const dir = fileURLToPath(new URL('.', import.meta.url));
const filter = process.argv[2] ?? '';
const files = readdirSync(dir).filter((f) => f.endsWith('.bench.ts') && f.includes(filter)).sort();
let failed = 0;
for (const file of files) {
  const result = await execa('node', ['--import', 'tsx', `${dir}${file}`], { reject: false, all: true });
  const lines = (result.all ?? '').trim().split('\n');
  if (result.exitCode !== 0) {
    failed++;
    console.log(`${file}: FAILED (exit ${result.exitCode})\n${result.all}`);
    continue;
  }
  // Every measurement line (measure() in bench-support.ts), so that a file's rows show side by side,
  // then the rows of the tables a benchmark prints (the Pod rehearsals' parts and their growth) as they are.
  const measured = lines.filter((line) => line.includes(', peak RSS '));
  for (const line of measured.length > 0 ? measured : lines.slice(-1)) console.log(`${file.replace('.bench.ts', '').padEnd(28)} ${line}`);
  for (const line of lines.filter((l) => l.startsWith('| '))) console.log(line);
}
process.exitCode = failed ? 1 : 0;
