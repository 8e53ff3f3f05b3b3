/**
 * Provenance: what exactly was rehearsed, so an auditor can tell (and `rehearse verify-report` can
 * recompute) which snapshot, scenario files, harness and images produced a report. Everything recorded
 * here is a property of the inputs, never of one run: no container id, port, pid, password or temporary
 * path, so two runs on the same inputs record the same provenance. The run's times are the result's
 * startedAt and finishedAt.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { execa } from 'execa';
import { getContainerRuntimeClient, ImageName } from 'testcontainers';
import type { Connection } from '../engine/engine.ts';
import { errorMessage } from '../errors.ts';
import { sha256OfFile } from '../fingerprint.ts';
import { createLogger } from '../log.ts';
import { resolveImage } from '../provider/container/image-resolver.ts';
import type { StartedDatabase } from '../provider/provider.ts';
import type { LoadedScenario } from '../scenario/load-scenario.ts';
import type { Snapshot } from '../snapshot/snapshot.ts';
import { VERSION } from '../version.ts';
import type { HashedFile, Provenance } from './rehearsal-result.ts';

const log = createLogger('provenance');
const HARNESS_ROOT = fileURLToPath(new URL('../../', import.meta.url));
/** How long an image inspection may take before the digest is left out (a stuck engine must not hang the report). */
const INSPECT_TIMEOUT_MS = 5_000;

type Roles = { source?: StartedDatabase; target?: StartedDatabase };

export interface ProvenanceInput {
  readonly loaded: LoadedScenario;
  readonly snapshot?: Snapshot;
  readonly databases: Roles;
  readonly connections: { source?: Connection; target?: Connection };
  /** When aborted (Ctrl-C), the engine and servers are not asked: cleanup must not wait on them. */
  readonly signal?: AbortSignal;
}

/** Paths as the report shows them: relative to where the run started, with `/` separators. */
export function displayPath(file: string): string {
  return (relative(process.cwd(), file) || file).split('\\').join('/');
}

/** The scenario file, its setup scripts and every file a step names, each hashed once, in a stable order. */
export async function scenarioFiles(loaded: LoadedScenario): Promise<HashedFile[]> {
  const { scenario, dir } = loaded;
  const wanted: { path: string; role: string }[] = [{ path: loaded.file, role: 'scenario' }];
  for (const role of ['source', 'target'] as const) {
    for (const file of scenario[role].setup ?? []) wanted.push({ path: resolve(dir, file), role: `${role} setup` });
  }
  for (const step of scenario.steps) {
    for (const file of step.inputs?.().files ?? []) {
      // exec arguments are candidates: only those naming a file of the scenario folder are inputs.
      if (isAbsolute(file) || file.startsWith('-')) continue;
      wanted.push({ path: resolve(dir, file), role: `step ${step.id}` });
    }
  }
  const seen = new Set<string>();
  const files: HashedFile[] = [];
  for (const { path, role } of wanted) {
    if (seen.has(path) || !existsSync(path) || !statSync(path).isFile()) continue;
    seen.add(path);
    files.push({ path: relative(dir, path).split('\\').join('/'), role, sha256: await sha256OfFile(path), size: statSync(path).size });
  }
  return files;
}

/** The commit of the harness checkout and whether its tracked files differ from it; undefined outside git. */
export async function harnessGitState(root = HARNESS_ROOT): Promise<{ gitCommit?: string; gitDirty?: boolean }> {
  try {
    const head = await execa('git', ['rev-parse', 'HEAD'], { cwd: root, timeout: 5_000 });
    const status = await execa('git', ['status', '--porcelain', '--untracked-files=no', '--', 'harness', 'package.json'], { cwd: root, timeout: 10_000 });
    return { gitCommit: head.stdout.trim(), gitDirty: status.stdout.trim().length > 0 };
  } catch {
    return readGitHead(root);
  }
}

/** Without a git binary: HEAD read from the .git folder (a branch ref, a packed ref or a detached id). */
function readGitHead(root: string): { gitCommit?: string } {
  try {
    let gitDir = join(root, '.git');
    if (!existsSync(gitDir)) return {};
    if (statSync(gitDir).isFile()) gitDir = resolve(root, readFileSync(gitDir, 'utf8').replace(/^gitdir:\s*/, '').trim());
    const head = readFileSync(join(gitDir, 'HEAD'), 'utf8').trim();
    if (!head.startsWith('ref: ')) return { gitCommit: head };
    const ref = head.slice(5);
    // A worktree keeps its HEAD but shares refs with the main repository (commondir).
    const common = existsSync(join(gitDir, 'commondir')) ? resolve(gitDir, readFileSync(join(gitDir, 'commondir'), 'utf8').trim()) : gitDir;
    for (const base of [gitDir, common]) {
      if (existsSync(join(base, ref))) return { gitCommit: readFileSync(join(base, ref), 'utf8').trim() };
    }
    const packed = existsSync(join(common, 'packed-refs')) ? readFileSync(join(common, 'packed-refs'), 'utf8') : '';
    const line = packed.split('\n').find((l) => l.endsWith(` ${ref}`));
    return line ? { gitCommit: line.split(' ')[0]! } : {};
  } catch {
    return {};
  }
}

async function imageDetails(names: readonly { role: string; requested: string; resolved: string; id?: string }[]): Promise<Provenance['images']> {
  if (names.length === 0) return [];
  let client: Awaited<ReturnType<typeof getContainerRuntimeClient>> | undefined;
  try {
    client = await withTimeout(getContainerRuntimeClient());
  } catch (error) {
    log.debug(`no container engine to inspect images: ${errorMessage(error)}`);
  }
  return Promise.all(names.map(async (image) => {
    try {
      const info = client ? await withTimeout(client.image.inspect(ImageName.fromString(image.resolved))) : undefined;
      const digests = [...(info?.RepoDigests ?? [])].sort();
      return { ...image, ...(info?.Id ? { id: info.Id } : {}), ...(digests.length ? { digests } : {}) };
    } catch (error) {
      log.debug(`image ${image.resolved} not inspected: ${errorMessage(error)}`);
      return image;
    }
  }));
}

function withTimeout<T>(promise: Promise<T>): Promise<T> {
  return Promise.race([promise, new Promise<never>((_, reject) => setTimeout(() => reject(new Error('timed out')), INSPECT_TIMEOUT_MS).unref())]);
}

/** The images of both databases (as the provider resolved them) and of the exec steps that name one. */
async function images(input: ProvenanceInput): Promise<Provenance['images']> {
  const names: { role: string; requested: string; resolved: string; id?: string }[] = [];
  for (const role of ['source', 'target'] as const) {
    const image = input.databases[role]?.origin().image;
    if (image) names.push({ role, requested: image.requested, resolved: image.resolved, ...(image.id ? { id: image.id } : {}) });
  }
  for (const step of input.loaded.scenario.steps) {
    for (const requested of step.inputs?.().images ?? []) {
      names.push({ role: `step ${step.id}`, requested, resolved: (await resolveImage(requested).catch(() => ({ resolved: requested }))).resolved });
    }
  }
  return imageDetails(names);
}

async function servers(input: ProvenanceInput): Promise<Provenance['servers']> {
  const found: Provenance['servers'][number][] = [];
  for (const role of ['source', 'target'] as const) {
    const connection = input.connections[role];
    if (!connection) continue;
    try {
      found.push({ role, engine: connection.kind, version: await withTimeout(connection.serverVersion()) });
    } catch (error) {
      log.debug(`${role} server version unknown: ${errorMessage(error)}`);
    }
  }
  return found;
}

/** Collects the provenance; call it before the connections close. An image or server that cannot be asked is left out. */
export async function collectProvenance(input: ProvenanceInput): Promise<Provenance> {
  const { loaded, snapshot } = input;
  const live = !input.signal?.aborted;
  const [git, files, imageList, serverList] = await Promise.all([harnessGitState(), scenarioFiles(loaded), live ? images(input) : [], live ? servers(input) : []]);
  return {
    harness: { version: VERSION, ...git, node: process.version },
    scenario: { dir: displayPath(dirname(loaded.file)), treeSha256: loaded.sha256, files },
    ...(snapshot
      ? {
          snapshot: {
            path: displayPath(snapshot.file),
            sha256: snapshot.sha256,
            size: statSync(snapshot.file).size,
            members: (snapshot.manifest?.members ?? []).map((m) => ({ name: m.name, sha256: m.sha256, size: m.size })),
          },
        }
      : {}),
    images: imageList,
    servers: serverList,
  };
}
