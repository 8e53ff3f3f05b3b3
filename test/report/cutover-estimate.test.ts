import { describe, expect, it } from 'vitest';
import { estimateCutover } from '../../harness/run/cutover-estimate.ts';
import type { StepResult } from '../../harness/run/rehearsal-result.ts';
import type { SnapshotManifest } from '../../harness/snapshot/snapshot-format.ts';

const steps: StepResult[] = [
  { id: 'schema', kind: 'sql', description: 'schema', status: 'passed', durationMs: 1_000 },
  { id: 'copy', kind: 'task', description: 'copy', status: 'passed', durationMs: 9_000, rows: 20_000 },
];
const manifest = (createdBy: string, properties?: SnapshotManifest['properties']): SnapshotManifest => ({
  formatVersion: 1, createdAt: '2025-01-01T00:00:00Z', createdBy, engine: 'mariadb', serverVersion: '10.11',
  tables: [{ name: 't', rows: 20_000 }], members: [], ...(properties ? { properties } : {}),
});

describe('cutover estimate', () => {
  it('extrapolates each step linearly to the production rows the manifest states', () => {
    const estimate = estimateCutover({ steps, checks: [], rows: 20_000, manifest: manifest('rehearse generate pod', { productionRows: 2_000_000 }) });
    expect(estimate).toMatchObject({ stepsMs: 10_000, productionRows: 2_000_000, productionRowsFrom: 'manifest', factor: 100, estimatedMs: 1_000_000 });
    expect(estimate.steps).toEqual([
      { id: 'schema', durationMs: 1_000, estimatedMs: 100_000 },
      { id: 'copy', durationMs: 9_000, rows: 20_000, estimatedMs: 900_000 },
    ]);
    expect(estimate.note).toBe('The migration steps took 10.0 s on 20,000 snapshot rows; extrapolated to 2,000,000 production rows: about 16 min 40 s.');
    expect(estimate.assumptions?.join('\n')).toMatch(/linear/);
    expect(estimate.assumptions?.join('\n')).toMatch(/hardware and settings/);
  });

  it('lets --production-rows win over the manifest', () => {
    const estimate = estimateCutover({ steps, checks: [], rows: 20_000, manifest: manifest('x', { productionRows: 5 }), productionRows: 40_000 });
    expect(estimate).toMatchObject({ productionRowsFrom: 'option', factor: 2, estimatedMs: 20_000 });
  });

  it('treats a snapshot of the live database as production volume (factor 1)', () => {
    const estimate = estimateCutover({ steps, checks: [], rows: 20_000, manifest: manifest('rehearse snapshot create') });
    expect(estimate).toMatchObject({ productionRows: 20_000, productionRowsFrom: 'snapshot', factor: 1, estimatedMs: 10_000 });
  });

  it('says the times are this rehearsal\'s when no production volume is known, in one sentence', () => {
    const estimate = estimateCutover({ steps, checks: [], rows: 20_000, manifest: manifest('rehearse generate pod') });
    expect(estimate.estimatedMs).toBeUndefined();
    expect(estimate.note).toBe('The migration steps took 10.0 s on 20,000 snapshot rows.');
    expect(estimate.assumptions?.[0]).toMatch(/no production volume known/);
    expect(estimate.steps?.every((s) => s.estimatedMs === undefined)).toBe(true);
  });
});
