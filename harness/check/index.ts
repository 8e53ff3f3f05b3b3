/**
 * The generic checks, as scenario files import them. Domain checks (tags, media references, integrity)
 * live beside them and are exported from their own modules.
 */
export { rowCounts, type RowCountsOptions, type TableMapping, type ExpectedCount } from './row-counts.ts';
export { query, type QueryCheckOptions, type QuerySql } from './query-check.ts';
export { schema, type SchemaCheckOptions, type TableRequirement } from './schema-check.ts';
export { compareSortedRows, type CompareRowsOptions, type ColumnNormalizer, type RowDiff } from './compare-rows.ts';
export { compareUnorderedRows, type CompareUnorderedOptions } from './compare-unordered-rows.ts';
export { valuesEqual, compareKeyValues, renderValue, maskValue, type ValueOptions } from './normalize-value.ts';
export type { Check, CheckContext, CheckOutcome, CheckExample, Severity, TableOutcome } from './check.ts';
