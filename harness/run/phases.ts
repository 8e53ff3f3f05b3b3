/**
 * The phases of a rehearsal, in the order they run, defined once: the orchestrator (rehearsal.ts) names
 * its phases from this list, the verdict knows which failures its steps and checks already explain, and
 * the progress display and reports show them. A name typed anywhere else is a type error.
 */

export const PHASE_NAMES = ['verify snapshot', 'start databases', 'load snapshot', 'prepare target', 'migration steps', 'checks', 'cleanup'] as const;
export type PhaseName = (typeof PHASE_NAMES)[number];

/** The phase that runs the migration steps; each step has its own result, so the phase adds no reason. */
export const STEPS_PHASE = 'migration steps' satisfies PhaseName;
/** The phase that runs the checks; each check has its own result. */
export const CHECKS_PHASE = 'checks' satisfies PhaseName;

/** Where a run error happened: a phase, or the rehearsal as a whole (interrupted, or a harness bug). */
export const RUN_ERROR_PLACES = [...PHASE_NAMES, 'rehearsal'] as const;
export type RunErrorPlace = (typeof RUN_ERROR_PLACES)[number];
