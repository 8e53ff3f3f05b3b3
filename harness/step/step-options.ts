/** Validation shared by the step factories: a bad option is reported with the step id and the field. */
import { z } from 'zod';
import { parseOptions } from '../options/parse-options.ts';

export const stepIdSchema = z
  .string()
  .regex(/^[a-z0-9][a-z0-9._-]*$/i, 'must be letters, digits, ".", "_" or "-" (it names the step in reports)');

/**
 * Parses a step factory's options at scenario load; a bad one is a {@link BadInputError} of one line
 * naming the step and each field at fault: `sql step "migrate": on: must be "source" or "target", got
 * "sourcee"`, or an unknown key with the nearest valid one.
 */
export function parseStepOptions<S extends z.ZodType>(kind: string, schema: S, options: unknown): z.output<S> {
  const id = typeof options === 'object' && options && 'id' in options && typeof options.id === 'string' ? options.id : undefined;
  return parseOptions(schema, options, { subject: id === undefined ? `${kind} step` : `${kind} step "${id}"`, rootNoun: `${kind} step option` });
}
