/**
 * The scenario file's shape. A scenario is a TypeScript module, scenarios/NAME/scenario.ts, whose default
 * export is `defineScenario({...})`:
 *
 * ```ts
 * import { defineScenario, sql, rowCounts } from 'rehearse';
 * export default defineScenario({
 *   name: 'shop-mariadb-to-postgres',
 *   source: { engine: 'mariadb', image: 'mariadb:10.11', serverOptions: { 'sql-mode': '' } },
 *   target: { engine: 'postgres', image: 'postgres:15', setup: ['target-schema.sql'] },
 *   snapshot: 'data/shop.sql.gz',
 *   steps: [sql({ id: 'migrate', on: 'target', file: 'migrate.sql' })],
 *   checks: [rowCounts()],
 * });
 * ```
 */
import type { Check } from '../check/check.ts';
import type { EngineKind } from '../engine/engine.ts';
import type { Step } from '../step/step.ts';
import { withDefaultChecks } from './default-checks.ts';

export interface SideConfig {
  readonly engine: EngineKind;
  /** Image as users name it; mapped to a local stand-in when one exists (images/image-map.json). */
  readonly image?: string;
  /** Server options, e.g. MariaDB `{ 'default-storage-engine': 'MyISAM', 'sql-mode': '' }` to reproduce a legacy server. */
  readonly serverOptions?: Readonly<Record<string, string | number | boolean>>;
  readonly env?: Readonly<Record<string, string>>;
  /** SQL files (relative to the scenario folder) run when the database is up: on the source before the
   * snapshot is loaded (e.g. a schema for a data-only dump), on the target before the steps. */
  readonly setup?: readonly string[];
  /** The throwaway database's name, for a dump or migration that refers to its database by name
   * (`sakila.film`). Letters, digits, `_` and `-`, at most 63 characters, not one of the server's own.
   * @default the name the source's dump expects (its first CREATE DATABASE / USE / \connect), else "rehearse";
   * --provider server keeps its unique generated name whatever is set */
  readonly database?: string;
}

export interface ScenarioConfig {
  /** Lower-case name used in reports and `rehearse list`. */
  readonly name: string;
  readonly description?: string;
  readonly source: SideConfig;
  readonly target: SideConfig;
  /** Default snapshot, relative to the scenario folder; `rehearse run --snapshot` overrides it. */
  readonly snapshot?: string;
  /** `false`: a plain dump whose end nothing proves (no manifest, no mysqldump/pg_dump trailer) still
   * loads, with a warning in the report. @default such a dump ends the run in ERROR */
  readonly requireCompleteSnapshot?: false;
  /** The row count of every table the snapshot creates, for a hand-made dump without a trailer: checked
   * after loading (exactly these tables, exactly these counts), it proves the dump whole. */
  readonly snapshotRows?: Readonly<Record<string, number>>;
  /** May be empty: a comparison-only scenario checks a migration made by another tool. */
  readonly steps: readonly Step[];
  /** `contents()` is added unless listed here or `contents` is false (see default-checks.ts). */
  readonly checks: readonly Check[];
  /** `false`: no default every-table `contents()` check. @default contents() added */
  readonly contents?: false;
  /** Examples shown per failed check. @default 5 */
  readonly maxExamples?: number;
  /** How many checks run at the same time, each on connections of its own; 1 runs them one by one.
   * @default 2 */
  readonly checkConcurrency?: number;
  /** Time limits. A run over its limit ends in ERROR. */
  readonly timeouts?: {
    /** Starting both databases. @default 180000 */
    readonly startMs?: number;
    /** Loading the snapshot. @default 3600000 */
    readonly loadMs?: number;
    /** Each step unless the step says otherwise. @default 1800000 */
    readonly stepMs?: number;
    /** Each check. @default 1800000 */
    readonly checkMs?: number;
  };
}

export const SCENARIO_MARK = Symbol.for('rehearse.scenario');

export interface Scenario extends ScenarioConfig {
  readonly [SCENARIO_MARK]: true;
}

/** Identity with types; the loader validates the object (validate-scenario.ts) before anything starts. */
export function defineScenario(config: ScenarioConfig): Scenario {
  return { ...config, checks: withDefaultChecks(config.checks, config.contents), [SCENARIO_MARK]: true };
}
