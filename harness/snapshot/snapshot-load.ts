/**
 * Loads a snapshot into the (throwaway) source database: every SQL dump is streamed through
 * {@link Connection.runScript} with a filter that keeps the load inside that database, then the row
 * counts the manifest recorded are compared with what was loaded.
 *
 * Whether the snapshot is whole is part of the result ({@link LoadResult.completeness}): an archive is
 * proven by its manifest (every member's sha256 and size, every table's row count); a plain dump only by
 * the trailer its dump tool writes after the last statement (the engine's {@link PlainDumpRules}). A
 * statement cut mid-way always fails, naming its byte offset, and a dump without any statement too.
 */
import { createReadStream, createWriteStream } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { basename } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { Connection, EngineKind, ScriptProgress, ServerWarning } from '../engine/engine.ts';
import { BadInputError, RehearseError, errorMessage } from '../errors.ts';
import { createLogger } from '../log.ts';
import { getEngine, sameFamily } from '../engine/engine-registry.ts';
import { DUMP_TAIL_BYTES } from '../engine/plain-dump-rules.ts';
import { UnterminatedStatementError } from '../engine/sql-script/sql-statement-splitter.ts';
import { asPlainSql } from './restored-archive.ts';
import { createEscapeFilter, type RewrittenStatement, type SkippedStatement } from './escape-filter.ts';
import { DATABASE_FILE_SNAPSHOT, type Snapshot, type SqlDump } from './snapshot.ts';

const log = createLogger('snapshot/load');

export interface LoadProgress extends ScriptProgress {
  /** The dump being loaded, e.g. dumps/03-Track.sql.gz. */
  readonly dump: string;
}

export interface LoadOptions {
  readonly onProgress?: (progress: LoadProgress) => void;
  readonly signal?: AbortSignal;
}

export interface LoadResult {
  readonly statements: number;
  readonly rows: number;
  /** SQL bytes read (decompressed). */
  readonly bytes: number;
  /** Statements dropped because they would leave the throwaway database (CREATE DATABASE, USE, \connect). */
  readonly skipped: readonly SkippedStatement[];
  /** Statements run with the account they name as definer or owner replaced by the loading user
   * (DEFINER=`root`@`localhost` → DEFINER=CURRENT_USER, OWNER TO postgres → OWNER TO CURRENT_USER). */
  readonly rewritten: readonly RewrittenStatement[];
  /** How the snapshot was proven whole, or that it could not be. */
  readonly completeness: SnapshotCompleteness;
  /** Why completeness is 'unproven', for the report. */
  readonly unprovenReason?: string;
  /** The database the dump creates or switches to (CREATE DATABASE x, USE x, \connect x), if it names one. */
  readonly database?: string;
  /** Server warnings raised while loading (e.g. MariaDB truncations). */
  readonly warnings: readonly ServerWarning[];
}

/** How a loaded snapshot was proven whole: by its manifest (archives, database files checked by their
 * engine), by its dump tool's trailer (plain dumps), by the row counts the scenario declares for a
 * hand-made dump (harness/run/declared-rows.ts), or not at all. */
export const SNAPSHOT_COMPLETENESS = ['manifest', 'trailer', 'declared', 'unproven'] as const;
export type SnapshotCompleteness = (typeof SNAPSHOT_COMPLETENESS)[number];

export async function loadSnapshot(snapshot: Snapshot, connection: Connection, options: LoadOptions = {}): Promise<LoadResult> {
  checkEngine(snapshot, connection.kind);
  if (snapshot.kind === DATABASE_FILE_SNAPSHOT) {
    const format = getEngine(connection.kind).databaseFile;
    if (!format) throw new BadInputError(`snapshot ${basename(snapshot.file)} is a database file; it can only be loaded into a source of its own engine, not ${connection.kind}`);
    const rows = await format.copyInto(snapshot.file, connection);
    return { statements: 0, rows, bytes: 0, skipped: [], rewritten: [], warnings: [], completeness: 'manifest' };
  }
  const rules = getEngine(connection.kind).plainDump;
  const restore = getEngine(connection.kind).archiveRestore;
  const filter = createEscapeFilter(connection.dialect, rules);
  let tail: Buffer = Buffer.alloc(0);
  const warnings: ServerWarning[] = [];
  let done = { statements: 0, rows: 0, bytes: 0 };
  for await (const stored of snapshot.sqlDumps()) {
    const dump = await asPlainSql(stored, restore);
    log.debug(`loading ${dump.name}`);
    const before = done;
    try {
      const kept = keepingTail(dump.stream, (last) => {
        tail = last;
      });
      const result = await connection.runScript(kept, {
        transform: filter.transformFor(dump.name),
        requireTerminator: true,
        bulk: true,
        signal: options.signal,
        onProgress: (p) =>
          options.onProgress?.({ dump: dump.name, statements: before.statements + p.statements, rows: before.rows + p.rows, bytes: before.bytes + p.bytes }),
      });
      done = { statements: before.statements + result.statements, rows: before.rows + result.rows, bytes: before.bytes + result.bytes };
      warnings.push(...result.warnings);
    } catch (error) {
      const named = error instanceof UnterminatedStatementError ? new BadInputError(`dump ${dump.name}: ${error.message}`, { cause: error }) : error;
      throw (await integrityError(snapshot, dump, error)) ?? named;
    }
  }
  if (done.statements === 0) {
    throw new BadInputError(`snapshot ${basename(snapshot.file)} holds no SQL statement: an empty or wrong file cannot stand for production`);
  }
  // The manifest's row counts are read through unqualified names: pg_dump's empty search_path (a plain
  // dump or a custom-format member converted by pg_restore) must not outlive the load before that.
  for (const statement of rules?.sessionReset ?? []) await connection.execute(statement);
  await checkRowCounts(snapshot, connection);
  const loaded = { ...done, skipped: filter.skipped, rewritten: filter.rewritten, warnings, ...(filter.database === undefined ? {} : { database: filter.database }) };
  if (snapshot.manifest) return { ...loaded, completeness: 'manifest' };
  if (rules?.recognisesCompleteDump(tail.toString('utf8'))) return { ...loaded, completeness: 'trailer' };
  const unprovenReason = rules
    ? `${basename(snapshot.file)} does not end with the trailer ${rules.tools} writes after the last statement, and has no manifest: nothing proves the dump is whole`
    : `${basename(snapshot.file)} has no manifest and ${connection.kind} dumps have no recognised trailer: nothing proves the dump is whole`;
  return { ...loaded, completeness: 'unproven', unprovenReason };
}

/** The stream, passed through unchanged, reporting its last {@link DUMP_TAIL_BYTES} bytes as they go. */
function keepingTail(stream: Readable, onTail: (tail: Buffer) => void): Readable {
  async function* pass(): AsyncGenerator<Buffer> {
    let tail: Buffer = Buffer.alloc(0);
    for await (const chunk of stream as AsyncIterable<Buffer | string>) {
      const bytes = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk;
      tail = bytes.length >= DUMP_TAIL_BYTES ? bytes.subarray(bytes.length - DUMP_TAIL_BYTES) : Buffer.concat([tail, bytes]).subarray(-DUMP_TAIL_BYTES);
      onTail(tail);
      yield bytes;
    }
  }
  return Readable.from(pass(), { objectMode: false });
}

/**
 * Copies a SQLite snapshot to `targetFile` (stream copy through a .partial file), for providers that
 * open the source database from a file rather than loading into an open connection.
 */
export async function loadSqliteFile(snapshot: Snapshot, targetFile: string): Promise<void> {
  if (snapshot.kind !== DATABASE_FILE_SNAPSHOT) {
    throw new BadInputError(`snapshot ${basename(snapshot.file)} is a ${snapshot.kind} snapshot, not a database file; load it with loadSnapshot`);
  }
  const partial = `${targetFile}.partial`;
  try {
    await pipeline(createReadStream(snapshot.file), createWriteStream(partial));
    await rename(partial, targetFile);
  } catch (error) {
    await rm(partial, { force: true });
    throw error;
  }
}

function checkEngine(snapshot: Snapshot, target: EngineKind): void {
  if (snapshot.engine && !sameFamily(snapshot.engine, target)) {
    throw new BadInputError(
      `snapshot ${basename(snapshot.file)} was taken from ${snapshot.engine} and cannot be loaded into a ${target} source; use a ${snapshot.engine} source database or a snapshot of the right engine`,
    );
  }
}

/**
 * When a dump failed to load, a corrupt snapshot explains it better than the SQL error the corruption
 * caused, which may come before the end of the member where its hash is checked. So on failure the whole
 * snapshot is verified (one more read of the file, on the error path only).
 */
async function integrityError(snapshot: Snapshot, dump: SqlDump, error: unknown): Promise<Error | undefined> {
  if (!dump.stream.destroyed) dump.stream.destroy();
  if (error instanceof RehearseError && error.kind === 'interrupted') return undefined;
  try {
    await snapshot.verify();
    return undefined;
  } catch (corrupt) {
    if (!(corrupt instanceof BadInputError)) return undefined;
    return new BadInputError(`${corrupt.message} (loading ${dump.name} failed with: ${errorMessage(error)})`, { cause: error });
  }
}

async function checkRowCounts(snapshot: Snapshot, connection: Connection): Promise<void> {
  const differences: string[] = [];
  for (const table of snapshot.manifest?.tables ?? []) {
    const loaded = await connection.introspector.countRows(table.name);
    if (loaded !== table.rows) differences.push(`snapshot says ${table.name} has ${table.rows} rows, ${loaded} were loaded`);
  }
  if (differences.length > 0) {
    throw new BadInputError(
      `snapshot ${basename(snapshot.file)} did not load completely: ${differences.join('; ')}. Check the load warnings, or recreate the snapshot`,
    );
  }
}
