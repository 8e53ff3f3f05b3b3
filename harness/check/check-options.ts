/**
 * Validation of check options, shared by every check factory: options are checked when the scenario is
 * loaded (the factory runs), so a typo fails before any container starts, with a message naming the check
 * and the field.
 */
import { z } from 'zod';
import { parseOptions } from '../options/parse-options.ts';
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
 * Parses `input` with `schema` at scenario load and throws a {@link BadInputError} of one line naming the
 * check and each field at fault, e.g. `check rowCounts: tabels is not a rowCounts option; did you mean
 * "tables"?` or `check rowCounts: severity: must be "blocking" or "warning", got "fatal"`. `kind` is the
 * factory's name; the message names the check by its `id` when one was given.
 */
export function parseCheckOptions<S extends z.ZodType>(kind: string, schema: S, input: unknown): z.output<S> {
  const given = input ?? {};
  const id = typeof given === 'object' && 'id' in given && typeof given.id === 'string' && given.id ? given.id : kind;
  return parseOptions(schema, given, { subject: `check ${id}`, rootNoun: `${kind} option` });
}
