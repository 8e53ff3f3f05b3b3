/**
 * A hand-made dump is proven whole by the row counts its scenario declares: exactly the declared tables,
 * exactly the declared counts; a table cut short, missing or undeclared is bad input naming it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Connection } from '../../harness/engine/engine.ts';
import { BadInputError } from '../../harness/errors.ts';
import { proveDeclaredRows } from '../../harness/run/declared-rows.ts';
import { startTestDatabase, type TestDatabase } from '../support/test-databases.ts';

describe('snapshotRows: declared row counts prove a hand-made dump whole', () => {
  let database: TestDatabase;
  let connection: Connection;
  beforeAll(async () => {
    database = await startTestDatabase('sqlite');
    connection = await database.connect();
    await connection.runScript("CREATE TABLE Genre (id INTEGER PRIMARY KEY, name TEXT); INSERT INTO Genre VALUES (1, 'Rock'), (2, 'Jazz'); CREATE TABLE Artist (id INTEGER PRIMARY KEY); INSERT INTO Artist VALUES (1);");
  });
  afterAll(async () => {
    await connection?.close();
    await database?.stop();
  });

  it('accepts exactly the declared tables and counts, names matched case-insensitively', async () => {
    await expect(proveDeclaredRows(connection, { genre: 2, Artist: 1 }, 'dump.sql')).resolves.toBeUndefined();
  });

  it('refuses a table with fewer rows, a missing table and an undeclared one, naming each', async () => {
    await expect(proveDeclaredRows(connection, { Genre: 3, Artist: 1 }, 'dump.sql')).rejects.toThrow(/dump\.sql .*table Genre has 2 rows, 3 declared/);
    await expect(proveDeclaredRows(connection, { Genre: 2, Artist: 1, Track: 5 }, 'dump.sql')).rejects.toThrow(/table Track is missing/);
    await expect(proveDeclaredRows(connection, { Genre: 2 }, 'dump.sql')).rejects.toThrow(BadInputError);
    await expect(proveDeclaredRows(connection, { Genre: 2 }, 'dump.sql')).rejects.toThrow(/table\(s\) Artist not declared/);
  });
});
