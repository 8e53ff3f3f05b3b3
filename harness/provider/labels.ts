/**
 * Labels put on every container the harness starts, so that `rehearse clean` and the next run can find
 * and remove leftovers even after a crash (Ryuk, testcontainers' own reaper, is not available on
 * registry-less sites, and the harness must clean up after itself anyway).
 */
import { hostname } from 'node:os';
import type { DatabaseRole } from './provider.ts';

export const LABEL_MANAGED = 'io.rehearse.managed';
export const LABEL_RUN = 'io.rehearse.run';
export const LABEL_ROLE = 'io.rehearse.role';
export const LABEL_PID = 'io.rehearse.pid';
export const LABEL_HOST = 'io.rehearse.host';

export function containerLabels(runId: string, role: DatabaseRole | 'step' | 'tool'): Record<string, string> {
  return {
    [LABEL_MANAGED]: 'true',
    [LABEL_RUN]: runId,
    [LABEL_ROLE]: role,
    [LABEL_PID]: String(process.pid),
    [LABEL_HOST]: hostname(),
  };
}
