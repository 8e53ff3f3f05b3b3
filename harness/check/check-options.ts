/**
 * Validation of check options, shared by every check factory: options are checked when the scenario is
 * loaded (the factory runs), so a typo fails before any container starts, with a message naming the check
 * and the field.
 */
import { z } from 'zod';
import { BadInputError } from '../errors.ts';
import { SEVERITIES } from './check.ts';

/** `severity` and `id`, common to every check. */
export const CHECK_OPTIONS_BASE = {
  id: z.string().min(1, { error: 'must be a non-empty string' }).optional(),
  severity: z.enum(SEVERITIES, { error: `must be one of ${SEVERITIES.join(', ')}` }).optional(),
};

/** A value that must be a function (zod 4 has no plain function schema for data). */
export function functionSchema<T extends (...args: never[]) => unknown>(message: string) {
  return z.custom<T>((value) => typeof value === 'function', { error: message });
}

/**
 * Parses `input` with `schema` and throws a {@link BadInputError} whose message names the check and the
 * offending field, e.g. `check rowCounts: tables.Album must be a table name, false (dropped on purpose) or
 * { table, expected }`.
 */
export function parseCheckOptions<S extends z.ZodType>(checkName: string, schema: S, input: unknown): z.output<S> {
  const parsed = schema.safeParse(input ?? {});
  if (parsed.success) return parsed.data;
  const lines = parsed.error.issues.slice(0, 3).map((issue) => {
    const path = issue.path.map(String).join('.');
    return path ? `${path} ${issue.message}` : issue.message;
  });
  throw new BadInputError(`check ${checkName}: ${lines.join('; ')}`, { cause: parsed.error });
}
