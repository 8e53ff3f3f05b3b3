/**
 * How far the V8 heap may grow past what is live before a full collection. On a machine with gigabytes
 * of memory V8 lets the old generation reach up to four times its live size: a Pod rehearsal keeps about
 * 40 MB of live objects (flat with size, streams and batches being bounded) yet its heap reached 200 MB,
 * mostly garbage waiting for a collection, and the process up to 330 MB. Growing by half the live size
 * keeps the heap under 100 MB and the process near 210 MB; a full collection of so small a heap is short,
 * so the run is not slower (README, "At production size"). A value given to node
 * (`node --heap-growing-percent=N bin/rehearse.js`) wins.
 */
import process from 'node:process';
import v8 from 'node:v8';

export const HEAP_GROWING_PERCENT = 50;

/** Sets the growth limit unless node was started with one. Process-wide, loader threads included. */
export function boundHeapGrowth() {
  if (process.execArgv.some((arg) => /^--heap[-_]growing[-_]percent\b/.test(arg))) return;
  v8.setFlagsFromString(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`);
}
