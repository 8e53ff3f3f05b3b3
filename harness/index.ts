/**
 * What scenario files import. Everything here is public API; internal modules are not.
 */
export { defineScenario, type ScenarioConfig, type SideConfig, type Scenario } from './scenario/define-scenario.ts';
export { sql, type SqlStepOptions } from './step/sql-step.ts';
export { exec, type ExecStepOptions } from './step/exec-step.ts';
export { task, type TaskStepOptions } from './step/task-step.ts';
export type { Step, StepContext, StepOutput } from './step/step.ts';
export { copyTables, type CopyTablesOptions } from './migrate/copy-tables.ts';
export { rowCounts, query, schema } from './check/index.ts';
export type { RowCountsOptions, TableMapping, QueryCheckOptions, SchemaCheckOptions, Check, CheckContext, CheckOutcome, CheckExample, Severity } from './check/index.ts';
export type { Connection, Row, SqlValue, EngineKind } from './engine/engine.ts';
export type { RehearsalResult, Verdict } from './run/rehearsal-result.ts';
export { tags, type TagsOptions } from './check/tags/tags-check.ts';
export { mediaReferences, type MediaReferencesOptions } from './check/media-references/media-references-check.ts';
export { integrity, type IntegrityOptions } from './check/integrity/integrity-check.ts';
export { getEngine, listEngines, sameFamily } from './engine/engine-registry.ts';
export type { EngineDefinition, EngineFamily, DataLossWarning, DatabaseFileFormat } from './engine/engine-definition.ts';
export type { EngineCapabilities } from './engine/engine-capabilities.ts';
export type { Dialect } from './engine/engine.ts';
export type { DumpSource, DumpColumn } from './engine/dump-source.ts';
export { openScratchDatabase, type ScratchDatabase, type ScratchStatement, type ScratchValue, type ScratchDatabaseOptions } from './engine/sqlite/sqlite-scratch-database.ts';
