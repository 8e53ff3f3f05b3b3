// Start-up of the installed CLI (the compiled harness, built first when stale): median wall time and
// peak RSS of `rehearse --help` and `rehearse list`, each also as a ratio to a bare `node -e 0` so the
// figure means the same on a slower machine.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { execa } from 'execa';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const TIME = '/usr/bin/time';

interface Sample { seconds: number; rssMb?: number }

/** One run; peak RSS comes from GNU time when it is installed. */
async function sample(args: string[]): Promise<Sample> {
  const withTime = existsSync(TIME);
  const started = performance.now();
  const result = await execa(withTime ? TIME : 'node', withTime ? ['-f', 'RSS_KB=%M', 'node', ...args] : args, { cwd: ROOT, reject: false, env: { CI: 'true' } });
  const seconds = (performance.now() - started) / 1000;
  if (result.exitCode !== 0) throw new Error(`node ${args.join(' ')} exited ${result.exitCode}: ${result.stderr}`);
  const kb = /RSS_KB=(\d+)/.exec(result.stderr)?.[1];
  return { seconds, rssMb: kb ? Math.round(Number(kb) / 1024) : undefined };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

async function medians(args: string[]): Promise<{ seconds: number; rssMb?: number }> {
  const samples: Sample[] = [];
  for (let i = 0; i < RUNS; i++) samples.push(await sample(args));
  const rss = samples.flatMap((s) => (s.rssMb === undefined ? [] : [s.rssMb]));
  return { seconds: median(samples.map((s) => s.seconds)), rssMb: rss.length ? median(rss) : undefined };
}

await execa('node', ['bin/build-harness.js', '--if-stale'], { cwd: ROOT, stdio: 'inherit' });
const bare = await medians(['-e', '0']);
const parts = [`node -e 0 ${bare.seconds.toFixed(2)} s${bare.rssMb ? ` ${bare.rssMb} MB` : ''}`];
for (const command of [['--help'], ['list']]) {
  const m = await medians(['bin/rehearse.js', ...command]);
  parts.push(`${command.join(' ')} ${m.seconds.toFixed(2)} s (${(m.seconds / bare.seconds).toFixed(1)}x)${m.rssMb ? ` ${m.rssMb} MB` : ''}`);
}
console.log(`${parts.join(', ')}  (median of ${RUNS})`);
