/** Validation shared by the step factories: a bad option is reported with the step id and the field. */
import { z } from 'zod';
import { BadInputError } from '../errors.ts';

export const stepIdSchema = z
  .string()
  .regex(/^[a-z0-9][a-z0-9._-]*$/i, 'must be letters, digits, ".", "_" or "-" (it names the step in reports)');

export function parseStepOptions<T>(kind: string, schema: z.ZodType<T>, options: unknown): T {
  const parsed = schema.safeParse(options);
  if (parsed.success) return parsed.data;
  const id = typeof options === 'object' && options && 'id' in options ? String((options as { id: unknown }).id) : '?';
  const problems = parsed.error.issues.map((issue) => `${issue.path.join('.') || '(options)'}: ${issue.message}`);
  throw new BadInputError(`${kind} step "${id}": ${problems.join('; ')}`);
}
