/** SQLite type affinities for a {@link PortableColumnType} (https://www.sqlite.org/datatype3.html#type_affinity). */
import type { PortableColumnType } from '../portable-column-type.ts';

export function renderSqliteType(c: PortableColumnType): string {
  switch (c.kind) {
    case 'int': case 'boolean': return 'INTEGER';
    case 'float': return 'REAL';
    case 'binary': return 'BLOB';
    case 'decimal': return 'NUMERIC';
    default: return 'TEXT';
  }
}
