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
export { contents } from './check/contents/contents-check.ts';
export { DEFAULT_MASKED_COLUMNS, NAMED_NORMALIZERS } from './check/contents/contents-options.ts';
export type { ContentsOptions, ContentsTableOptions, ColumnNormalization, ExpectedRowDifferences, DeclaredKey, AddedColumnDefault, NamedNormalizer } from './check/contents/contents-options.ts';
