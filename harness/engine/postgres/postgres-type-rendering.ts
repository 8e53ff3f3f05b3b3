/** PostgreSQL column types for a {@link PortableColumnType}, as pgloader's default casting rules give them. */
import type { PortableColumnType } from '../portable-column-type.ts';

export function renderPostgresType(c: PortableColumnType): string {
  switch (c.kind) {
    case 'int': return { 2: 'smallint', 4: 'integer', 8: 'bigint' }[c.bytes];
    case 'decimal': return c.args ? `numeric(${c.args})` : 'numeric';
    case 'float': return c.double ? 'double precision' : 'real';
    case 'varchar': return c.length ? `varchar(${c.length})` : 'text';
    case 'char': return c.length ? `char(${c.length})` : 'char(1)';
    case 'binary': return 'bytea';
    case 'json': return 'jsonb';
    default: return c.kind;
  }
}
