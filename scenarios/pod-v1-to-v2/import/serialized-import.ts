/**
 * `python manage.py import_data <Type>` for the Django-serializer files (research §6.1, §6.2): rewrite the
 * file in place (`migrate_to_v2`), then deserialize each object and save it raw: the v1 pk is kept, the
 * model's `save()` is bypassed (no slug recomputation), a foreign key is stored as given, many-to-many
 * links are added after the object. Objects are streamed and inserted in batches (see batch-insert.ts
 * for what happens when a referenced row is missing).
 */
import { renameSync } from 'node:fs';
import { BadInputError, type ColumnInfo, type SqlValue, type StepContext, type StepOutput } from 'rehearse';
import { JsonFileWriter } from '../json/json-file-writer.ts';
import { readJsonEntries, readJsonValues } from '../json/json-file-reader.ts';
import { BatchInserter, describeSkipped, type SkippedRow } from './batch-insert.ts';
import { requireExport } from './export-files.ts';
import { rewriteText, type ImportType } from './import-types.ts';

interface SerializedObject {
  readonly model: string;
  readonly pk: number;
  readonly fields: Record<string, unknown>;
}

/** Extra rows a type's signals create for each saved object (User → Owner). */
export type AfterObject = (object: SerializedObject, context: StepContext) => Promise<void>;

const DEFAULT_SITE_ID = 1;
const FLUSH_EVERY = 200;

/** `migrate_to_v2`: the replacements over the file's text, streamed element by element, file replaced. */
async function rewriteInPlace(file: string, spec: ImportType): Promise<void> {
  if (spec.replacements.length === 0) return;
  const tmp = `${file}.rewrite`;
  const out = JsonFileWriter.array(tmp);
  for await (const entry of readJsonEntries(file)) await out.element(JSON.parse(rewriteText(entry.text, spec.replacements)));
  await out.close();
  renameSync(tmp, file);
}

function sqlValue(value: unknown, column: ColumnInfo): SqlValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'boolean') return value ? 1 : 0;
  if (typeof value === 'string' && /^(datetime|timestamp)/.test(column.type)) return value.replace('T', ' ').replace(/Z$/, '');
  if (typeof value === 'object') return JSON.stringify(value);
  return value as SqlValue;
}

export async function importSerialized(context: StepContext, spec: ImportType, afterObject?: AfterObject): Promise<StepOutput> {
  const file = requireExport(context, `${spec.type}.json`);
  await rewriteInPlace(file, spec);
  const { target } = context;
  const columns = new Map((await target.introspector.listColumns(spec.table)).map((c) => [c.name, c]));
  const skipped: SkippedRow[] = [];
  const m2m = spec.manyToMany ?? [];
  // The object table's columns are those of the first object (every object of a file has the same fields).
  let parent: BatchInserter | undefined;
  let parentColumns: string[] | undefined;
  let links: BatchInserter[] = [];
  let sites: BatchInserter | undefined;
  let objects = 0;
  let nullsCoerced = 0;

  const flushAll = async () => {
    await parent?.flush();
    for (const l of links) await l.flush();
    await sites?.flush();
  };

  for await (const { value: object } of readJsonValues<SerializedObject>(file)) {
    context.signal.throwIfAborted();
    if (object.model !== spec.model) {
      throw new BadInputError(`import_data ${spec.type}: ${file} holds model "${object.model}", expected "${spec.model}" after the rewrite. Re-run the export step`);
    }
    const row = new Map<string, SqlValue>([['id', object.pk]]);
    for (const [field, value] of Object.entries(object.fields)) {
      if (m2m.some((m) => m.field === field)) continue;
      const name = columns.has(field) ? field : columns.has(`${field}_id`) ? `${field}_id` : undefined;
      if (name === undefined) {
        throw new BadInputError(`import_data ${spec.type}: field "${field}" of ${file} has no column in ${spec.table} (Django: FieldDoesNotExist). Check the v2 schema`);
      }
      const column = columns.get(name)!;
      let v = spec.nullHeadband && field === 'headband' ? null : sqlValue(value, column);
      if (v === null && !column.nullable && /char|text/.test(column.type)) {
        v = '';
        nullsCoerced++;
      }
      row.set(name, v);
    }
    for (const [name, value] of Object.entries(spec.defaults ?? {})) {
      if (!row.has(name) && columns.has(name)) row.set(name, typeof value === 'function' ? value() : value);
    }
    if (!parent || !parentColumns) {
      parentColumns = [...row.keys()];
      const p = new BatchInserter(target, spec.table, parentColumns, skipped);
      links = m2m.map((m) => new BatchInserter(target, m.table, [m.fromColumn, m.toColumn], skipped, p));
      sites = spec.sitesTable && new BatchInserter(target, spec.sitesTable.table, [spec.sitesTable.column, 'site_id'], skipped, p);
      parent = p;
    }
    await parent.add(parentColumns.map((c) => row.get(c) ?? null));
    for (const [i, m] of m2m.entries()) {
      for (const id of (object.fields[m.field] as number[] | undefined) ?? []) await links[i]!.add([object.pk, id]);
    }
    await sites?.add([object.pk, DEFAULT_SITE_ID]);
    await afterObject?.(object, context);
    if (++objects % FLUSH_EVERY === 0) {
      await flushAll();
      context.progress(`import_data ${spec.type}: ${objects} objects`);
    }
  }
  await flushAll();
  const lines = [
    `${objects} objects read from ${spec.type}.json, ${parent?.inserted ?? 0} saved into ${spec.table}`,
    ...m2m.map((m, i) => `${links[i]?.inserted ?? 0} links into ${m.table}`),
    ...(nullsCoerced ? [`${nullsCoerced} NULL values stored as '' (NOT NULL in v2)`] : []),
    ...describeSkipped(skipped),
  ];
  return { rows: objects, output: lines.join('\n') };
}

