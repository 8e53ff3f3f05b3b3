/**
 * Which name each side's throwaway database is created under: the scenario's `database` when set, else
 * for the source the name its dump expects (read before the servers start, expected-database.ts), else
 * the providers' default ("rehearse"). A dump's name that no provider may create (a server's own
 * database such as `mysql`, or characters outside the allowed ones) is not used: the database keeps the
 * default, and statements qualified with the dump's name fail rather than reach that database.
 */
import { getEngine } from '../engine/engine-registry.ts';
import { scriptDialect } from '../engine/sql-script/run-script.ts';
import { RehearseError } from '../errors.ts';
import { databaseNameProblem } from '../provider/database-name.ts';
import type { DatabaseRole } from '../provider/provider.ts';
import type { ScenarioConfig } from '../scenario/define-scenario.ts';
import { expectedDatabase } from '../snapshot/expected-database.ts';
import type { Snapshot } from '../snapshot/snapshot.ts';

/** Each side's name, undefined for the provider's default (and for file databases, which have none). */
export type DatabaseNames = Readonly<Record<DatabaseRole, string | undefined>>;

/** What {@link chooseDatabaseNames} decided. */
export interface ChosenNames {
  readonly names: DatabaseNames;
  /** The name the source's dump expects, when it gives one. */
  readonly expected?: string;
  /** A sentence for the report about that name. */
  readonly detail?: string;
}

/** The names to create, and what the report says about the one the dump expects, if any. */
export async function chooseDatabaseNames(scenario: ScenarioConfig, snapshot: Snapshot | undefined): Promise<ChosenNames> {
  const source = scenario.source;
  const target = scenario.target.database;
  const hasServer = getEngine(source.engine).capabilities.supportsCreateDatabase;
  const expected = snapshot && hasServer ? await expectedDatabase(snapshot, scriptDialect(source.engine), getEngine(source.engine).plainDump) : undefined;
  if (!expected) return { names: { source: source.database, target } };
  const named = `the dump expects database ${expected.name} (${expected.dump} byte ${expected.offset})`;
  if (source.database !== undefined) {
    return { names: { source: source.database, target }, expected: expected.name, detail: `${named}; the scenario's source.database ${source.database} is used instead` };
  }
  const problem = databaseNameProblem(expected.name, source.engine);
  if (problem) {
    return { names: { source: undefined, target }, expected: expected.name, detail: `${named}, which is not created: its name ${problem}` };
  }
  return { names: { source: expected.name, target }, expected: expected.name, detail: named };
}

/**
 * A load failure on a database not named as the dump expects (the scenario chose another name, or
 * --provider server keeps its unique one) is most likely a statement qualified with the dump's name:
 * the error says so, with both names. Other errors are returned as they are.
 */
export function withNameHint(error: unknown, expected: string | undefined, actual: string): unknown {
  if (expected === undefined || expected === actual || !(error instanceof RehearseError) || error.kind !== 'bad-input') return error;
  return new RehearseError(
    error.kind,
    `${error.message} (the dump expects database ${expected} but the throwaway database is ${actual}: statements qualified with ${expected} fail there, by design)`,
    { cause: error },
  );
}
