/**
 * The cutover estimate: each migration step's measured time and rows, extrapolated linearly from the rows
 * rehearsed to the production volume. The production volume comes, by precedence, from
 * `rehearse run --production-rows N`, from the snapshot manifest's `properties.productionRows` (a
 * generated or sampled snapshot saying how big production is), or from the manifest's own table counts
 * when the snapshot was taken from the live database by `rehearse snapshot create` (it *is* production).
 * Every assumption behind the number is listed next to it, because an admin plans a window on it.
 */
import type { SnapshotManifest } from '../snapshot/snapshot-format.ts';
import { formatDuration } from '../report/render/format-duration.ts';
import type { CheckResult, CutoverEstimate, CutoverStepEstimate, StepResult } from './rehearsal-result.ts';

/** The manifest property a snapshot uses to state the production row count it stands for. */
export const PRODUCTION_ROWS_PROPERTY = 'productionRows';
/** `createdBy` of snapshots read from a live database: their table counts are production volumes. */
const LIVE_SNAPSHOT_CREATOR = 'rehearse snapshot create';

export interface CutoverInput {
  readonly steps: readonly StepResult[];
  readonly checks: readonly CheckResult[];
  /** Rows in the rehearsed snapshot (sum of the manifest's table counts), when known. */
  readonly rows?: number;
  readonly manifest?: SnapshotManifest;
  /** `--production-rows`, which wins over the manifest. */
  readonly productionRows?: number;
}

function productionVolume(input: CutoverInput): { rows: number; from: CutoverEstimate['productionRowsFrom'] } | undefined {
  if (input.productionRows !== undefined) return { rows: input.productionRows, from: 'option' };
  const stated = input.manifest?.properties?.[PRODUCTION_ROWS_PROPERTY];
  if (typeof stated === 'number' && Number.isFinite(stated) && stated >= 0) return { rows: stated, from: 'manifest' };
  if (input.manifest?.createdBy === LIVE_SNAPSHOT_CREATOR && input.rows !== undefined) return { rows: input.rows, from: 'snapshot' };
  return undefined;
}

const SOURCES = {
  option: 'given with --production-rows',
  manifest: `stated by the snapshot manifest (properties.${PRODUCTION_ROWS_PROPERTY})`,
  snapshot: 'the snapshot was read from the live database, so its row counts are production volumes',
} as const;

const count = (n: number) => n.toLocaleString('en');

/** Builds the estimate from the measured steps and what is known of the production volume. */
export function estimateCutover(input: CutoverInput): CutoverEstimate {
  const stepsMs = input.steps.reduce((sum, s) => sum + s.durationMs, 0);
  const checksMs = input.checks.reduce((sum, c) => sum + c.durationMs, 0);
  const production = productionVolume(input);
  const factor = production && input.rows ? production.rows / input.rows : undefined;
  const scale = (ms: number) => (factor === undefined ? undefined : Math.round(ms * factor));
  const steps: CutoverStepEstimate[] = input.steps.map((s) => {
    const estimatedMs = scale(s.durationMs);
    return { id: s.id, durationMs: s.durationMs, ...(s.rows !== undefined ? { rows: s.rows } : {}), ...(estimatedMs !== undefined ? { estimatedMs } : {}) };
  });
  const estimatedMs = scale(stepsMs);

  const assumptions: string[] = [];
  if (factor !== undefined) {
    assumptions.push(`production volume: ${count(production!.rows)} rows, ${SOURCES[production!.from!]}; rehearsed: ${count(input.rows!)} rows (x${round(factor)})`);
    assumptions.push('each step takes time in proportion to the rows it handles (linear); sorts, index builds and foreign-key checks can grow faster');
  } else if (production) {
    assumptions.push(`production volume: ${count(production.rows)} rows, ${SOURCES[production.from!]}; the rehearsed row count is unknown or zero (not a rehearse snapshot), so nothing is extrapolated`);
  } else {
    assumptions.push(`no production volume known (give --production-rows N, or properties.${PRODUCTION_ROWS_PROPERTY} in the snapshot manifest): the times are those of this rehearsal`);
  }
  assumptions.push('production servers have the hardware and settings of these throwaway servers');
  assumptions.push(`not included: the final export and transfer of production data, switching applications over, and these checks (${formatDuration(checksMs)} here)`);
  assumptions.push('keep a margin for the unexpected (x2 is common)');

  const rowsText = input.rows === undefined ? '' : ` on ${count(input.rows)} snapshot rows`;
  const note = estimatedMs === undefined
    ? `The migration steps took ${formatDuration(stepsMs)}${rowsText}.`
    : `The migration steps took ${formatDuration(stepsMs)}${rowsText}; extrapolated to ${count(production!.rows)} production rows: about ${formatDuration(estimatedMs)}.`;

  return {
    stepsMs,
    ...(input.rows !== undefined ? { rows: input.rows } : {}),
    ...(production ? { productionRows: production.rows, productionRowsFrom: production.from } : {}),
    ...(factor !== undefined ? { factor: round(factor) } : {}),
    ...(estimatedMs !== undefined ? { estimatedMs } : {}),
    checksMs,
    steps,
    assumptions,
    note,
  };
}

/** Four significant digits: enough to plan with, stable across JSON round trips. */
function round(n: number): number {
  return Number(n.toPrecision(4));
}
