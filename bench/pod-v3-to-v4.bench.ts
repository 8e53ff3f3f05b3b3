// pod-v3-to-v4 on generated v3 snapshots of 10,000 and 100,000 videos (BENCH_POD_SIZES=10000,100000 to
// change them): per phase, step and check, the time at each size, its growth exponent between the two
// largest sizes (1 = linear) and the projection to 1,000,000 videos; wall time and peak RSS of the run
// process. Targets: 100,000 videos in 180 s or less, 1,000,000 in 25 min, peak RSS <= 300 MiB at every size.
import { benchPodScenario } from './pod-rehearsal.ts';

await benchPodScenario('pod-v3-to-v4', 'v3');
