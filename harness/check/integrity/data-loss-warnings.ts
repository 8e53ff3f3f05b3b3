/**
 * Server warnings that mean rows or values were silently lost: what MariaDB/MySQL raise instead of an
 * error when `sql_mode` is not strict or the statement uses IGNORE. The seed procedure for Pod v1 → v2
 * even recommends turning strict mode off to get past "Data too long for column 'tags'", which turns the
 * error into warning 1265 and a truncated value.
 * Codes: https://mariadb.com/kb/en/mariadb-error-code-reference/ ; strict mode and IGNORE:
 * https://mariadb.com/kb/en/sql-mode/#strict-mode
 */
import type { CapturedWarning, CheckExample } from '../check.ts';

export const DATA_LOSS_WARNINGS = [
  { code: '1265', name: 'WARN_DATA_TRUNCATED', meaning: 'value truncated to fit the column' },
  { code: '1264', name: 'ER_WARN_DATA_OUT_OF_RANGE', meaning: 'number clipped to the column range' },
  { code: '1366', name: 'ER_TRUNCATED_WRONG_VALUE_FOR_FIELD', meaning: 'incorrect string value: characters lost (charset)' },
  { code: '1062', name: 'ER_DUP_ENTRY', meaning: 'duplicate key: the row was skipped (INSERT IGNORE)' },
  { code: '1452', name: 'ER_NO_REFERENCED_ROW_2', meaning: 'foreign key failure ignored: the row was skipped' },
  { code: '1048', name: 'ER_BAD_NULL_ERROR', meaning: 'NULL into a NOT NULL column: replaced by a default' },
  { code: '1406', name: 'ER_DATA_TOO_LONG', meaning: 'value too long for the column: truncated' },
  { code: '1260', name: 'ER_CUT_VALUE_GROUP_CONCAT', meaning: 'GROUP_CONCAT result cut at group_concat_max_len: list items lost' },
] as const;

export type DataLossCode = (typeof DATA_LOSS_WARNINGS)[number]['code'];
export const DATA_LOSS_CODES: readonly string[] = DATA_LOSS_WARNINGS.map((w) => w.code);

/** Engines whose warning codes are the MariaDB/MySQL numbers above. */
const MYSQL_FAMILY = new Set(['mariadb', 'mysql']);

export interface WarningGroup {
  readonly code: string;
  readonly during: string;
  readonly role: 'source' | 'target';
  readonly count: number;
  readonly first: CapturedWarning;
}

/** Data-loss warnings grouped by code, step and side, in order of first occurrence. */
export function groupDataLossWarnings(warnings: readonly CapturedWarning[]): WarningGroup[] {
  const groups = new Map<string, { code: string; during: string; role: 'source' | 'target'; count: number; first: CapturedWarning }>();
  for (const w of warnings) {
    if (!MYSQL_FAMILY.has(w.engine) || !DATA_LOSS_CODES.includes(w.code)) continue;
    const key = `${w.code}\u0000${w.during}\u0000${w.role}`;
    const group = groups.get(key);
    if (group) group.count++;
    else groups.set(key, { code: w.code, during: w.during, role: w.role, count: 1, first: w });
  }
  return [...groups.values()];
}

/**
 * How many warnings were raised but never seen: the engine layer's `warnings-dropped` note (past its
 * per-connection limit) and `warnings-not-listed` note (SHOW WARNINGS stops at max_error_count).
 */
export function droppedWarnings(warnings: readonly CapturedWarning[]): number {
  let dropped = 0;
  for (const w of warnings) {
    if (w.code === 'warnings-dropped') dropped += Number(/^(\d+)/.exec(w.message)?.[1] ?? 0);
    if (w.code === 'warnings-not-listed') {
      const m = /^(\d+) warnings raised, (\d+) listed/.exec(w.message);
      if (m) dropped += Number(m[1]) - Number(m[2]);
    }
  }
  return dropped;
}

/**
 * Warning texts without the data values they quote: string literals of the statement become '?', and the
 * values in "Duplicate entry '…'" and "Incorrect … value: '…'" are elided (an e-mail address or a name
 * must not reach the report). Column and key names are kept.
 */
export function redactStatement(statement: string): string {
  return statement.replace(/'(?:[^'\\]|\\.|'')*'/g, "'?'").replace(/"(?:[^"\\]|\\.|"")*"/g, (m) => (/^"\w+"$/.test(m) ? m : '"?"'));
}

export function redactMessage(message: string): string {
  return message
    .replace(/(Duplicate entry )'.*?'( for key)/, "$1'…'$2")
    .replace(/(Incorrect \w+ value: )'.*?'( for column)/, "$1'…'$2");
}

export function describeWarningGroup(group: WarningGroup): CheckExample {
  const meaning = DATA_LOSS_WARNINGS.find((w) => w.code === group.code)?.meaning ?? '';
  const times = group.count === 1 ? 'once' : `${group.count} times`;
  const statement = group.first.statement ? `; first statement: ${redactStatement(group.first.statement)}` : '';
  return {
    subject: `warning ${group.code} during "${group.during}" (${group.role})`,
    detail: `${redactMessage(group.first.message)} — ${meaning}, ${times}${statement}`,
  };
}
