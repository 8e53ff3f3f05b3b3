/**
 * `sql({ id, on, file | text })`: runs a SQL script on the source or the target, streamed from the file.
 */
import { createReadStream, existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { z } from 'zod';
import { DATABASE_ROLES } from '../provider/provider.ts';
import type { Step, StepContext, StepOutput } from './step.ts';
import { parseStepOptions, stepIdSchema } from './step-options.ts';

const sqlStepSchema = z.union([
  z.object({ id: stepIdSchema, on: z.enum(DATABASE_ROLES), file: z.string().min(1), timeoutMs: z.number().int().positive().optional() }).strict(),
  z.object({ id: stepIdSchema, on: z.enum(DATABASE_ROLES), text: z.string().min(1), timeoutMs: z.number().int().positive().optional() }).strict(),
]);

export type SqlStepOptions = z.infer<typeof sqlStepSchema>;

export function sql(options: SqlStepOptions): Step {
  const parsed = parseStepOptions('sql', sqlStepSchema, options);
  return {
    id: parsed.id,
    kind: 'sql',
    on: parsed.on,
    timeoutMs: parsed.timeoutMs,
    describe: () => ('file' in parsed ? `run ${parsed.file} on ${parsed.on}` : `run SQL on ${parsed.on}: ${parsed.text.slice(0, 60).replace(/\s+/g, ' ')}`),
    validate(scenarioDir) {
      if ('file' in parsed && !existsSync(resolve(scenarioDir, parsed.file))) {
        return [`steps "${parsed.id}".file: "${parsed.file}" does not exist (looked in ${scenarioDir})`];
      }
      return [];
    },
    async run(context: StepContext): Promise<StepOutput> {
      const connection = parsed.on === 'source' ? context.source : context.target;
      const input = 'file' in parsed ? createReadStream(resolve(context.scenarioDir, parsed.file)) : parsed.text;
      const result = await connection.runScript(input, {
        signal: context.signal,
        onProgress: (p) => context.progress(`${p.statements} statements, ${p.rows} rows`),
      });
      return { rows: result.rows, output: `${result.statements} statements, ${result.rows} rows affected` };
    },
  };
}
