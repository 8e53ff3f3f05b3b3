/**
 * Databases for the snapshot tests: one server container per test file (test/support/test-databases.ts,
 * through the container provider), and fresh empty databases created inside it by name, so that a snapshot can be loaded
 * "into a fresh database" without starting a second container.
 */
import { createReadStream } from 'node:fs';
import { join } from 'node:path';
import type { Connection } from '../../harness/engine/engine.ts';
import { openConnection } from '../../harness/engine/open-connection.ts';
import { createSnapshotWriter } from '../../harness/snapshot/snapshot-writer.ts';
import type { SnapshotManifest } from '../../harness/snapshot/snapshot-format.ts';
import { startTestDatabase, type TestDatabase } from '../support/test-databases.ts';
import { CHINOOK_ROW_COUNTS } from '../engine/chinook.ts';
import { CHINOOK } from './snapshot-files.ts';

export { startTestDatabase, type TestDatabase, CHINOOK_ROW_COUNTS };

/** Creates database `name` on the server of `server` and returns its URL. */
export async function freshDatabase(server: TestDatabase, name: string): Promise<string> {
  const admin = await openConnection(server.url);
  try {
    await admin.execute(`CREATE DATABASE ${admin.dialect.quoteIdentifier(name)}`);
  } finally {
    await admin.close();
  }
  const url = new URL(server.url);
  url.pathname = `/${name}`;
  return url.toString();
}

export async function withConnection<T>(url: string, use: (connection: Connection) => Promise<T>): Promise<T> {
  const connection = await openConnection(url);
  try {
    return await use(connection);
  } finally {
    await connection.close();
  }
}

/** The published Chinook script of an engine packed as a snapshot, with its row counts in the manifest. */
export async function chinookSnapshot(
  file: string,
  engine: 'mariadb' | 'postgres',
  tables: readonly { name: string; rows: number }[],
): Promise<SnapshotManifest> {
  const script = engine === 'mariadb' ? 'Chinook_MySql.sql' : 'Chinook_PostgreSql.sql';
  const writer = await createSnapshotWriter(file, { engine, serverVersion: 'unknown', createdBy: 'test: Chinook 1.4.5' });
  await writer.addSqlDump('chinook', createReadStream(join(CHINOOK, script)), { gzip: true });
  writer.setTables(tables);
  return writer.finish();
}

export async function rowCounts(url: string): Promise<Record<string, number>> {
  return withConnection(url, async (connection) => {
    const counts: Record<string, number> = {};
    for (const table of await connection.introspector.listTables()) counts[table.name] = await connection.introspector.countRows(table.name);
    return counts;
  });
}
