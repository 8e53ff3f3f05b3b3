/**
 * Child rows whose foreign key value has no parent row. Enforced foreign keys can still be violated
 * after a load with `FOREIGN_KEY_CHECKS=0` (the Pod v3 → v4 import disables them per table), and MyISAM,
 * SQLite and CSV imports enforce none, so declared-but-not-enforced relations are checked the same way.
 * A composite key counts as set only when all its columns are non-null (MATCH SIMPLE semantics,
 * https://mariadb.com/kb/en/foreign-keys/).
 */
import type { CheckExample } from '../check.ts';
import type { Connection, ForeignKeyInfo, SqlValue } from '../../engine/engine.ts';
import { renderValue } from '../normalize-value.ts';

export interface Relation {
  readonly table: string;
  readonly columns: readonly string[];
  readonly referencedTable: string;
  readonly referencedColumns: readonly string[];
  /** Where it comes from, for messages: the constraint name or "declared". */
  readonly origin: string;
}

export function relationFromForeignKey(fk: ForeignKeyInfo): Relation {
  return { table: fk.table, columns: fk.columns, referencedTable: fk.referencedTable, referencedColumns: fk.referencedColumns, origin: fk.name };
}

export function relationKey(r: Relation): string {
  return `${r.table}(${r.columns.join(',')})->${r.referencedTable}(${r.referencedColumns.join(',')})`;
}

export interface OrphanResult {
  readonly rows: number;
  readonly examples: CheckExample[];
}

/** Counts orphan child rows of one relation and lists up to `limit` missing parent keys with counts. */
export async function findOrphans(connection: Connection, r: Relation, limit: number): Promise<OrphanResult> {
  const q = (name: string) => connection.dialect.quoteIdentifier(name);
  const child = r.columns.map((c) => `c.${q(c)}`);
  const match = r.columns.map((c, i) => `p.${q(r.referencedColumns[i]!)} = c.${q(c)}`).join(' AND ');
  const from = `FROM ${q(r.table)} c WHERE ${child.map((c) => `${c} IS NOT NULL`).join(' AND ')}
    AND NOT EXISTS (SELECT 1 FROM ${q(r.referencedTable)} p WHERE ${match})`;
  const [countRow] = await connection.query(`SELECT COUNT(*) AS n ${from}`);
  const rows = Number(Object.values(countRow ?? {})[0] ?? 0);
  if (rows === 0 || limit <= 0) return { rows, examples: [] };
  const aliases = r.columns.map((_, i) => q(`k${i}`));
  const grouped = await connection.query(
    `SELECT ${child.map((c, i) => `${c} AS ${aliases[i]}`).join(', ')}, COUNT(*) AS n ${from}
     GROUP BY ${child.join(', ')} ORDER BY ${child.join(', ')} LIMIT ${Math.floor(limit)}`,
  );
  const examples = grouped.map((g) => {
    const values = r.columns.map((_, i) => renderValue(g[`k${i}`] as SqlValue));
    const lhs = r.columns.length === 1 ? `${r.table}.${r.columns[0]}` : `${r.table}(${r.columns.join(', ')})`;
    const value = values.length === 1 ? values[0] : `(${values.join(', ')})`;
    const n = Number(g.n);
    return {
      subject: `${lhs} = ${value}`,
      detail: `no ${r.referencedTable} row with ${r.referencedColumns.join(', ')} = ${value} (${n} child ${n === 1 ? 'row' : 'rows'}; ${r.origin})`,
    };
  });
  return { rows, examples };
}
