/**
 * The checks every scenario gets without asking: `contents()`, so that a GO covers every row of every
 * table and not only what the scenario's author thought of querying. A scenario opts out with
 * `contents: false`, or replaces it by listing its own `contents({...})` with declarations.
 */
import type { Check } from '../check/check.ts';
import { contents } from '../check/contents/contents-check.ts';

/** The scenario's checks, followed by `contents()` unless one is listed or `contents` is false. */
export function withDefaultChecks(checks: readonly Check[], contentsOption: false | undefined): readonly Check[] {
  if (contentsOption === false || checks.some((check) => check.kind === 'contents')) return checks;
  // Last: the other checks' reports come first, and its session set-up (UTC) runs after they have read.
  return [...checks, contents()];
}
