/**
 * What the export reads about the v3 database: which tables exist and their columns, plus the query
 * that builds a synthetic tag table.
 *
 * On MariaDB/MySQL this is what `export_data_from_v3_to_v4` runs: `SHOW TABLES` and `SHOW COLUMNS FROM`
 * (https://mariadb.com/kb/en/show-columns/). Both are MySQL-only, so the upstream script crashes on a
 * PostgreSQL v3 database (research notes §8.3, §9 #15); the PostgreSQL branch here is the patched variant
 * the research recommends rehearsing instead: the same lists read from information_schema through the
 * harness introspector. Only the tag query differs by engine upstream, and it is reproduced as written.
 */
import type { Connection } from 'rehearse';
import type { SyntheticTagTable } from './exported-tables.ts';
import { VIDEO_TAG_TABLE } from './exported-tables.ts';

export interface ExportColumn {
  readonly name: string;
  /** The engine's declared type, lower case: "datetime(6)", "timestamp with time zone", "bigint". */
  readonly type: string;
}

/** Names of the tables of the connected database. */
export async function listTables(connection: Connection): Promise<Set<string>> {
  if (connection.kind === 'postgres') return new Set((await connection.introspector.listTables()).map((t) => t.name));
  const rows = await connection.query('SHOW TABLES');
  return new Set(rows.map((row) => String(Object.values(row)[0])));
}

/** Columns of one table in table order. */
export async function listColumns(connection: Connection, table: string): Promise<ExportColumn[]> {
  if (connection.kind === 'postgres') {
    return (await connection.introspector.listColumns(table)).map((c) => ({ name: c.name, type: c.type.toLowerCase() }));
  }
  const rows = await connection.query(`SHOW COLUMNS FROM ${connection.dialect.quoteIdentifier(table)}`);
  return rows.map((row) => ({ name: String(row.Field), type: String(row.Type).toLowerCase() }));
}

/**
 * The export's tag query (lines 251-286): tag names per tagged object of one model, aggregated with
 * GROUP_CONCAT on MySQL/MariaDB (separator ",", cut at the session's `group_concat_max_len`:
 * https://mariadb.com/kb/en/group_concat/) and STRING_AGG(name, ', ') elsewhere
 * (https://www.postgresql.org/docs/current/functions-aggregate.html). No filter on app_label, and tagged
 * items of deleted objects are kept, as upstream.
 */
export function tagQuery(connection: Connection, table: SyntheticTagTable): { sql: string; columns: ExportColumn[] } {
  const model = table === VIDEO_TAG_TABLE ? 'video' : 'recorder';
  const idColumn = `${model}_id`;
  const aggregate = connection.kind === 'postgres' ? "STRING_AGG(tagging_tag.name, ', ')" : 'GROUP_CONCAT(tagging_tag.name)';
  const sql = `SELECT tagging_taggeditem.object_id AS ${idColumn}, ${aggregate} AS tag_name
    FROM tagging_taggeditem
    JOIN tagging_tag ON tagging_tag.id = tagging_taggeditem.tag_id
    JOIN django_content_type ON django_content_type.id = tagging_taggeditem.content_type_id
    WHERE django_content_type.model = '${model}'
    GROUP BY tagging_taggeditem.object_id
    ORDER BY tagging_taggeditem.object_id ASC`;
  return { sql, columns: [{ name: idColumn, type: 'bigint' }, { name: 'tag_name', type: 'text' }] };
}
