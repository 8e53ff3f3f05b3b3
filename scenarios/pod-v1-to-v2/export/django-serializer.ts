/**
 * Django's JSON serializer (`serializers.get_serializer("json")`, Django 1.8 as in Pod 1.8.1) applied to
 * rows read from the v1 database: `{"model": "app.model", "pk": id, "fields": {...}}`, where a foreign key
 * is written under the field name (`owner`, not `owner_id`) as the related pk, a many-to-many field as the
 * list of related pks, booleans as true/false, dates as `YYYY-MM-DD` and datetimes as ISO 8601 cut to
 * milliseconds (DjangoJSONEncoder). Only `fields` are written when the export names them (`fields=…`).
 * https://docs.djangoproject.com/en/1.8/topics/serialization/#serialization-formats-json
 */
import type { ColumnInfo, Connection, Row, SqlValue } from 'rehearse';

/** A many-to-many field, read from its join table. */
export interface ManyToMany {
  /** Field name in the JSON, e.g. `owners`. */
  readonly field: string;
  readonly table: string;
  /** Join-table column pointing at the serialized object, e.g. `channel_id`. */
  readonly fromColumn: string;
  /** Join-table column holding the related pk, e.g. `user_id`. */
  readonly toColumn: string;
}

export interface SerializedModel {
  /** `app_label.model`, e.g. `pods.channel`. */
  readonly model: string;
  readonly table: string;
  readonly manyToMany?: readonly ManyToMany[];
  /** The `fields=(…)` argument of the export, when it has one. */
  readonly fields?: readonly string[];
  /** `order_by(...)` of the queryset, as SQL. @default the primary key */
  readonly orderBy?: string;
  /** Restricts the queryset (`User.objects.filter(id__in=…)`), as a SQL condition on alias `o`. */
  readonly where?: string;
}

export interface DjangoObject {
  readonly model: string;
  readonly pk: SqlValue;
  readonly fields: Record<string, unknown>;
}

/** Django field name of a column: a foreign key column `<field>_id` is written as `<field>`. */
export function fieldName(column: string, foreignKeys: ReadonlySet<string>): string {
  return foreignKeys.has(column) ? column.slice(0, -3) : column;
}

/** DjangoJSONEncoder: dates as ISO, datetimes cut to milliseconds (the v1 settings use naive datetimes). */
function jsonValue(value: SqlValue, column: ColumnInfo): unknown {
  if (value === null) return null;
  if (column.type === 'tinyint(1)') return Number(value) !== 0;
  if (value instanceof Date) {
    const iso = value.toISOString();
    return column.type === 'date' ? iso.slice(0, 10) : iso.slice(0, 23).replace(/\.000$/, '');
  }
  if (Buffer.isBuffer(value)) return value.toString('utf8');
  if (typeof value === 'bigint') return value.toString();
  return value;
}

/**
 * Streams the serialized objects of one model. The many-to-many ids come with each row through a
 * correlated GROUP_CONCAT (the caller raises `group_concat_max_len`), so one query streams and no second
 * query has to run on the same connection meanwhile.
 */
export async function* serializeModel(source: Connection, spec: SerializedModel): AsyncGenerator<DjangoObject> {
  const q = (name: string) => source.dialect.quoteIdentifier(name);
  const columns = await source.introspector.listColumns(spec.table);
  const foreignKeys = new Set(
    (await source.introspector.foreignKeys()).filter((fk) => fk.table === spec.table && fk.columns.length === 1).map((fk) => fk.columns[0]!),
  );
  const pk = (await source.introspector.primaryKey(spec.table))[0] ?? 'id';
  const m2m = spec.manyToMany ?? [];
  const wanted = (field: string) => spec.fields === undefined || spec.fields.includes(field);
  const aggregates = m2m.map(
    (m, i) =>
      `(SELECT GROUP_CONCAT(j.${q(m.toColumn)} ORDER BY j.${q(m.toColumn)}) FROM ${q(m.table)} j WHERE j.${q(m.fromColumn)} = o.${q(pk)}) AS ${q(`m2m_${i}`)}`,
  );
  const sql = `SELECT o.*${aggregates.map((a) => `, ${a}`).join('')} FROM ${q(spec.table)} o${spec.where ? ` WHERE ${spec.where}` : ''} ORDER BY ${spec.orderBy ?? `o.${q(pk)}`}`;
  for await (const row of source.stream(sql)) yield toObject(row, spec, columns, foreignKeys, pk, wanted);
}

function toObject(
  row: Row,
  spec: SerializedModel,
  columns: readonly ColumnInfo[],
  foreignKeys: ReadonlySet<string>,
  pk: string,
  wanted: (field: string) => boolean,
): DjangoObject {
  const fields: Record<string, unknown> = {};
  for (const column of columns) {
    if (column.name === pk) continue;
    const name = fieldName(column.name, foreignKeys);
    if (wanted(name)) fields[name] = jsonValue(row[column.name] ?? null, column);
  }
  (spec.manyToMany ?? []).forEach((m, i) => {
    if (!wanted(m.field)) return;
    const ids = row[`m2m_${i}`];
    fields[m.field] = ids === null || ids === undefined ? [] : String(ids).split(',').map(Number);
  });
  return { model: spec.model, pk: row[pk] ?? null, fields };
}
