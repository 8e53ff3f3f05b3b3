/**
 * Rejects an invalid scenario before anything starts, naming the field at fault.
 */
import { existsSync } from 'node:fs';
import { isAbsolute, relative, resolve } from 'node:path';
import { z } from 'zod';
import { SEVERITIES } from '../check/check.ts';
import { ENGINE_KINDS } from '../engine/engine.ts';
import { getEngine } from '../engine/engine-registry.ts';
import { BadInputError } from '../errors.ts';
import { describeZodIssues } from '../options/describe-zod-issue.ts';
import { joinProblems } from '../options/parse-options.ts';
import { databaseNameProblem } from '../provider/database-name.ts';
import { STEP_KINDS } from '../step/step.ts';
import type { ScenarioConfig } from './define-scenario.ts';

/** A scenario name becomes a folder name (rehearse-out/NAME) and a label: well under any file system's limit. */
export const MAX_NAME_LENGTH = 64;

const sideSchema = z
  .object({
    engine: z.enum(ENGINE_KINDS),
    image: z.string().min(1).optional(),
    serverOptions: z.record(z.string(), z.union([z.string(), z.number(), z.boolean()])).optional(),
    env: z.record(z.string(), z.string()).optional(),
    setup: z.array(z.string().min(1)).optional(),
    database: z.string().optional(),
  })
  .strict();

const stepSchema = z.looseObject({
  id: z.string().min(1),
  kind: z.enum(STEP_KINDS),
  run: z.custom<() => unknown>((v) => typeof v === 'function', 'must be created with sql(), exec() or task()'),
});

const checkSchema = z.looseObject({
  id: z.string().min(1),
  kind: z.string().min(1),
  severity: z.enum(SEVERITIES),
  run: z.custom<() => unknown>((v) => typeof v === 'function', 'must be created with a check factory such as rowCounts()'),
  runsAlone: z.boolean().optional(),
});

const scenarioSchema = z
  .object({
    name: z
      .string()
      .regex(/^[a-z0-9][a-z0-9._-]*$/, 'must be lower-case letters, digits, ".", "_" or "-"')
      .max(MAX_NAME_LENGTH, `must be at most ${MAX_NAME_LENGTH} characters (it names the report folder)`),
    description: z.string().optional(),
    source: sideSchema,
    target: sideSchema,
    snapshot: z.string().min(1).optional(),
    snapshotRows: z.record(z.string().min(1), z.number().int().min(0), { error: 'must map each table of the snapshot to its row count' }).optional(),
    requireCompleteSnapshot: z.literal(false, { error: 'must be false (accept a dump whose completeness cannot be proven) or left out' }).optional(),
    steps: z.array(stepSchema),
    contents: z.literal(false, { error: 'must be false (no default contents() check) or left out' }).optional(),
    checks: z.array(checkSchema).min(1, 'a scenario without checks can only ever say GO: add at least one check'),
    maxExamples: z.number().int().min(1).max(100).optional(),
    checkConcurrency: z.number().int().min(1).max(16).optional(),
    timeouts: z
      .object({ startMs: z.number().int().positive(), loadMs: z.number().int().positive(), stepMs: z.number().int().positive(), checkMs: z.number().int().positive() })
      .partial()
      .strict()
      .optional(),
  })
  .strict();

/** The scenario file as the user would type it: relative to the current directory when inside it. */
function shownPath(file: string): string {
  const inside = relative(process.cwd(), file);
  return inside && !inside.startsWith('..') && !isAbsolute(inside) ? inside : file;
}

/**
 * Checks a scenario's shape (every level strict: an unknown key is rejected with the nearest valid one),
 * then what the shape cannot say: unique ids, setup files that exist, each step's own checks. Throws one
 * {@link BadInputError} of one line naming the file and every field at fault.
 */
export function validateScenario(value: unknown, file: string, scenarioDir: string): ScenarioConfig {
  const fail = (problems: readonly string[]) => new BadInputError(`scenario ${shownPath(file)}: ${joinProblems(problems)}`);
  const parsed = scenarioSchema.safeParse(value);
  if (!parsed.success) throw fail(describeZodIssues(scenarioSchema, value, parsed.error.issues, { rootNoun: 'scenario field' }));
  const scenario = value as ScenarioConfig;
  const problems: string[] = [];
  const duplicates = (ids: string[]) => ids.filter((id, i) => ids.indexOf(id) !== i);
  for (const id of duplicates(scenario.steps.map((s) => s.id))) problems.push(`steps: two steps are named "${id}"; step ids must be unique`);
  for (const id of duplicates(scenario.checks.map((c) => c.id))) problems.push(`checks: two checks are named "${id}"; give one an \`id\` option`);
  for (const side of ['source', 'target'] as const) {
    scenario[side].setup?.forEach((file, i) => {
      if (!existsSync(resolve(scenarioDir, file))) problems.push(`${side}.setup.${i}: "${file}" does not exist (looked in ${scenarioDir})`);
    });
  }
  for (const side of ['source', 'target'] as const) problems.push(...reservedEnvProblems(side, scenario[side]));
  for (const side of ['source', 'target'] as const) problems.push(...databaseNameProblems(side, scenario[side]));
  for (const step of scenario.steps) problems.push(...(step.validate?.(scenarioDir) ?? []));
  if (problems.length > 0) throw fail(problems);
  return scenario;
}

/** The side's `database`: a name the providers can create and confine (database-name.ts). */
function databaseNameProblems(side: 'source' | 'target', config: ScenarioConfig['source']): string[] {
  if (config.database === undefined) return [];
  if (!getEngine(config.engine).capabilities.supportsCreateDatabase) {
    return [`${side}.database: a ${config.engine} database is a file and has no name to set; remove it`];
  }
  const problem = databaseNameProblem(config.database, config.engine);
  return problem ? [`${side}.database: ${JSON.stringify(config.database)} ${problem}`] : [];
}

/**
 * Variables the harness sets itself on a database container (the generated password, the database it
 * connects to). A scenario overriding one would make the harness's own connections fail and the start
 * time out a minute later without saying why; it is refused up front instead.
 */
function reservedEnvProblems(side: 'source' | 'target', config: ScenarioConfig['source']): string[] {
  const flavour = getEngine(config.engine).containerFlavour;
  if (!flavour || !config.env) return [];
  const reserved = Object.keys(flavour.environment('reserved', 'reserved'));
  // The official images also read each variable from a file named by <NAME>_FILE.
  const isReserved = (name: string) => reserved.some((own) => name === own || name === `${own}_FILE`);
  return Object.keys(config.env)
    .filter(isReserved)
    // Worded without "NAME: value", which the report redaction would take for a password to mask.
    .map((name) => `${side}.env: ${name} is reserved, rehearse sets it itself (its generated credentials and database: ${reserved.join(', ')}); remove it`);
}
