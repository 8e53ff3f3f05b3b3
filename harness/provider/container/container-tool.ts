/**
 * Runs a tool inside a short-lived container of an engine's image, for machines without the engine's
 * client binaries: the input files are copied in (a tar through the container API) before it starts,
 * its standard output is streamed back ({@link ToolOutput}), and the container is removed when the tool
 * exits. It is labelled like the database containers, so a crash leaves nothing the sweep misses, and it
 * has no network.
 */
import { createReadStream } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { PassThrough, Writable } from 'node:stream';
import tar from 'tar-stream';
import { getContainerRuntimeClient } from 'testcontainers';
import { containerLabels } from '../labels.ts';
import { endingWithExit, keepStderr, ToolFailedError, type ToolOutput } from '../tool-output.ts';
import { resolveImage } from './image-resolver.ts';

/** Where the input is copied inside the container. */
export const CONTAINER_INPUT_DIR = '/tmp/rehearse-input';

export interface ContainerToolOptions {
  /** The image as scenarios name it (resolved through the image map). */
  readonly image: string;
  /** The tool's command line; it finds its input below {@link CONTAINER_INPUT_DIR}. */
  readonly command: readonly string[];
  /** A file or directory copied to CONTAINER_INPUT_DIR/<name>. */
  readonly input: { readonly path: string; readonly name: string };
  /** Kills and removes the container. */
  readonly signal?: AbortSignal;
}

/** Starts the tool's container; its stdout ends only after a successful exit (see {@link ToolOutput}). */
export function runContainerTool(options: ContainerToolOptions): ToolOutput {
  const tool = options.command[0] ?? 'tool';
  const stdout = new PassThrough();
  const finished = run(options, tool, stdout);
  finished.catch((error: unknown) => stdout.destroy(error as Error));
  return { stream: endingWithExit(stdout, finished), finished };
}

async function run(options: ContainerToolOptions, tool: string, stdout: PassThrough): Promise<void> {
  const image = await resolveImage(options.image);
  const docker = (await getContainerRuntimeClient()).container.dockerode;
  const container = await docker.createContainer({
    Image: image.resolved,
    Cmd: [...options.command],
    Labels: containerLabels(`tool-${process.pid}`, 'tool'),
    AttachStdout: true,
    AttachStderr: true,
    Tty: false,
    HostConfig: { NetworkMode: 'none' },
  });
  // v: the image may declare a VOLUME (postgres does): removing the container alone would leave that
  // anonymous volume behind, one per conversion.
  const kill = (): void => {
    container.remove({ force: true, v: true }).catch(() => undefined);
  };
  options.signal?.addEventListener('abort', kill, { once: true });
  try {
    await container.putArchive(await inputTar(options.input), { path: '/tmp' });
    const attached = await container.attach({ stream: true, stdout: true, stderr: true });
    let stderr = '';
    const stderrSink = new Writable({
      write(chunk: Buffer, _encoding, callback) {
        stderr = keepStderr(stderr, chunk);
        callback();
      },
    });
    const drained = new Promise<void>((resolve, reject) => {
      attached.on('end', resolve);
      attached.on('close', resolve);
      attached.on('error', reject);
    });
    container.modem.demuxStream(attached, stdout, stderrSink);
    await container.start();
    const [exit] = await Promise.all([container.wait() as Promise<{ StatusCode: number }>, drained]);
    if (exit.StatusCode !== 0) throw new ToolFailedError(tool, `exited with status ${exit.StatusCode} (in ${image.resolved})`, stderr);
    stdout.end();
  } finally {
    options.signal?.removeEventListener('abort', kill);
    await container.remove({ force: true, v: true }).catch(() => undefined);
  }
}

/** A tar holding `rehearse-input/<name>`: the file, or the directory's regular files (one level, as pg_dump -Fd writes). */
async function inputTar(input: ContainerToolOptions['input']): Promise<NodeJS.ReadableStream> {
  const pack = tar.pack();
  const base = CONTAINER_INPUT_DIR.slice('/tmp/'.length);
  const files: { path: string; name: string; size: number }[] = [];
  const info = await stat(input.path);
  if (info.isDirectory()) {
    for (const entry of await readdir(input.path, { withFileTypes: true })) {
      if (!entry.isFile()) continue;
      const path = join(input.path, entry.name);
      files.push({ path, name: `${base}/${input.name}/${entry.name}`, size: (await stat(path)).size });
    }
  } else {
    files.push({ path: input.path, name: `${base}/${input.name}`, size: info.size });
  }
  const dirs = info.isDirectory() ? [base, `${base}/${input.name}`] : [base];
  void (async () => {
    try {
      for (const dir of dirs) pack.entry({ name: dir, type: 'directory', mode: 0o755 });
      for (const file of files) {
        await new Promise<void>((resolve, reject) => {
          const sink = pack.entry({ name: file.name, size: file.size, mode: 0o644 }, (error) => (error ? reject(error) : resolve()));
          createReadStream(file.path).on('error', reject).pipe(sink);
        });
      }
      pack.finalize();
    } catch (error) {
      pack.destroy(error as Error);
    }
  })();
  return pack.pipe(new PassThrough());
}
