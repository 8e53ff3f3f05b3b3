/**
 * Options of `rehearse generate pod`, validated with zod so that the CLI reports a clear message for a
 * bad value. Numbers are coerced, so the CLI can pass its raw strings.
 */
import { z } from 'zod';
import { DEFECT_NAMES } from './pod-defects.ts';
import { GENERATOR_VERSIONS } from './pod-world.ts';
import { POD_ENGINES } from './schema/pod-schema-model.ts';

export const GeneratePodOptionsSchema = z
  .object({
    version: z.enum(GENERATOR_VERSIONS, { message: `--version must be one of ${GENERATOR_VERSIONS.join(', ')}` }),
    engine: z.enum(POD_ENGINES, { message: `--engine must be one of ${POD_ENGINES.join(', ')}` }),
    videos: z.coerce
      .number({ message: '--videos must be a number' })
      .int('--videos must be a whole number')
      .min(1, '--videos must be at least 1')
      .max(10_000_000, '--videos must be at most 10000000'),
    seed: z.coerce
      .number({ message: '--seed must be a number' })
      .int('--seed must be a whole number')
      .min(0, '--seed must be between 0 and 4294967295')
      .max(4_294_967_295, '--seed must be between 0 and 4294967295')
      .default(1),
    out: z.string().min(1, '--out must name the snapshot file to write'),
    defects: z
      .array(z.enum(DEFECT_NAMES, { message: `--defect must be one of ${DEFECT_NAMES.join(', ')}` }))
      .default([]),
    withMediaFiles: z.boolean().default(false),
    /** gzip the SQL dump member. */
    gzip: z.boolean().default(false),
  })
  .refine((o) => !(o.version === 'v1' && o.engine === 'postgres'), {
    message: 'Pod v1 ran on MySQL only (MySQL-python was its only driver): use --engine mariadb with --version v1',
    path: ['engine'],
  });

export type GeneratePodOptionsInput = z.input<typeof GeneratePodOptionsSchema>;
export type GeneratePodOptions = z.output<typeof GeneratePodOptionsSchema>;
