/**
 * `exec({ id, command, args, image? })`: runs a command with SOURCE_URL, TARGET_URL and WORKDIR in its
 * environment, on this machine (execa) or inside a container started from `image` with the working
 * directory mounted at /work. The output's tail is kept for the report, passwords redacted.
 */
import { execa } from 'execa';
import { GenericContainer, Wait } from 'testcontainers';
import { z } from 'zod';
import { redactUrl } from '../engine/connection-url.ts';
import { containerLabels } from '../provider/labels.ts';
import type { Step, StepContext, StepOutput } from './step.ts';
import { parseStepOptions, stepIdSchema } from './step-options.ts';

const OUTPUT_TAIL = 4000;

const execStepSchema = z
  .object({
    id: stepIdSchema,
    command: z.string().min(1),
    args: z.array(z.string()).default([]),
    image: z.string().min(1).optional(),
    env: z.record(z.string(), z.string()).default({}),
    description: z.string().optional(),
    timeoutMs: z.number().int().positive().optional(),
  })
  .strict();

export type ExecStepOptions = z.input<typeof execStepSchema>;

export class ExecStepError extends Error {
  constructor(
    message: string,
    readonly output: string,
  ) {
    super(message);
  }
}

function tail(text: string): string {
  const redacted = redactUrl(text);
  return redacted.length > OUTPUT_TAIL ? `…${redacted.slice(-OUTPUT_TAIL)}` : redacted;
}

export function exec(options: ExecStepOptions): Step {
  const parsed = parseStepOptions('exec', execStepSchema, options);
  const commandLine = [parsed.command, ...parsed.args].join(' ');
  return {
    id: parsed.id,
    kind: 'exec',
    timeoutMs: parsed.timeoutMs,
    describe: () => parsed.description ?? (parsed.image ? `${commandLine} (in ${parsed.image})` : commandLine),
    run: (context) => (parsed.image ? runInContainer(parsed.image, context) : runLocally(context)),
  };

  async function runLocally(context: StepContext): Promise<StepOutput> {
    const result = await execa(parsed.command, parsed.args, {
      cwd: context.scenarioDir,
      env: { ...parsed.env, SOURCE_URL: context.sourceUrl, TARGET_URL: context.targetUrl, WORKDIR: context.workdir, SCENARIO_DIR: context.scenarioDir },
      all: true,
      reject: false,
      cancelSignal: context.signal,
      stdin: 'ignore',
    });
    const output = tail(result.all ?? '');
    if (result.exitCode !== 0) {
      throw new ExecStepError(`command "${commandLine}" exited with code ${result.exitCode ?? result.signal}: ${output.split('\n').slice(-3).join(' ')}`, output);
    }
    return { output };
  }

  async function runInContainer(image: string, context: StepContext): Promise<StepOutput> {
    const container = await new GenericContainer(image)
      .withCommand([parsed.command, ...parsed.args])
      .withEnvironment({ ...parsed.env, SOURCE_URL: context.sourceContainerUrl, TARGET_URL: context.targetContainerUrl, WORKDIR: '/work', SCENARIO_DIR: '/scenario' })
      .withBindMounts([
        { source: context.workdir, target: '/work', mode: 'rw' },
        { source: context.scenarioDir, target: '/scenario', mode: 'ro' },
      ])
      .withWorkingDir('/work')
      .withLabels(containerLabels(context.runId, 'step'))
      .withWaitStrategy(Wait.forOneShotStartup())
      .withStartupTimeout(parsed.timeoutMs ?? 30 * 60_000)
      .start()
      .catch((error: Error) => {
        throw new ExecStepError(`command "${commandLine}" in ${image} failed: ${error.message}`, tail(error.message));
      });
    const logs = await new Promise<string>((resolve) => {
      let text = '';
      void container.logs().then((stream) => {
        stream.on('data', (chunk: Buffer | string) => (text += chunk.toString())).on('end', () => resolve(text)).on('error', () => resolve(text));
      });
    });
    await container.stop({ remove: true }).catch(() => undefined);
    return { output: tail(logs) };
  }
}
