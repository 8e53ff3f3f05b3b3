/**
 * `exec({ id, command, args, image? })`: runs a command with the location of both databases in its
 * environment (SOURCE_URL, TARGET_URL and each side's client variables: exec-environment.ts) and
 * WORKDIR, on this machine (execa) or inside a container started from `image` with the working
 * directory mounted at /work. The output's tail is kept for the report, passwords redacted.
 */
import { z } from 'zod';
import { redactUrl } from '../engine/connection-url.ts';
import { resolveImage } from '../provider/container/image-resolver.ts';
import { containerLabels } from '../provider/labels.ts';
import { execEnvironment } from './exec-environment.ts';
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
  // Cut first (with room for a URL straddling the cut), then redact: output can be megabytes.
  const cut = text.length > OUTPUT_TAIL + 500 ? text.slice(-(OUTPUT_TAIL + 500)) : text;
  const redacted = redactUrl(cut);
  return redacted.length > OUTPUT_TAIL ? `…${redacted.slice(-OUTPUT_TAIL)}` : redacted;
}

/** How long a stopped command's process group has between SIGTERM and SIGKILL. */
const KILL_GRACE_MS = 2000;

/** SIGTERM to the whole process group, SIGKILL to what is left of it after {@link KILL_GRACE_MS}. */
function stopProcessGroup(pid: number | undefined): void {
  if (pid === undefined) return;
  const signalGroup = (signal: NodeJS.Signals) => {
    try {
      process.kill(-pid, signal);
      return true;
    } catch {
      return false; // the group is gone
    }
  };
  if (signalGroup('SIGTERM')) setTimeout(() => signalGroup('SIGKILL'), KILL_GRACE_MS);
}

export function exec(options: ExecStepOptions): Step {
  const parsed = parseStepOptions('exec', execStepSchema, options);
  const commandLine = [parsed.command, ...parsed.args].join(' ');
  return {
    id: parsed.id,
    kind: 'exec',
    timeoutMs: parsed.timeoutMs,
    secretSources: { env: parsed.env, args: parsed.args },
    describe: () => parsed.description ?? (parsed.image ? `${commandLine} (in ${parsed.image})` : commandLine),
    run: (context) => (parsed.image ? runInContainer(parsed.image, context) : runLocally(context)),
    // The command and any argument may name a script of the scenario folder (export.py): provenance
    // hashes those that are files there.
    inputs: () => ({ files: [parsed.command, ...parsed.args], images: parsed.image ? [parsed.image] : [] }),
  };

  async function runLocally(context: StepContext): Promise<StepOutput> {
    // execa loads only when a command runs: every scenario file imports this module through the public API.
    const { execa } = await import('execa');
    const child = execa(parsed.command, parsed.args, {
      cwd: context.scenarioDir,
      env: execEnvironment({ sourceUrl: context.sourceUrl, targetUrl: context.targetUrl, workdir: context.workdir, scenarioDir: context.scenarioDir }, parsed.env),
      all: true,
      reject: false,
      stdin: 'ignore',
      // Its own process group, so that stopping the step reaches what the command started (a shell's
      // children, a client it runs), not only the command itself.
      detached: true,
    });
    const stop = () => stopProcessGroup(child.pid);
    context.signal.addEventListener('abort', stop, { once: true });
    if (context.signal.aborted) stop();
    const result = await child.finally(() => context.signal.removeEventListener('abort', stop));
    const output = tail(result.all ?? '');
    if (result.exitCode !== 0) {
      throw new ExecStepError(`command "${commandLine}" exited with code ${result.exitCode ?? result.signal}: ${output.split('\n').slice(-3).join(' ')}`, output);
    }
    return { output };
  }

  /**
   * A one-shot container driven through the Docker API directly: testcontainers' start() waits for the
   * image's exposed ports, which a command that exits never binds.
   */
  async function runInContainer(requested: string, context: StepContext): Promise<StepOutput> {
    // The same name mapping as the databases: a local stand-in when no registry is reachable.
    const image = (await resolveImage(requested)).resolved;
    // The container engine's client loads only here: scenario files import this module, most never run a container.
    const { getContainerRuntimeClient, ImageName } = await import('testcontainers');
    const client = await getContainerRuntimeClient();
    if (!(await client.image.exists(ImageName.fromString(image)))) await client.image.pull(ImageName.fromString(image));
    // Databases on this machine's loopback (process and server providers) are reachable only from the
    // host network; container databases are reached on the engine's network.
    const onLoopback = /@(127\.0\.0\.1|localhost)[:/]/.test(context.targetContainerUrl + context.sourceContainerUrl);
    const env = execEnvironment({ sourceUrl: context.sourceContainerUrl, targetUrl: context.targetContainerUrl, workdir: '/work', scenarioDir: '/scenario' }, parsed.env);
    const container = await client.container.dockerode.createContainer({
      Image: image,
      Entrypoint: [parsed.command],
      Cmd: parsed.args,
      Env: Object.entries(env).map(([k, v]) => `${k}=${v}`),
      WorkingDir: '/work',
      Tty: true, // one plain output stream, no multiplexing headers
      Labels: containerLabels(context.runId, 'step'),
      HostConfig: {
        Binds: [`${context.workdir}:/work:rw`, `${context.scenarioDir}:/scenario:ro`],
        ...(onLoopback ? { NetworkMode: 'host' } : {}),
      },
    });
    const kill = () => void container.kill().catch(() => undefined);
    context.signal.addEventListener('abort', kill, { once: true });
    try {
      await container.start();
      const { StatusCode } = (await container.wait()) as { StatusCode: number };
      const output = tail((await container.logs({ stdout: true, stderr: true })).toString());
      if (StatusCode !== 0) {
        throw new ExecStepError(`command "${commandLine}" in ${image} exited with code ${StatusCode}: ${output.split('\n').slice(-3).join(' ')}`, output);
      }
      return { output };
    } finally {
      context.signal.removeEventListener('abort', kill);
      // v: the anonymous volumes the image declares (VOLUME) go with the container, or each run leaves one.
      await container.remove({ force: true, v: true }).catch(() => undefined);
    }
  }
}
