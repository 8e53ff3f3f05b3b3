/**
 * Runs one Pod rehearsal the way a user does (`rehearse generate pod`, then `rehearse run <scenario>`,
 * each its own process) and reads what it cost: wall time and peak RSS of the run process (from
 * /usr/bin/time), and the time of every phase, step and check from its report.json.
 */
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { execa } from 'execa';
import type { RehearsalResult } from '../harness/run/rehearsal-result.ts';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const CLI = join(ROOT, 'bin/rehearse.js');
/** Prints whether the CLI will run the compiled dist/ (bin/harness-build.js, plain JavaScript without types). */
const BUILD_IS_CURRENT = "const { buildIsCurrent } = await import('./bin/harness-build.js'); process.stdout.write(String(buildIsCurrent()));";

export interface PodRehearsalCost {
  readonly videos: number;
  readonly snapshotMB: number;
  readonly verdict: string;
  readonly wallS: number;
  readonly peakRssMB: number;
  /** Which harness the CLI ran: the compiled dist/ (what users run) or the TypeScript sources through tsx. */
  readonly harness: 'compiled' | 'tsx';
  /** Seconds per part of the run: phases (`phase:…`), steps (`step:…`) and checks (`check:…`), in run order. */
  readonly parts: ReadonlyMap<string, number>;
}

/** Generates a v-`version` snapshot of `videos` videos and rehearses `scenario` on it; cleans up after itself. */
export async function rehearsePod(scenario: string, version: 'v1' | 'v2' | 'v3', videos: number): Promise<PodRehearsalCost> {
  const dir = mkdtempSync(join(tmpdir(), 'rehearse-bench-pod-run-'));
  try {
    const snapshot = join(dir, 'pod.tar');
    await execa('node', [CLI, 'generate', 'pod', '--version', version, '--videos', String(videos), '--seed', '1', '--out', snapshot]);
    const out = join(dir, 'out');
    const timeFile = join(dir, 'time.txt');
    // Read as the CLI does, at the moment it starts: a stale dist/ makes it run the sources through tsx.
    const harness = (await execa('node', ['--input-type=module', '-e', BUILD_IS_CURRENT], { cwd: ROOT })).stdout === 'true' ? 'compiled' : 'tsx';
    const started = performance.now();
    const run = await execa('/usr/bin/time', ['-f', '%M', '-o', timeFile, 'node', CLI, 'run', scenario, '--snapshot', snapshot, '--out', out, '--quiet'], {
      reject: false, all: true,
    });
    const wallS = (performance.now() - started) / 1000;
    let report: RehearsalResult;
    try {
      report = JSON.parse(readFileSync(join(out, 'report.json'), 'utf8')) as RehearsalResult;
    } catch {
      throw new Error(`rehearse run ${scenario} wrote no report (exit ${run.exitCode}):\n${run.all ?? ''}`);
    }
    const parts = new Map<string, number>();
    for (const phase of report.phases) {
      if (phase.name === 'migration steps') for (const step of report.steps) parts.set(`step:${step.id}`, step.durationMs / 1000);
      else if (phase.name === 'checks') {
        // Checks run side by side: the phase's own time is what they add to the run; each check's time
        // is shown, not added up.
        parts.set('phase:checks', phase.durationMs / 1000);
        for (const check of report.checks) parts.set(`check:${check.id}`, check.durationMs / 1000);
      } else parts.set(`phase:${phase.name}`, phase.durationMs / 1000);
    }
    const maxRssKb = Number(readFileSync(timeFile, 'utf8').trim().split('\n').at(-1));
    return {
      videos, harness, snapshotMB: Math.round(statSync(snapshot).size / 1024 / 1024), verdict: report.verdict, wallS,
      peakRssMB: Math.round(maxRssKb / 1024), parts,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Growth exponent between two sizes: 1 is linear, below 1 better, above 1 worse. */
export function growthExponent(t1: number, n1: number, t2: number, n2: number): number {
  return t1 <= 0 || t2 <= 0 ? 0 : Math.log(t2 / t1) / Math.log(n2 / n1);
}

/**
 * Prints the parts of every run side by side, each part's growth between the two largest sizes and its
 * projection to `projectTo` videos at the measured exponent (never below linear for a part that grows:
 * a sub-linear figure between two sizes is usually a fixed cost that the next size does not repeat).
 * The projected total adds the phases and steps; checks run side by side, so the checks phase counts
 * once and each check is shown inside it.
 */
export function printComparison(costs: readonly PodRehearsalCost[], projectTo: number): { projectedS: number } {
  const names = [...new Set(costs.flatMap((c) => [...c.parts.keys()]))];
  const [a, b] = costs.length >= 2 ? costs.slice(-2) : [undefined, costs[0]!];
  // A Markdown table: `npm run bench` passes its rows through, and it reads as it is in a report.
  const row = (cells: readonly string[]) => console.log(`| ${cells.join(' | ')} |`);
  row(['part', ...costs.map((c) => `${c.videos} videos`), 'growth', `${projectTo} videos (projected)`]);
  row(['---', ...costs.map(() => '---:'), '---:', '---:']);
  let projectedS = 0;
  for (const name of names) {
    const times = costs.map((c) => c.parts.get(name) ?? 0);
    const tb = b!.parts.get(name) ?? 0;
    const exponent = a ? growthExponent(a.parts.get(name) ?? 0, a.videos, tb, b!.videos) : 1;
    const projected = tb * (projectTo / b!.videos) ** (a ? Math.max(exponent, exponent > 0.2 ? 1 : 0) : 1);
    // A check's time is part of phase:checks (they overlap): projected, but not added to the total.
    const overlapping = name.startsWith('check:');
    if (!overlapping) projectedS += projected;
    const label = overlapping ? `↳ ${name}` : name;
    row([label, ...times.map((t) => `${t.toFixed(1)} s`), a ? exponent.toFixed(2) : '-', `${projected.toFixed(0)} s${overlapping ? ' (in checks)' : ''}`]);
  }
  row(['total (wall)', ...costs.map((c) => `${c.wallS.toFixed(1)} s`), a ? growthExponent(a.wallS, a.videos, b!.wallS, b!.videos).toFixed(2) : '-', `${projectedS.toFixed(0)} s`]);
  row(['peak RSS', ...costs.map((c) => `${c.peakRssMB} MB`), '', '']);
  row(['snapshot', ...costs.map((c) => `${c.snapshotMB} MB`), '', '']);
  row(['verdict', ...costs.map((c) => c.verdict), '', '']);
  return { projectedS };
}

/**
 * The whole benchmark of one Pod scenario: a rehearsal at every size of BENCH_POD_SIZES (default
 * 10,000 and 100,000 videos), each size's line printed as soon as it is measured (a long run
 * interrupted at the next size keeps it), then the side-by-side table and one summary line.
 */
export async function benchPodScenario(scenario: string, version: 'v1' | 'v2' | 'v3', projectTo = 1_000_000): Promise<void> {
  const sizes = (process.env.BENCH_POD_SIZES ?? '10000,100000').split(',').map(Number);
  const costs: PodRehearsalCost[] = [];
  for (const videos of sizes) {
    const cost = await rehearsePod(scenario, version, videos);
    costs.push(cost);
    console.log(`${videos} videos (${cost.harness === 'compiled' ? 'compiled dist/' : 'TypeScript sources through tsx'}): ${cost.wallS.toFixed(1)} s, peak RSS ${cost.peakRssMB} MB, ${cost.verdict}; ` +
      [...cost.parts].map(([name, s]) => `${name} ${s.toFixed(1)} s`).join(', '));
  }
  const { projectedS } = printComparison(costs, projectTo);
  const last = costs.at(-1)!;
  console.log(
    `${last.wallS.toFixed(1)} s at ${last.videos} videos (${last.verdict}), peak RSS ${Math.max(...costs.map((c) => c.peakRssMB))} MB, ` +
      `projected ${(projectedS / 60).toFixed(1)} min at ${projectTo} videos  (${scenario})`,
  );
}
