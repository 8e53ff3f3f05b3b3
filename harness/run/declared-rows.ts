/**
 * A hand-made dump has no trailer to prove its end, but its author knows what it holds: a scenario may
 * declare the row count of every table its snapshot creates (`snapshotRows`). After loading, the source
 * must hold exactly those tables with exactly those counts; a dump cut between two statements, or another
 * dump given with --snapshot, then ends the run in ERROR instead of loading part of the data.
 */
import type { Connection } from '../engine/engine.ts';
import { BadInputError } from '../errors.ts';

/** Throws a {@link BadInputError} naming the first table whose rows differ from the declaration. */
export async function proveDeclaredRows(connection: Connection, declared: Readonly<Record<string, number>>, snapshotName: string): Promise<void> {
  const tables = (await connection.introspector.listTables()).map((t) => t.name);
  const find = (name: string) => tables.find((t) => t === name) ?? tables.find((t) => t.toLowerCase() === name.toLowerCase());
  const where = `snapshot ${snapshotName} does not hold what the scenario's snapshotRows declare`;
  for (const [name, rows] of Object.entries(declared)) {
    const table = find(name);
    if (table === undefined) throw new BadInputError(`${where}: table ${name} is missing (a cut or another dump?)`);
    const [row] = await connection.query(`SELECT COUNT(*) AS n FROM ${connection.dialect.quoteIdentifier(table)}`);
    const found = Number(Object.values(row ?? {})[0] ?? 0);
    if (found !== rows) throw new BadInputError(`${where}: table ${name} has ${found} rows, ${rows} declared (a cut or another dump?)`);
  }
  const extra = tables.filter((t) => !Object.keys(declared).some((name) => name.toLowerCase() === t.toLowerCase()));
  if (extra.length) throw new BadInputError(`${where}: table(s) ${extra.join(', ')} not declared`);
}
