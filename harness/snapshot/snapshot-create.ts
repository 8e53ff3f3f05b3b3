/**
 * `rehearse snapshot create`: a snapshot of a live database, written only with reads (SELECT and
 * introspection inside one consistent read-only transaction). One gzip dump per table in foreign-key
 * order, each holding the table's DDL and its rows, plus a final constraints dump where the engine needs
 * one. The manifest records every table's row count, so loading the snapshot can prove it is complete.
 */
import type { Connection } from '../engine/engine.ts';
import { openConnection } from '../engine/open-connection.ts';
import { BadInputError } from '../errors.ts';
import { createLogger } from '../log.ts';
import type { DumpSource } from '../engine/dump-source.ts';
import { getEngine } from '../engine/engine-registry.ts';
import type { SnapshotManifest } from './snapshot-format.ts';
import { createSnapshotWriter } from './snapshot-writer.ts';
import { orderByDependencies } from './table-order.ts';
import { statementsDump, tableDump, type TableDumpCounter } from './table-dump.ts';

const log = createLogger('snapshot/create');

export const CREATED_BY = 'rehearse snapshot create';
/** Name of the last dump, which adds the constraints and indexes (PostgreSQL). */
export const CONSTRAINTS_DUMP = 'constraints';

export interface CreateProgress {
  readonly table: string;
  /** 1-based position of the table in the dump order. */
  readonly tableIndex: number;
  readonly tableCount: number;
  /** Rows of this table dumped so far. */
  readonly rows: number;
}

export interface CreateOptions {
  readonly onProgress?: (progress: CreateProgress) => void;
}

/** Opens `url`, snapshots it into `outFile` and closes the connection. */
export async function createSnapshotFromDatabase(url: string, outFile: string, options: CreateOptions = {}): Promise<SnapshotManifest> {
  const connection = await openConnection(url);
  try {
    return await createSnapshotFromConnection(connection, outFile, options);
  } finally {
    await connection.close();
  }
}

/** Snapshots the database `connection` is connected to; the connection is left open. */
export async function createSnapshotFromConnection(
  connection: Connection,
  outFile: string,
  options: CreateOptions = {},
): Promise<SnapshotManifest> {
  const source = dumpSourceFor(connection);
  const serverVersion = await connection.serverVersion();
  await source.begin();
  const writer = await createSnapshotWriter(outFile, { engine: connection.kind, serverVersion, createdBy: CREATED_BY });
  try {
    const tables = orderByDependencies(
      (await connection.introspector.listTables()).map((t) => t.name),
      await connection.introspector.foreignKeys(),
    );
    const counts: { name: string; rows: number }[] = [];
    for (const [index, table] of tables.entries()) {
      const counter: TableDumpCounter = { rows: 0 };
      const report = (): void =>
        options.onProgress?.({ table, tableIndex: index + 1, tableCount: tables.length, rows: counter.rows });
      report();
      await writer.addSqlDump(table, tableDump(connection, source, table, counter, report), { gzip: true });
      counts.push({ name: table, rows: counter.rows });
      log.debug(`dumped ${table}: ${counter.rows} rows`);
    }
    const constraints = await source.constraints(tables);
    if (constraints.length > 0) await writer.addSqlDump(CONSTRAINTS_DUMP, statementsDump(source, constraints), { gzip: true });
    writer.setTables(counts);
    await source.end();
    return await writer.finish();
  } catch (error) {
    await writer.abort();
    await source.end().catch(() => undefined);
    throw error;
  }
}

function dumpSourceFor(connection: Connection): DumpSource {
  const engine = getEngine(connection.kind);
  if (!engine.capabilities.needsServer) {
    throw new BadInputError(
      `a ${connection.kind} database is a file and already a snapshot: pass the file itself to --snapshot instead of running snapshot create`,
    );
  }
  if (!engine.dumpSource) throw new BadInputError(`rehearse cannot snapshot a ${connection.kind} database yet; give a dump made with the engine's own tools`);
  return engine.dumpSource(connection);
}
