/**
 * Test helpers for the domain checks: real SQLite databases in a temp directory (through the harness's
 * own SqliteConnection) and a CheckContext around them.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CapturedWarning, CheckContext } from '../../../harness/check/check.ts';
import type { Connection } from '../../../harness/engine/engine.ts';
import { SqliteConnection } from '../../../harness/engine/sqlite/sqlite-connection.ts';
import { createLogger } from '../../../harness/log.ts';
import type { MediaManifestEntry } from '../../../harness/snapshot/snapshot-format.ts';

export interface SqlitePair {
  readonly source: Connection;
  readonly target: Connection;
  readonly dir: string;
  close(): Promise<void>;
}

/** Two fresh SQLite files, with `sourceSql` / `targetSql` run as scripts. */
export async function sqlitePair(sourceSql: string, targetSql: string): Promise<SqlitePair> {
  const dir = mkdtempSync(join(tmpdir(), 'rehearse-check-domain-'));
  const source = await SqliteConnection.open(join(dir, 'source.db'));
  const target = await SqliteConnection.open(join(dir, 'target.db'));
  if (sourceSql) await source.runScript(sourceSql);
  if (targetSql) await target.runScript(targetSql);
  return {
    source,
    target,
    dir,
    async close() {
      await source.close();
      await target.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

async function* iterate(entries: readonly MediaManifestEntry[]): AsyncIterable<MediaManifestEntry> {
  for (const entry of entries) yield entry;
}

export interface ContextOptions {
  readonly warnings?: readonly CapturedWarning[];
  readonly sourceMedia?: readonly MediaManifestEntry[];
  readonly targetMedia?: readonly MediaManifestEntry[];
  readonly maxExamples?: number;
  readonly workdir?: string;
}

export function checkContext(source: Connection, target: Connection, options: ContextOptions = {}): CheckContext {
  return {
    source,
    target,
    maxExamples: options.maxExamples ?? 10,
    warnings: options.warnings ?? [],
    workdir: options.workdir ?? tmpdir(),
    media: {
      source: () => (options.sourceMedia ? iterate(options.sourceMedia) : undefined),
      target: () => (options.targetMedia ? iterate(options.targetMedia) : undefined),
    },
    log: createLogger('test/check-domain'),
    signal: new AbortController().signal,
  };
}
