/**
 * The one way options are validated: scenario fields, step and check options. A bad value becomes a
 * {@link BadInputError} of one line, `SUBJECT: problem; problem`, each problem naming its field.
 */
import type { z } from 'zod';
import { BadInputError } from '../errors.ts';
import { describeZodIssues } from './describe-zod-issue.ts';

export interface OptionsSubject {
  /** Starts the message, e.g. `check rowCounts` or `sql step "migrate"`. */
  readonly subject: string;
  /** What a top-level field is called in "x is not a …", e.g. "rowCounts option". */
  readonly rootNoun: string;
}

/** Problems shown at most; the first ones are enough to fix, the rest would make the line unreadable. */
const MAX_PROBLEMS = 5;

/** Joins problem lines into the one-line message body, saying how many were left out. */
export function joinProblems(problems: readonly string[]): string {
  const shown = problems.slice(0, MAX_PROBLEMS);
  const more = problems.length - shown.length;
  return `${shown.join('; ')}${more > 0 ? `; and ${more} more problem(s)` : ''}`;
}

/** Parses `input` with `schema`, or throws a BadInputError naming the subject and every field at fault. */
export function parseOptions<S extends z.ZodType>(schema: S, input: unknown, who: OptionsSubject): z.output<S> {
  const parsed = schema.safeParse(input);
  if (parsed.success) return parsed.data;
  const problems = describeZodIssues(schema, input, parsed.error.issues, { rootNoun: who.rootNoun });
  throw new BadInputError(`${who.subject}: ${joinProblems(problems)}`, { cause: parsed.error });
}
