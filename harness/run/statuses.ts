/**
 * The closed sets of outcomes a rehearsal reports, defined once: the orchestrator sets them, the verdict
 * reads them, the progress display and every reporter render them. A status added here without a
 * rendering is a type error in each `Record<…Status, …>` that shows it.
 */

/** A phase ran and succeeded, ran and failed, or was never reached because an earlier one failed. */
export const PHASE_STATUSES = ['passed', 'failed', 'not-run'] as const;
export type PhaseStatus = (typeof PHASE_STATUSES)[number];

/** A step passed, failed (the run stops), or did not run because an earlier step or phase failed. */
export const STEP_STATUSES = ['passed', 'failed', 'not-run'] as const;
export type StepStatus = (typeof STEP_STATUSES)[number];

/** What a check's own `run` says: the comparison held or it did not. */
export const CHECK_OUTCOMES = ['passed', 'failed'] as const;
export type CheckOutcomeStatus = (typeof CHECK_OUTCOMES)[number];

/** A check's result: its outcome, `errored` when it could not run (thrown), `skipped` when never started. */
export const CHECK_STATUSES = [...CHECK_OUTCOMES, 'errored', 'skipped'] as const;
export type CheckStatus = (typeof CHECK_STATUSES)[number];

/** Every status a phase, step or check can have, for renderings that show them side by side. */
export type AnyStatus = PhaseStatus | StepStatus | CheckStatus;

export const VERDICTS = ['GO', 'NO-GO', 'ERROR'] as const;
export type Verdict = (typeof VERDICTS)[number];

/** The process exit code of each verdict, for CI to gate on. */
export const EXIT_CODES: Readonly<Record<Verdict, number>> = { GO: 0, 'NO-GO': 1, ERROR: 2 };
