/**
 * Orders tables so that every table comes after the tables it references (Kahn's algorithm over the
 * foreign keys), which lets a dump be loaded table by table with foreign keys enforced. Self-references
 * are ignored; tables caught in a cycle come last, in name order (the MariaDB dumps switch
 * FOREIGN_KEY_CHECKS off and the PostgreSQL dumps add foreign keys at the end, so a cycle still loads).
 */
import type { ForeignKeyInfo } from '../engine/engine.ts';

export function orderByDependencies(tables: readonly string[], foreignKeys: readonly ForeignKeyInfo[]): string[] {
  const known = new Set(tables);
  const parents = new Map<string, Set<string>>(tables.map((t) => [t, new Set<string>()]));
  for (const fk of foreignKeys) {
    if (fk.table !== fk.referencedTable && known.has(fk.table) && known.has(fk.referencedTable)) {
      parents.get(fk.table)?.add(fk.referencedTable);
    }
  }
  const ordered: string[] = [];
  const placed = new Set<string>();
  const sorted = [...tables].sort();
  let progress = true;
  while (progress) {
    progress = false;
    for (const table of sorted) {
      if (placed.has(table)) continue;
      if ([...(parents.get(table) ?? [])].every((p) => placed.has(p))) {
        ordered.push(table);
        placed.add(table);
        progress = true;
      }
    }
  }
  return [...ordered, ...sorted.filter((t) => !placed.has(t))];
}
