/**
 * `dangling-references`: source rows whose reference names a row that does not exist (seed 004 note 2:
 * neither SQLite nor MyISAM enforced foreign keys), including ids inside `|…|` lists (step 13: or_sector
 * 14, 15 and 16 missing while organisations list them). Found on the source, with what the import does
 * with each: a missing id in a list raises KeyError in pydal; a missing plain reference keeps its old id,
 * which InnoDB rejects (1452) or which silently points to whatever row gets that id.
 */
import type { Check, CheckExample, CheckOutcome, Connection } from 'rehearse';
import { SAHANA_TABLES, referenceFields, type TableSpec } from '../model/sahana-model.ts';
import { barDecodeIntegers } from '../web2py/field-values.ts';
import { textOf } from './check-support.ts';

interface Dangling {
  readonly subject: string;
  readonly detail: string;
}

async function danglingScalars(source: Connection, table: TableSpec, found: (d: Dangling) => void): Promise<void> {
  const q = (name: string): string => source.dialect.quoteIdentifier(name);
  for (const field of referenceFields(table).filter((f) => f.type === 'reference')) {
    const parent = field.references!;
    const sql =
      `SELECT c.${q('id')} AS id, c.${q(field.name)} AS ref FROM ${q(table.name)} c WHERE c.${q(field.name)} IS NOT NULL ` +
      `AND NOT EXISTS (SELECT 1 FROM ${q(parent)} p WHERE p.${q('id')} = c.${q(field.name)}) ORDER BY c.${q('id')}`;
    for await (const row of source.stream(sql)) {
      found({
        subject: `${table.name} id ${textOf(row.id)} ${field.name} = ${textOf(row.ref)}`,
        detail: `${parent} ${textOf(row.ref)} does not exist; the import keeps the old id: InnoDB rejects it (1452) or it points to another row`,
      });
    }
  }
}

async function danglingLists(source: Connection, table: TableSpec, found: (d: Dangling) => void): Promise<void> {
  const q = (name: string): string => source.dialect.quoteIdentifier(name);
  for (const field of referenceFields(table).filter((f) => f.type === 'list:reference')) {
    const parent = field.references!;
    // Lists point into lookup tables (sectors, services): their ids fit in memory.
    const ids = new Set<string>();
    for await (const row of source.stream(`SELECT ${q('id')} AS id FROM ${q(parent)}`)) ids.add(textOf(row.id)!);
    for await (const row of source.stream(`SELECT ${q('id')} AS id, ${q(field.name)} AS list FROM ${q(table.name)} WHERE ${q(field.name)} IS NOT NULL ORDER BY ${q('id')}`)) {
      const list = textOf(row.list)!;
      const missing = barDecodeIntegers(list).filter((id) => !ids.has(String(id)));
      if (missing.length === 0) continue;
      found({
        subject: `${table.name} id ${textOf(row.id)} ${field.name} = ${list}`,
        detail: `${parent} ${missing.join(', ')} ${missing.length > 1 ? 'do' : 'does'} not exist; id_map has no entry: the import raises KeyError: ${missing[0]}`,
      });
    }
  }
}

export function danglingReferences(tables: readonly TableSpec[] = SAHANA_TABLES): Check {
  return {
    id: 'dangling-references',
    kind: 'sahana-dangling-references',
    severity: 'blocking',
    describe: () => 'every reference of the source, and every id in a |…| list, names an existing row',
    async run({ source, maxExamples }): Promise<CheckOutcome> {
      const examples: CheckExample[] = [];
      let count = 0;
      const found = (d: Dangling): void => {
        count++;
        if (examples.length < maxExamples) examples.push(d);
      };
      for (const table of tables) {
        await danglingScalars(source, table, found);
        await danglingLists(source, table, found);
      }
      const references = tables.reduce((sum, t) => sum + referenceFields(t).length, 0);
      return {
        status: count > 0 ? 'failed' : 'passed',
        summary: count > 0 ? `${count} source row(s) reference rows that do not exist` : `every value of ${references} reference columns names an existing row`,
        examples,
        metrics: { dangling: count },
      };
    },
  };
}
