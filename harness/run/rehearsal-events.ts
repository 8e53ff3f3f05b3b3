/** What a rehearsal tells its observer (the CLI's progress display) while it runs. */
import type { PhaseName } from './phases.ts';
import type { CheckResult, PhaseResult, StepResult } from './rehearsal-result.ts';

export type RehearsalEvent =
  | { readonly type: 'phase-start'; readonly name: PhaseName }
  | { readonly type: 'phase-end'; readonly phase: PhaseResult }
  | { readonly type: 'step-start'; readonly id: string; readonly description: string; readonly index: number; readonly total: number }
  | { readonly type: 'step-end'; readonly step: StepResult }
  | { readonly type: 'check-start'; readonly id: string; readonly index: number; readonly total: number }
  | { readonly type: 'check-end'; readonly check: CheckResult }
  | { readonly type: 'progress'; readonly message: string };

export type RehearsalObserver = (event: RehearsalEvent) => void;
