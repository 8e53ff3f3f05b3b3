/**
 * `sql({ id, on, file | text })`: runs a SQL script on the source or the target, streamed from the file.
 */
import { createReadStream, existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { z } from 'zod';
import { DATABASE_ROLES, type DatabaseRole } from '../provider/provider.ts';
import type { Step, StepContext, StepOutput } from './step.ts';
import { parseStepOptions, stepIdSchema } from './step-options.ts';

/** One object with `file` or `text` (not a union of two shapes): a typo in either is then named as a typo. */
const sqlStepSchema = z
  .object({
    id: stepIdSchema,
    on: z.enum(DATABASE_ROLES),
    file: z.string().min(1).optional(),
    text: z.string().min(1).optional(),
    timeoutMs: z.number().int().positive().optional(),
  })
  .strict()
  .refine((o) => (o.file === undefined) !== (o.text === undefined), {
    error: 'give either file (a SQL file) or text (SQL), not both or neither',
    // Only once the keys are right: `fil` for `file` is reported as that typo alone.
    when: (payload) => payload.issues.length === 0,
  });

interface SqlStepBase {
  readonly id: string;
  /** Which database the script runs on. */
  readonly on: DatabaseRole;
  readonly timeoutMs?: number;
}

/** `file` (relative to the scenario folder, streamed) or `text`, exactly one of them. */
export type SqlStepOptions = SqlStepBase & ({ readonly file: string; readonly text?: never } | { readonly text: string; readonly file?: never });

export function sql(options: SqlStepOptions): Step {
  const parsed = parseStepOptions('sql', sqlStepSchema, options);
  return {
    id: parsed.id,
    kind: 'sql',
    on: parsed.on,
    timeoutMs: parsed.timeoutMs,
    describe: () => (parsed.file !== undefined ? `run ${parsed.file} on ${parsed.on}` : `run SQL on ${parsed.on}: ${(parsed.text ?? '').slice(0, 60).replace(/\s+/g, ' ')}`),
    inputs: () => ({ files: parsed.file !== undefined ? [parsed.file] : [] }),
    validate(scenarioDir) {
      if (parsed.file !== undefined && !existsSync(resolve(scenarioDir, parsed.file))) {
        return [`steps "${parsed.id}".file: "${parsed.file}" does not exist (looked in ${scenarioDir})`];
      }
      return [];
    },
    async run(context: StepContext): Promise<StepOutput> {
      const connection = parsed.on === 'source' ? context.source : context.target;
      const input = parsed.file !== undefined ? createReadStream(resolve(context.scenarioDir, parsed.file)) : (parsed.text ?? '');
      const result = await connection.runScript(input, {
        signal: context.signal,
        onProgress: (p) => context.progress(`${p.statements} statements, ${p.rows} rows`),
      });
      return { rows: result.rows, output: `${result.statements} statements, ${result.rows} rows affected` };
    },
  };
}
