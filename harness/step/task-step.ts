/**
 * `task({ id, run })`: a TypeScript function given both connections, for migrations written in code.
 */
import { z } from 'zod';
import type { Step, StepContext, StepOutput } from './step.ts';
import { parseStepOptions, stepIdSchema } from './step-options.ts';

export interface TaskStepOptions {
  readonly id: string;
  /** Shown by `rehearse plan`. */
  readonly description?: string;
  readonly timeoutMs?: number;
  /** Return `{ rows }` to feed the cutover estimate; throw to fail the step. */
  readonly run: (context: StepContext) => Promise<StepOutput | void>;
}

const taskStepSchema = z
  .object({
    id: stepIdSchema,
    description: z.string().optional(),
    timeoutMs: z.number().int().positive().optional(),
    run: z.custom<TaskStepOptions['run']>((value) => typeof value === 'function', 'must be an async function (context) => …'),
  })
  .strict();

export function task(options: TaskStepOptions): Step {
  const parsed = parseStepOptions('task', taskStepSchema, options);
  return {
    id: parsed.id,
    kind: 'task',
    timeoutMs: parsed.timeoutMs,
    describe: () => parsed.description ?? `task ${parsed.id}`,
    async run(context: StepContext): Promise<StepOutput> {
      return (await parsed.run(context)) ?? {};
    },
  };
}
