/**
 * Brings the source to the production state: its setup scripts, then the snapshot (streamed), then the
 * media files if the snapshot carries them. The target gets its setup scripts.
 */
import { createReadStream } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Connection } from '../engine/engine.ts';
import type { LoadedScenario } from '../scenario/load-scenario.ts';
import { loadSnapshot } from '../snapshot/snapshot-load.ts';
import type { Snapshot } from '../snapshot/snapshot.ts';
import type { RehearsalObserver } from './rehearsal-events.ts';

async function runSetup(files: readonly string[] | undefined, dir: string, connection: Connection, signal: AbortSignal): Promise<void> {
  for (const file of files ?? []) await connection.runScript(createReadStream(resolve(dir, file)), { signal });
}

export async function loadSource(input: {
  loaded: LoadedScenario;
  snapshot?: Snapshot;
  connection: Connection;
  workdir: string;
  signal: AbortSignal;
  emit: RehearsalObserver;
}): Promise<string> {
  const { loaded, snapshot, connection, signal, emit } = input;
  await runSetup(loaded.scenario.source.setup, loaded.dir, connection, signal);
  if (!snapshot) return 'no snapshot: source holds its setup scripts only';
  const result = await loadSnapshot(snapshot, connection, {
    signal,
    onProgress: (p) => emit({ type: 'progress', message: `${p.rows.toLocaleString('en')} rows, ${Math.round(p.bytes / 1e6)} MB loaded` }),
  });
  const media = await snapshot.extractMedia(join(input.workdir, 'source-media'));
  return `${result.statements.toLocaleString('en')} statements, ${result.rows.toLocaleString('en')} rows${media ? `, ${media} media files` : ''}`;
}

export async function prepareTarget(input: { loaded: LoadedScenario; connection: Connection; signal: AbortSignal }): Promise<void> {
  await runSetup(input.loaded.scenario.target.setup, input.loaded.dir, input.connection, input.signal);
}
