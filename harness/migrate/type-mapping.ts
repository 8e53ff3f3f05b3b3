/**
 * Maps a column type as the source engine declares it to the closest type on the target engine, the way
 * pgloader's default casting rules do for MySQL -> PostgreSQL. Unknown types fail loudly rather than
 * degrade silently to text. Each engine writes the result in its own words (EngineDefinition.renderType).
 */
import type { EngineKind } from '../engine/engine.ts';
import { getEngine } from '../engine/engine-registry.ts';
import type { PortableColumnType } from '../engine/portable-column-type.ts';
import { BadInputError } from '../errors.ts';

/** Parses a declared column type of any engine into the portable form every engine renders. */
export function portableColumnType(type: string): PortableColumnType | undefined {
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

export function mapColumnType(type: string, target: EngineKind, where: string): string {
  const portable = portableColumnType(type);
  if (!portable) throw new BadInputError(`${where}: no mapping for column type "${type}"; give copyTables a mapType option for it`);
  return getEngine(target).renderType(portable);
}
