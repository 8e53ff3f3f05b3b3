/**
 * Maps a column type as the source engine declares it to the closest type on the target engine, the way
 * pgloader's default casting rules do for MySQL -> PostgreSQL. Unknown types fail loudly rather than
 * degrade silently to text.
 */
import type { EngineKind } from '../engine/engine.ts';
import { BadInputError } from '../errors.ts';

type Canonical =
  | { kind: 'int'; bytes: 2 | 4 | 8 }
  | { kind: 'decimal'; args?: string }
  | { kind: 'float'; double: boolean }
  | { kind: 'varchar' | 'char'; length?: number }
  | { kind: 'text' | 'date' | 'time' | 'timestamp' | 'binary' | 'boolean' | 'json' };

function canonical(type: string): Canonical | undefined {
  const t = type.toLowerCase().trim();
  const args = /\(([^)]*)\)/.exec(t)?.[1];
  const base = t.replace(/\(.*?\)/, '').replace(/\s+(unsigned|signed|zerofill)\b/g, '').trim();
  const unsigned = /\bunsigned\b/.test(t);
  if (base === 'tinyint' && args === '1') return { kind: 'boolean' };
  if (['tinyint', 'smallint'].includes(base)) return { kind: 'int', bytes: unsigned ? 4 : 2 };
  if (['mediumint', 'int', 'integer'].includes(base)) return { kind: 'int', bytes: unsigned ? 8 : 4 };
  if (base === 'bigint') return { kind: 'int', bytes: 8 };
  if (['decimal', 'numeric'].includes(base)) return { kind: 'decimal', args };
  if (['float', 'real'].includes(base)) return { kind: 'float', double: false };
  if (['double', 'double precision'].includes(base)) return { kind: 'float', double: true };
  if (['varchar', 'nvarchar', 'character varying', 'varchar2'].includes(base)) return { kind: 'varchar', length: args ? Number(args) : undefined };
  if (['char', 'nchar', 'character'].includes(base)) return { kind: 'char', length: args ? Number(args) : undefined };
  if (['text', 'tinytext', 'mediumtext', 'longtext', 'clob'].includes(base)) return { kind: 'text' };
  if (base === 'date') return { kind: 'date' };
  if (base === 'time') return { kind: 'time' };
  if (['datetime', 'timestamp', 'timestamp without time zone'].includes(base)) return { kind: 'timestamp' };
  if (['blob', 'tinyblob', 'mediumblob', 'longblob', 'binary', 'varbinary', 'bytea'].includes(base)) return { kind: 'binary' };
  if (['boolean', 'bool'].includes(base)) return { kind: 'boolean' };
  if (['json', 'jsonb'].includes(base)) return { kind: 'json' };
  return undefined;
}

const RENDER: Record<'postgres' | 'mariadb' | 'sqlite', (c: Canonical) => string> = {
  postgres: (c) => {
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
  },
  mariadb: (c) => {
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
  },
  sqlite: (c) => {
    switch (c.kind) {
      case 'int': case 'boolean': return 'INTEGER';
      case 'float': return 'REAL';
      case 'binary': return 'BLOB';
      case 'decimal': return 'NUMERIC';
      default: return 'TEXT';
    }
  },
};

export function mapColumnType(type: string, target: EngineKind, where: string): string {
  const c = canonical(type);
  if (!c) throw new BadInputError(`${where}: no mapping for column type "${type}"; give copyTables a mapType option for it`);
  return RENDER[target === 'mysql' ? 'mariadb' : target](c);
}
