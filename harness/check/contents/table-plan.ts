/**
 * Pairs source and target tables and columns from the declarations and the introspectors, and decides
 * for each column the SQL giving its canonical text on each side. Everything the algorithm compares is
 * decided here; everything left out is said here (dropped, ignored, streamed), never silently.
 */
import type { ValueClass } from '../../engine/canonical-text.ts';
import type { ColumnInfo, Connection } from '../../engine/engine.ts';
import { BadInputError } from '../../errors.ts';
import type { ColumnNormalization, ContentsTableOptions, DeclaredKey, ParsedContentsOptions } from './contents-options.ts';
import { DEFAULT_MASKED_COLUMNS } from './contents-options.ts';

export interface ColumnPlan {
  /** The source column name (or the target name of an added column), as shown in reports. */
  readonly name: string;
  readonly sourceColumn?: ColumnInfo;
  readonly targetColumn: ColumnInfo;
  readonly as: ValueClass;
  /** Canonical text SQL per side, normalisers applied; undefined when an engine cannot produce it. */
  readonly sourceText?: string;
  readonly targetText?: string;
  readonly masked: boolean;
  /** Relative difference accepted for a float column compared by streaming (0: none). */
  readonly tolerance?: number;
}

export interface TablePlan {
  readonly source: string;
  readonly target: string;
  /** Compared in SQL, in row-text order; key columns first. */
  readonly columns: readonly ColumnPlan[];
  /** How many of `columns` form the key (0: compared as a multiset). */
  readonly keyLength: number;
  /** The single integer key column, when the key range can be split into segments. */
  readonly integerKey?: { readonly source: string; readonly target: string };
  /** Columns whose canonical text one engine cannot give in SQL: compared by streaming. */
  readonly streamed: readonly ColumnPlan[];
  /** Declared row differences by key id ({@link keyId}). */
  readonly expected: ReadonlyMap<string, 'modified' | 'removed' | 'added'>;
  /** Source columns dropped on purpose and target-only columns declared unchecked, for the summary. */
  readonly notes: readonly string[];
}

export interface Plan {
  readonly tables: readonly TablePlan[];
  readonly dropped: readonly string[];
  /** Findings that fail the check before any row is read: tables or columns lost, target-only columns undeclared. */
  readonly problems: readonly { readonly subject: string; readonly detail: string }[];
  /** Target-only tables declared in `addedTables` or empty, for the summary. */
  readonly notes: readonly string[];
}

/** The one "column" of a table whose columns are all dropped: the same constant on both sides. */
const ROWS_ONLY: ColumnPlan = {
  name: '(row)',
  targetColumn: { name: '(row)', type: 'text', nullable: false },
  as: 'text',
  sourceText: "''",
  targetText: "''",
  masked: false,
};

/** The id of a row key: its canonical texts, JSON-encoded. */
export function keyId(texts: readonly (string | null)[]): string {
  return JSON.stringify(texts);
}

function declaredKeyId(key: DeclaredKey): string {
  const values = Array.isArray(key) ? key : [key];
  return keyId(values.map((v) => (v === null ? null : String(v))));
}

const caseless = (names: readonly string[], wanted: string) => names.find((n) => n === wanted) ?? names.find((n) => n.toLowerCase() === wanted.toLowerCase());
const squash = (name: string) => name.toLowerCase().replace(/_/g, '');
type Finder = (names: readonly string[], wanted: string) => string | undefined;
const finder = (matching: ParsedContentsOptions['nameMatching']): Finder =>
  matching === 'ignore-underscores' ? (names: readonly string[], wanted: string) => caseless(names, wanted) ?? names.find((n) => squash(n) === squash(wanted)) : caseless;
const lookup = <T>(record: Readonly<Record<string, T>> | undefined, name: string): T | undefined => {
  const key = caseless(Object.keys(record ?? {}), name);
  return key === undefined ? undefined : record![key];
};

/** The class both sides are read as when their columns are declared differently. */
export function commonClass(a: ValueClass, b: ValueClass): ValueClass {
  if (a === b) return a;
  const has = (x: ValueClass, y: ValueClass) => (a === x && b === y) || (a === y && b === x);
  if (has('integer', 'decimal')) return 'decimal';
  if (has('integer', 'boolean')) return 'integer';
  if (has('integer', 'float') || has('decimal', 'float')) return 'float';
  if (has('char', 'text') || has('char', 'enum')) return 'char';
  if (has('date', 'timestamp')) return 'timestamp';
  return 'text';
}

function normalized(expression: string | undefined, normalization: ColumnNormalization | undefined, side: 'source' | 'target'): string | undefined {
  if (expression === undefined || normalization === undefined) return expression;
  if (normalization === 'seconds') return `SUBSTR(${expression}, 1, 19)`;
  if (typeof normalization === 'string') return `${normalization.toUpperCase()}(${expression})`;
  const sql = normalization[side];
  return sql === undefined ? expression : sql.split('$value').join(`(${expression})`);
}

/** A declared source-side SQL expression with each `$row.column` replaced by the quoted source column. */
function rowExpression(where: string, sql: string, sourceNames: readonly string[], find: Finder, quote: (name: string) => string): string {
  return `(${sql.replace(/\$row\.([A-Za-z_][A-Za-z0-9_$]*)/g, (_match, column: string) => {
    const name = find(sourceNames, column);
    if (name === undefined) throw new BadInputError(`${where}: $row.${column} is not a column of the source table (${sourceNames.join(', ')})`);
    return quote(name);
  })})`;
}

function literalText(value: string | number | boolean): string {
  const text = typeof value === 'boolean' ? (value ? '1' : '0') : String(value);
  return `'${text.replace(/'/g, "''")}'`;
}

/** Builds the plan; throws {@link BadInputError} when a declaration names a table or column that does not exist. */
export async function planTables(id: string, options: ParsedContentsOptions, source: Connection, target: Connection): Promise<Plan> {
  const find = finder(options.nameMatching);
  const ignored = (name: string) => (options.ignore ?? []).some((p) => (typeof p === 'string' ? p.toLowerCase() === name.toLowerCase() : p.test(name)));
  const sourceTables = (await source.introspector.listTables()).map((t) => t.name).filter((n) => !ignored(n));
  const targetTables = (await target.introspector.listTables()).map((t) => t.name).filter((n) => !ignored(n));
  for (const name of Object.keys(options.tables ?? {})) {
    if (!find(sourceTables, name) && !ignored(name)) {
      throw new BadInputError(`check ${id}: tables.${name} is not a source table. Source tables: ${sourceTables.join(', ') || '(none)'}`);
    }
  }
  const tables: TablePlan[] = [];
  const dropped: string[] = [];
  const problems: { subject: string; detail: string }[] = [];
  for (const name of sourceTables) {
    const declared = lookup(options.tables, name);
    if (declared === false) {
      dropped.push(name);
      continue;
    }
    const table: ContentsTableOptions = typeof declared === 'string' ? { table: declared } : (declared ?? {});
    const targetName = find(targetTables, table.table ?? name);
    if (targetName === undefined) {
      problems.push({ subject: `table "${name}"`, detail: `missing in target (looked for "${table.table ?? name}"). Declare tables: { ${name}: 'new_name' } if renamed, or false if dropped on purpose.` });
      continue;
    }
    const plan = await planTable(id, options, name, targetName, table, source, target, find);
    problems.push(...plan.problems);
    tables.push(plan.table);
  }
  // A source table dropped on purpose leaves its namesake on the target uncompared too, as columns do.
  const namesakes = dropped.map((name) => find(targetTables, name)).filter((name): name is string => name !== undefined);
  const targetOnly = await planTargetOnlyTables(id, options, targetTables, new Set([...tables.map((t) => t.target), ...namesakes]), target, find);
  problems.push(...targetOnly.problems);
  return { tables, dropped, problems, notes: targetOnly.notes };
}

/**
 * Target tables no source table maps to. Their rows have no source to be compared with: one that holds
 * rows must be declared in `addedTables` with the reason, or the check fails; an empty one is only named.
 */
async function planTargetOnlyTables(
  id: string,
  options: ParsedContentsOptions,
  targetTables: readonly string[],
  compared: ReadonlySet<string>,
  target: Connection,
  find: Finder,
): Promise<{ notes: string[]; problems: { subject: string; detail: string }[] }> {
  const declared = new Map<string, string>();
  for (const [name, reason] of Object.entries(options.addedTables ?? {})) {
    const table = find(targetTables, name);
    if (table === undefined || compared.has(table)) {
      throw new BadInputError(`check ${id}: addedTables.${name} is not a target-only table${table === undefined ? '' : ` (a source table is mapped to "${table}")`}`);
    }
    declared.set(table, reason);
  }
  const notes: string[] = [];
  const problems: { subject: string; detail: string }[] = [];
  const empty: string[] = [];
  for (const table of targetTables.filter((t) => !compared.has(t))) {
    const reason = declared.get(table);
    if (reason !== undefined) {
      notes.push(`target-only table ${table} not compared: ${reason}`);
      continue;
    }
    const rows = await target.query(`SELECT 1 AS present FROM ${target.dialect.quoteIdentifier(table)} LIMIT 1`);
    if (rows.length === 0) {
      empty.push(table);
      continue;
    }
    problems.push({
      subject: `table "${table}"`,
      detail: `only in target, and it holds rows no declaration explains. Declare addedTables: { ${table}: 'why its rows need no source' }, or map a source table to it.`,
    });
  }
  if (empty.length) notes.push(`target-only tables, empty: ${empty.slice(0, 10).join(', ')}${empty.length > 10 ? `, … (${empty.length} in all)` : ''}`);
  return { notes, problems };
}

async function planTable(
  id: string,
  options: ParsedContentsOptions,
  sourceName: string,
  targetName: string,
  table: ContentsTableOptions,
  source: Connection,
  target: Connection,
  find: Finder,
): Promise<{ table: TablePlan; problems: { subject: string; detail: string }[] }> {
  const where = `check ${id}: tables.${sourceName}`;
  const [sourceColumns, targetColumns, primaryKey] = await Promise.all([
    source.introspector.listColumns(sourceName),
    target.introspector.listColumns(targetName),
    table.key ? Promise.resolve([...table.key]) : source.introspector.primaryKey(sourceName),
  ]);
  const sourceNames = sourceColumns.map((c) => c.name);
  const targetNames = targetColumns.map((c) => c.name);
  for (const [field, record] of [['columns', table.columns], ['normalize', table.normalize], ['as', table.as], ['tolerance', table.tolerance]] as const) {
    for (const column of Object.keys(record ?? {})) {
      if (!find(sourceNames, column)) throw new BadInputError(`${where}.${field}.${column} is not a column of source table "${sourceName}" (${sourceNames.join(', ')})`);
    }
  }
  for (const column of table.key ?? []) {
    if (!find(sourceNames, column)) throw new BadInputError(`${where}.key: "${column}" is not a column of source table "${sourceName}"`);
  }
  for (const column of Object.keys(table.added ?? {})) {
    if (!find(targetNames, column)) throw new BadInputError(`${where}.added.${column} is not a column of target table "${targetName}" (${targetNames.join(', ')})`);
  }
  const maskPatterns = [...(options.maskColumns ?? DEFAULT_MASKED_COLUMNS), ...(table.mask ?? [])];
  const masked = (column: string) => maskPatterns.some((p) => (typeof p === 'string' ? p.toLowerCase() === column.toLowerCase() : p.test(column)));
  const sc = source.dialect.canonical;
  const tc = target.dialect.canonical;
  const problems: { subject: string; detail: string }[] = [];
  const notes: string[] = [];
  const used = new Set<string>();
  const byName = new Map<string, ColumnPlan>();
  for (const column of sourceColumns) {
    const mapped = lookup(table.columns, column.name);
    if (mapped === false) {
      notes.push(`${sourceName}.${column.name} dropped on purpose`);
      continue;
    }
    const targetColumn = targetColumns.find((c) => c.name === find(targetNames, mapped ?? column.name));
    if (!targetColumn) {
      problems.push({
        subject: `column "${sourceName}.${column.name}"`,
        detail: `missing in target table "${targetName}". Declare tables: { ${sourceName}: { columns: { ${column.name}: 'new_name' } } } if renamed, or false if dropped on purpose.`,
      });
      continue;
    }
    used.add(targetColumn.name);
    const as = lookup(table.as, column.name) ?? commonClass(sc.classify(column), tc.classify(targetColumn));
    const normalization = lookup(table.normalize, column.name) ?? options.normalizeClasses?.[as];
    byName.set(column.name.toLowerCase(), {
      name: column.name,
      sourceColumn: column,
      targetColumn,
      as,
      sourceText: normalized(sc.text(source.dialect.quoteIdentifier(column.name), as, column), normalization, 'source'),
      targetText: normalized(tc.text(target.dialect.quoteIdentifier(targetColumn.name), as, targetColumn), normalization, 'target'),
      masked: masked(column.name) || masked(targetColumn.name),
      tolerance: as === 'float' ? (lookup(table.tolerance, column.name) ?? options.floatTolerance) : undefined,
    });
  }
  const added: ColumnPlan[] = [];
  for (const [name, declared] of Object.entries(table.added ?? {})) {
    const targetColumn = targetColumns.find((c) => c.name === find(targetNames, name))!;
    if (used.has(targetColumn.name)) {
      // Compared already with the source column mapped to it; a source column declared false frees its name.
      throw new BadInputError(`${where}.added.${name}: "${targetColumn.name}" is not target-only, a source column is compared with it (declare that column false to replace it)`);
    }
    used.add(targetColumn.name);
    if (declared !== null && typeof declared === 'object' && 'unchecked' in declared) {
      notes.push(`${targetName}.${targetColumn.name} not compared: ${declared.unchecked}`);
      continue;
    }
    const as = tc.classify(targetColumn);
    // The declared value or expression is read as text on the source side (see AddedColumn).
    const sourceValue =
      declared === null
        ? undefined
        : typeof declared === 'object'
          ? rowExpression(`${where}.added.${name}.source`, declared.source, sourceNames, find, source.dialect.quoteIdentifier.bind(source.dialect))
          : literalText(declared);
    added.push({
      name: targetColumn.name,
      targetColumn,
      as,
      sourceText: sourceValue === undefined ? 'NULL' : sc.text(sourceValue, 'text', { name, type: 'text', nullable: true }),
      targetText: tc.text(target.dialect.quoteIdentifier(targetColumn.name), as, targetColumn),
      masked: masked(name),
    });
  }
  // A source column dropped on purpose is not compared under its own name on the target either.
  for (const column of sourceColumns) {
    if (lookup(table.columns, column.name) !== false) continue;
    const same = find(targetNames, column.name);
    if (same !== undefined) used.add(same);
  }
  for (const extra of targetNames.filter((n) => !used.has(n))) {
    problems.push({
      subject: `column "${targetName}.${extra}"`,
      detail:
        `only in target table "${targetName}": nothing says what it must hold. Declare tables: { ${sourceName}: { added: { ${extra}: ` +
        `<the value every row holds> | { source: 'SQL using $row.column' } | { unchecked: 'reason' } } } }.`,
    });
  }
  const keyColumns = primaryKey.map((k) => byName.get(k.toLowerCase())).filter((c): c is ColumnPlan => c !== undefined);
  const keyUsable = keyColumns.length === primaryKey.length && keyColumns.length > 0 && keyColumns.every((c) => c.sourceText && c.targetText);
  const keys = keyUsable ? keyColumns : [];
  const rest = [...byName.values(), ...added].filter((c) => !keys.includes(c));
  const inSql = rest.filter((c) => c.sourceText !== undefined && c.targetText !== undefined);
  const streamed = rest.filter((c) => c.sourceText === undefined || c.targetText === undefined);
  const only = keys.length === 1 ? keys[0] : undefined;
  const integerKey =
    only && only.as === 'integer' && sc.classify(only.sourceColumn!) === 'integer' && tc.classify(only.targetColumn) === 'integer'
      ? { source: source.dialect.quoteIdentifier(only.sourceColumn!.name), target: target.dialect.quoteIdentifier(only.targetColumn.name) }
      : undefined;
  for (const column of Object.keys(table.tolerance ?? {})) {
    const plan = byName.get((find(sourceNames, column) ?? column).toLowerCase());
    if (plan && !streamed.includes(plan)) {
      throw new BadInputError(`${where}.tolerance.${column}: only float columns (compared by streaming) take a tolerance; "${column}" is compared exactly as ${plan.as}`);
    }
  }
  if (streamed.length && !keys.length) {
    throw new BadInputError(`${where}: columns ${streamed.map((c) => c.name).join(', ')} have no canonical text in SQL on one engine and the table has no usable key to stream them by; declare a key or drop them`);
  }
  const expected = new Map<string, 'modified' | 'removed' | 'added'>();
  for (const kind of ['modified', 'removed', 'added'] as const) {
    for (const key of table.expect?.[kind] ?? []) expected.set(declaredKeyId(key), kind);
  }
  if (expected.size && !keys.length) throw new BadInputError(`${where}.expect: the table has no key; declare key: [...] to name rows`);
  const compared = [...keys, ...inSql];
  if (!compared.length && !streamed.length) {
    // Every column dropped on purpose: the rows are still counted, as a multiset of empty rows.
    notes.push(`${sourceName}: no column compared, rows counted only`);
    compared.push(ROWS_ONLY);
  }
  return {
    table: { source: sourceName, target: targetName, columns: compared, keyLength: keys.length, integerKey, streamed, expected, notes },
    problems,
  };
}
