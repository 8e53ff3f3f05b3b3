/**
 * Server warnings that mean rows or values were silently lost. Which codes those are is each engine's
 * knowledge (EngineDefinition.dataLossWarnings, e.g. harness/engine/mariadb/mariadb-warnings.ts); this
 * file groups and words them for the integrity check.
 */
import type { CapturedWarning, CheckExample } from '../check.ts';
import type { DataLossWarning } from '../../engine/engine-definition.ts';
import { getEngine, listEngines } from '../../engine/engine-registry.ts';

/** Every engine's data-loss codes, for the check's description. */
export const DATA_LOSS_CODES: readonly string[] = [...new Set(listEngines().flatMap((e) => e.dataLossWarnings.map((w) => w.code)))];

/** The data-loss meaning of a captured warning, undefined when its engine does not count it as loss. */
export function dataLossWarning(warning: Pick<CapturedWarning, 'engine' | 'code'>): DataLossWarning | undefined {
  return getEngine(warning.engine).dataLossWarnings.find((w) => w.code === warning.code);
}

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
    if (!dataLossWarning(w)) continue;
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
  const meaning = dataLossWarning(group.first)?.meaning ?? '';
  const times = group.count === 1 ? 'once' : `${group.count} times`;
  const statement = group.first.statement ? `; first statement: ${redactStatement(group.first.statement)}` : '';
  return {
    subject: `warning ${group.code} during "${group.during}" (${group.role})`,
    detail: `${redactMessage(group.first.message)} — ${meaning}, ${times}${statement}`,
  };
}
