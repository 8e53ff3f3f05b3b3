/**
 * MariaDB/MySQL warnings that mean rows or values were silently lost: what the server raises instead of
 * an error when `sql_mode` is not strict or the statement uses IGNORE. The seed procedure for Pod v1 → v2
 * even recommends turning strict mode off to get past "Data too long for column 'tags'", which turns the
 * error into warning 1265 and a truncated value.
 * Codes: https://mariadb.com/kb/en/mariadb-error-code-reference/ ; strict mode and IGNORE:
 * https://mariadb.com/kb/en/sql-mode/#strict-mode
 */
import type { DataLossWarning } from '../engine-definition.ts';
import type { ServerWarning } from '../engine.ts';
import { statementExcerpt } from '../sql-error.ts';

export const MARIADB_DATA_LOSS_WARNINGS: readonly DataLossWarning[] = [
  { code: '1265', name: 'WARN_DATA_TRUNCATED', meaning: 'value truncated to fit the column' },
  { code: '1264', name: 'ER_WARN_DATA_OUT_OF_RANGE', meaning: 'number clipped to the column range' },
  { code: '1366', name: 'ER_TRUNCATED_WRONG_VALUE_FOR_FIELD', meaning: 'incorrect string value: characters lost (charset)' },
  { code: '1062', name: 'ER_DUP_ENTRY', meaning: 'duplicate key: the row was skipped (INSERT IGNORE)' },
  { code: '1452', name: 'ER_NO_REFERENCED_ROW_2', meaning: 'foreign key failure ignored: the row was skipped' },
  { code: '1048', name: 'ER_BAD_NULL_ERROR', meaning: 'NULL into a NOT NULL column: replaced by a default' },
  { code: '1406', name: 'ER_DATA_TOO_LONG', meaning: 'value too long for the column: truncated' },
  { code: '1260', name: 'ER_CUT_VALUE_GROUP_CONCAT', meaning: 'GROUP_CONCAT result cut at group_concat_max_len: list items lost' },
];

/** One row of SHOW WARNINGS (https://mariadb.com/kb/en/show-warnings/). */
export interface WarningRow {
  readonly Level: string;
  readonly Code: number;
  readonly Message: string;
}

const LEVELS = { note: 'note', warning: 'warning', error: 'error' } as const;

/**
 * The warnings of statement `sql` as SHOW WARNINGS listed them. It lists at most max_error_count (default
 * 64) entries; when the statement's result counted more (`count`), a note says how many were not listed.
 */
export function listedWarnings(kind: 'mariadb' | 'mysql', sql: string, count: number, rows: readonly WarningRow[]): ServerWarning[] {
  const statement = statementExcerpt(sql);
  const warnings: ServerWarning[] = rows.map((row) => ({
    engine: kind,
    code: String(row.Code),
    level: LEVELS[row.Level.toLowerCase() as keyof typeof LEVELS] ?? 'warning',
    message: row.Message,
    statement,
  }));
  if (count > warnings.length) {
    const message = `${count} warnings raised, ${warnings.length} listed by SHOW WARNINGS (max_error_count)`;
    warnings.push({ engine: kind, code: 'warnings-not-listed', level: 'note', message, statement });
  }
  return warnings;
}
