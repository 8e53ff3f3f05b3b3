/**
 * MariaDB/MySQL warnings that mean rows or values were silently lost: what the server raises instead of
 * an error when `sql_mode` is not strict or the statement uses IGNORE. The seed procedure for Pod v1 → v2
 * even recommends turning strict mode off to get past "Data too long for column 'tags'", which turns the
 * error into warning 1265 and a truncated value.
 * Codes: https://mariadb.com/kb/en/mariadb-error-code-reference/ ; strict mode and IGNORE:
 * https://mariadb.com/kb/en/sql-mode/#strict-mode
 */
import type { DataLossWarning } from '../engine-definition.ts';

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
