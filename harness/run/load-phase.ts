/**
 * Brings the source to the production state: its setup scripts, then the snapshot (streamed), then the
 * media files if the snapshot carries them. The target gets its setup scripts.
 *
 * A snapshot must be proven whole (see snapshot-load.ts): a plain dump without its dump tool's trailer
 * ends the run in ERROR unless the scenario declares every table's row count (`snapshotRows`, then
 * checked) or says `requireCompleteSnapshot: false`, in which case the phase detail says the
 * completeness was not proven. The phase detail also lists the statements the
 * load skipped and those it rewrote to run as the loading user (first few, with their byte offsets), and
 * the database the dump named.
 */
import { createReadStream } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import type { Connection } from '../engine/engine.ts';
import { getEngine } from '../engine/engine-registry.ts';
import { BadInputError } from '../errors.ts';
import type { LoadedScenario } from '../scenario/load-scenario.ts';
import type { RewrittenStatement, SkippedStatement } from '../snapshot/escape-filter.ts';
import { loadSnapshot, type LoadResult } from '../snapshot/snapshot-load.ts';
import type { Snapshot } from '../snapshot/snapshot.ts';
import { proveDeclaredRows } from './declared-rows.ts';
import type { RehearsalObserver } from './rehearsal-events.ts';

/** Skipped or rewritten statements named in the phase detail; the count says how many more there were. */
const SKIPPED_SHOWN = 5;

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
  const loadResult = await loadSnapshot(snapshot, connection, {
    signal,
    onProgress: (p) => emit({ type: 'progress', message: `${p.rows.toLocaleString('en')} rows, ${Math.round(p.bytes / 1e6)} MB loaded` }),
  });
  // The dump's session settings (pg_dump's empty search_path, sql_mode, foreign_key_checks) must not
  // reach whatever runs next on this connection.
  for (const statement of getEngine(connection.kind).plainDump?.sessionReset ?? []) await connection.execute(statement);
  let result = loadResult;
  if (result.completeness === 'unproven' && loaded.scenario.snapshotRows) {
    await proveDeclaredRows(connection, loaded.scenario.snapshotRows, basename(snapshot.file));
    result = { ...result, completeness: 'declared' };
  }
  if (result.completeness === 'unproven' && loaded.scenario.requireCompleteSnapshot !== false) {
    throw new BadInputError(
      `snapshot ${result.unprovenReason}. Use an untouched dump from the engine's dump tool or a snapshot archive (rehearse snapshot create), or set requireCompleteSnapshot: false in the scenario to accept it with a warning`,
    );
  }
  const media = await snapshot.extractMedia(join(input.workdir, 'source-media'));
  return loadDetail(result, media);
}

/** One line for the report: what was loaded, how it was proven whole, what was skipped. */
export function loadDetail(result: LoadResult, media = 0): string {
  const parts = [`${result.statements.toLocaleString('en')} statements, ${result.rows.toLocaleString('en')} rows${media ? `, ${media} media files` : ''}`];
  parts.push(
    {
      manifest: 'completeness proven by the snapshot manifest',
      trailer: "completeness proven by the dump tool's trailer",
      declared: "completeness proven by the row counts the scenario declares (snapshotRows)",
      unproven: `warning: completeness not proven (${result.unprovenReason ?? 'no manifest, no trailer'})`,
    }[result.completeness],
  );
  if (result.database !== undefined) parts.push(`the dump names database ${result.database}`);
  if (result.skipped.length > 0) parts.push(skippedDetail(result.skipped));
  if (result.rewritten.length > 0) parts.push(rewrittenDetail(result.rewritten));
  return parts.join('; ');
}

/** Whom the rewrites replaced and where, e.g. `DEFINER=\`root\`@\`localhost\` → DEFINER=CURRENT_USER (d.sql byte 812)`. */
function rewrittenDetail(rewritten: readonly RewrittenStatement[]): string {
  const shown = rewritten.slice(0, SKIPPED_SHOWN).map((r) => `${r.original.slice(0, 80)} → ${r.replacement} (${r.dump} byte ${r.offset})`);
  const more = rewritten.length > SKIPPED_SHOWN ? `, and ${rewritten.length - SKIPPED_SHOWN} more` : '';
  return `${rewritten.length} statement(s) rewritten to run as the loading user (the dump names another account as definer or owner): ${shown.join(', ')}${more}`;
}

function skippedDetail(skipped: readonly SkippedStatement[]): string {
  const why = { database: 'they would leave the throwaway database', client: 'client-only commands without effect on the data' } as const;
  const groups = (['database', 'client'] as const).map((reason) => skipped.filter((s) => s.reason === reason)).filter((g) => g.length > 0);
  return groups
    .map((group) => {
      const shown = group.slice(0, SKIPPED_SHOWN).map((s) => `"${s.statement.slice(0, 80)}" (${s.dump} byte ${s.offset})`);
      const more = group.length > SKIPPED_SHOWN ? `, and ${group.length - SKIPPED_SHOWN} more` : '';
      return `${group.length} statement(s) skipped (${why[group[0]!.reason]}): ${shown.join(', ')}${more}`;
    })
    .join('; ');
}

export async function prepareTarget(input: { loaded: LoadedScenario; connection: Connection; signal: AbortSignal }): Promise<void> {
  await runSetup(input.loaded.scenario.target.setup, input.loaded.dir, input.connection, input.signal);
}
