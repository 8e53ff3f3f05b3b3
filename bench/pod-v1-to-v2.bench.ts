// pod-v1-to-v2 on generated v1 snapshots of 10,000 and 100,000 videos (BENCH_POD_SIZES=10000,100000 to
// change them): per phase, step and check, the time at each size, its growth exponent between the two
// largest sizes (1 = linear) and the projection to 1,000,000 videos; wall time and peak RSS of the run
// process. Every part should grow linearly or better, peak RSS <= 300 MiB at every size.
import { benchPodScenario } from './pod-rehearsal.ts';

await benchPodScenario('pod-v1-to-v2', 'v1');
