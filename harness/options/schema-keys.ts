/**
 * The field names an options schema accepts at a given path, read from the zod schema itself, so that an
 * unknown key can be answered with the nearest valid one without each factory listing its fields twice.
 */
import type { z } from 'zod';

/** The parts of a zod 4 schema definition this walk reads; every other kind has no fields. */
interface SchemaDef {
  readonly type: string;
  readonly shape?: Readonly<Record<string, z.core.$ZodType>>;
  readonly innerType?: z.core.$ZodType;
  readonly in?: z.core.$ZodType;
  readonly getter?: () => z.core.$ZodType;
  readonly options?: readonly z.core.$ZodType[];
  readonly element?: z.core.$ZodType;
  readonly valueType?: z.core.$ZodType;
  readonly left?: z.core.$ZodType;
  readonly right?: z.core.$ZodType;
}

/** Wrappers that hold one inner schema and accept the same fields as it. */
const WRAPPERS = ['optional', 'nullable', 'default', 'prefault', 'nonoptional', 'readonly', 'catch'] as const;

function definition(schema: z.core.$ZodType): SchemaDef {
  let def = schema._zod.def as unknown as SchemaDef;
  for (;;) {
    if ((WRAPPERS as readonly string[]).includes(def.type) && def.innerType) def = def.innerType._zod.def as unknown as SchemaDef;
    else if (def.type === 'pipe' && def.in) def = def.in._zod.def as unknown as SchemaDef;
    else if (def.type === 'lazy' && def.getter) def = def.getter()._zod.def as unknown as SchemaDef;
    else return def;
  }
}

function collect(schema: z.core.$ZodType, path: readonly PropertyKey[], into: Set<string>): void {
  const def = definition(schema);
  if (def.type === 'union' && def.options) {
    for (const option of def.options) collect(option, path, into);
    return;
  }
  if (def.type === 'intersection' && def.left && def.right) {
    collect(def.left, path, into);
    collect(def.right, path, into);
    return;
  }
  if (path.length === 0) {
    if (def.type === 'object' && def.shape) for (const key of Object.keys(def.shape)) into.add(key);
    return;
  }
  const [head, ...rest] = path;
  if (def.type === 'object' && def.shape && typeof head === 'string' && def.shape[head]) collect(def.shape[head], rest, into);
  else if (def.type === 'array' && def.element) collect(def.element, rest, into);
  else if (def.type === 'record' && def.valueType) collect(def.valueType, rest, into);
}

/** Field names the object at `path` of `schema` accepts, in declaration order (all branches of a union). */
export function fieldsAt(schema: z.core.$ZodType, path: readonly PropertyKey[]): string[] {
  const fields = new Set<string>();
  collect(schema, path, fields);
  return [...fields];
}
