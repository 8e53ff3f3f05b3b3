// pod-v3-to-v4 on generated v3 snapshots of 10,000 and 100,000 videos (BENCH_POD_SIZES=10000,100000 to
// change them): per phase, step and check, the time at each size, its growth exponent between the two
// largest sizes (1 = linear) and the projection to 1,000,000 videos; wall time and peak RSS of the run
// process. Targets: 100,000 videos in 180 s or less, 1,000,000 in 25 min, peak RSS <= 300 MiB at every size.
import { printComparison, rehearsePod, type PodRehearsalCost } from './pod-rehearsal.ts';

const SIZES = (process.env.BENCH_POD_SIZES ?? '10000,100000').split(',').map(Number);
const PROJECT_TO = 1_000_000;

const costs: PodRehearsalCost[] = [];
for (const videos of SIZES) {
  const cost = await rehearsePod('pod-v3-to-v4', 'v3', videos);
  costs.push(cost);
  // Each size as soon as it is measured: a long run interrupted at the next size keeps this one.
  console.log(`${videos} videos (${cost.harness === 'compiled' ? 'compiled dist/' : 'TypeScript sources through tsx'}): ` +
    `${cost.wallS.toFixed(1)} s, peak RSS ${cost.peakRssMB} MB, ${cost.verdict}; ` +
    [...cost.parts].map(([name, s]) => `${name} ${s.toFixed(1)} s`).join(', '));
}
const { projectedS } = printComparison(costs, PROJECT_TO);
const last = costs.at(-1)!;
console.log(
  `${last.wallS.toFixed(1)} s at ${last.videos} videos (${last.verdict}), peak RSS ${Math.max(...costs.map((c) => c.peakRssMB))} MB, ` +
    `projected ${(projectedS / 60).toFixed(1)} min at ${PROJECT_TO} videos  (pod-v3-to-v4)`,
);
