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
export { RehearseError, BadInputError, InfrastructureError, errorMessage, ERROR_KINDS, type ErrorKind } from './errors.ts';
export { createLogger, type Logger } from './log.ts';
export type { ColumnInfo } from './engine/engine.ts';
export { SqlStatementError } from './engine/sql-error.ts';
export type { SnapshotManifest, MediaManifestEntry } from './snapshot/snapshot-format.ts';
export { createSnapshotWriter, type SnapshotWriter, type SnapshotWriterOptions, type ContentSource } from './snapshot/snapshot-writer.ts';
export { mysqlLiteral, postgresLiteral, type LiteralWriter } from './snapshot/sql-literal.ts';
export { MariaDbDumpSource } from './snapshot/mariadb-dump-source.ts';
export { BATCH_ROWS, BATCH_BYTES } from './snapshot/table-dump.ts';
export { resolveTagLibrary, TAG_LIBRARY_NAMES, type TagLibraryName, type TagLibrary } from './tagging/tag-libraries.ts';
export { removeAccents, parseTagInput, editStringForTags, djangoTagging, DJANGO_TAGGING } from './tagging/tag-libraries.ts';
export { parseTaggit, djangoTaggit, DJANGO_TAGGIT, parseTags, renderTags, tagulous, TAGULOUS } from './tagging/tag-libraries.ts';
export type { DjangoTaggingOptions } from './tagging/django-tagging.ts';
export type { DjangoTaggitOptions } from './tagging/django-taggit.ts';
export type { TagulousOptions } from './tagging/tagulous.ts';
export type { DumpSource, DumpColumn } from './snapshot/dump-source.ts';
export { defineDomain, type Domain, type DomainDefinition } from './domain/define-domain.ts';
export { GENERATOR_OPTION_KINDS, type Generator, type GeneratorOption, type GeneratorOptionKind, type GeneratorOptionValues, type GeneratorProgress, type GeneratorResult } from './domain/generator.ts';
export { slugify, DJANGO_SLUGIFY_VERSIONS, type DjangoSlugifyVersion, type SlugifyOptions } from './text/slugify.ts';
export { editStringForTaggit } from './tagging/django-taggit.ts';
export { tagulousSlug, type TagulousSlugOptions } from './tagging/tagulous.ts';
