/** A CheckContext over two real connections, for running checks directly in tests. */
import type { CapturedWarning, CheckContext } from '../../harness/check/check.ts';
import type { Connection } from '../../harness/engine/engine.ts';
import { createLogger } from '../../harness/log.ts';
import type { MediaManifestEntry } from '../../harness/snapshot/snapshot-format.ts';

export interface ContextOptions {
  /** @default 5 */
  readonly maxExamples?: number;
  /** Warnings captured during the rehearsal's steps. */
  readonly warnings?: readonly CapturedWarning[];
  /** Media catalogues of each side; absent means the side has none. */
  readonly sourceMedia?: readonly MediaManifestEntry[];
  readonly targetMedia?: readonly MediaManifestEntry[];
  /** @default process.cwd() */
  readonly workdir?: string;
}

async function* iterate(entries: readonly MediaManifestEntry[]): AsyncIterable<MediaManifestEntry> {
  for (const entry of entries) yield entry;
}

export function checkContext(source: Connection, target: Connection, options: ContextOptions = {}): CheckContext {
  return {
    source,
    target,
    maxExamples: options.maxExamples ?? 5,
    warnings: options.warnings ?? [],
    workdir: options.workdir ?? process.cwd(),
    media: {
      source: () => (options.sourceMedia ? iterate(options.sourceMedia) : undefined),
      target: () => (options.targetMedia ? iterate(options.targetMedia) : undefined),
    },
    log: createLogger('test/check'),
    signal: new AbortController().signal,
  };
}
