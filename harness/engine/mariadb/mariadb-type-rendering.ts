/** MariaDB/MySQL column types for a {@link PortableColumnType} (pgloader's casting rules, read backwards). */
import type { PortableColumnType } from '../portable-column-type.ts';

export function renderMariaDbType(c: PortableColumnType): string {
  switch (c.kind) {
    case 'int': return { 2: 'smallint', 4: 'int', 8: 'bigint' }[c.bytes];
    case 'decimal': return c.args ? `decimal(${c.args})` : 'decimal(65,30)';
    case 'float': return c.double ? 'double' : 'float';
    case 'varchar': return c.length ? `varchar(${c.length})` : 'longtext';
    case 'char': return c.length ? `char(${c.length})` : 'char(1)';
    case 'text': return 'longtext';
    case 'timestamp': return 'datetime(6)';
    case 'binary': return 'longblob';
    case 'boolean': return 'tinyint(1)';
    default: return c.kind;
  }
}
