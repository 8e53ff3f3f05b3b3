/**
 * `remapped-references`: after web2py renumbered every row, each reference of the target still points to
 * the same row as in the source, ids inside `|…|` lists included. Ids cannot be compared (they changed on
 * purpose), so both sides are read as rows of natural keys: the row's own (its uuid, or for auth tables
 * what users know it by) and that of each row it references, joined in SQL for plain references and
 * looked up for list ids. The two sides are compared as multisets in a scratch store, so a reference
 * re-pointed by a stale id_map entry, kept as an old id, or lost shows as a pair of differing rows.
 */
import type { Check, CheckExample, CheckOutcome, Connection } from 'rehearse';
import { SAHANA_TABLES, referenceFields, sahanaTable, type TableSpec } from '../model/sahana-model.ts';
import { barDecodeIntegers } from '../web2py/field-values.ts';
import { digest, insertInBatches, isPersonal, scratchStore, textOf } from './check-support.ts';

/** The natural key of a table as SQL over alias `a`, one JSON-able text per row. */
function keyColumns(table: TableSpec): string[] {
  return table.naturalKey.length > 0 ? [...table.naturalKey] : ['id'];
}

function shownKey(table: TableSpec, values: readonly (string | null)[]): string {
  const columns = keyColumns(table);
  return values.map((v, i) => (isPersonal(columns[i]!) ? digest(v) : v ?? 'NULL')).join('/');
}

/** Parent id → shown natural key, for the ids inside lists (lookup tables: small). */
async function listParents(side: Connection, parent: TableSpec): Promise<Map<string, string>> {
  const q = (name: string): string => side.dialect.quoteIdentifier(name);
  const map = new Map<string, string>();
  const columns = keyColumns(parent);
  for await (const row of side.stream(`SELECT ${q('id')} AS rehearse_id, ${columns.map(q).join(', ')} FROM ${q(parent.name)}`)) {
    map.set(textOf(row.rehearse_id)!, shownKey(parent, columns.map((c) => textOf(row[c]))));
  }
  return map;
}

/** Rows of `table` as natural keys: its own, then per reference column the referenced row's. */
async function* naturalRows(side: Connection, table: TableSpec): AsyncIterable<string> {
  const q = (name: string): string => side.dialect.quoteIdentifier(name);
  const refs = referenceFields(table);
  const own = table.naturalKey.map((c) => `c.${q(c)} AS ${q(`own_${c}`)}`);
  const joins: string[] = [];
  const selected: string[] = [...own];
  const lists = new Map<string, Map<string, string>>();
  for (const [i, field] of refs.entries()) {
    if (field.type === 'list:reference') {
      selected.push(`c.${q(field.name)} AS ${q(`ref${i}_list`)}`);
      lists.set(field.name, await listParents(side, sahanaTable(field.references!)));
      continue;
    }
    const parent = sahanaTable(field.references!);
    for (const column of keyColumns(parent)) selected.push(`p${i}.${q(column)} AS ${q(`ref${i}_${column}`)}`);
    selected.push(`c.${q(field.name)} AS ${q(`ref${i}_raw`)}`);
    joins.push(`LEFT JOIN ${q(parent.name)} p${i} ON p${i}.${q('id')} = c.${q(field.name)}`);
  }
  for await (const row of side.stream(`SELECT ${selected.join(', ')} FROM ${q(table.name)} c ${joins.join(' ')}`)) {
    const out: string[] = [shownKey(table, table.naturalKey.map((c) => textOf(row[`own_${c}`])))];
    for (const [i, field] of refs.entries()) {
      if (field.type === 'list:reference') {
        const list = textOf(row[`ref${i}_list`]);
        const ids = list === null ? [] : barDecodeIntegers(list);
        out.push(`${field.name}=[${ids.map((id) => lists.get(field.name)!.get(String(id)) ?? `missing ${field.references!} ${id}`).join(', ')}]`);
        continue;
      }
      const parent = sahanaTable(field.references!);
      const raw = textOf(row[`ref${i}_raw`]);
      const key = keyColumns(parent).map((c) => textOf(row[`ref${i}_${c}`]));
      out.push(`${field.name}=${raw === null ? 'NULL' : key.every((k) => k === null) ? `missing ${parent.name} ${raw}` : `${parent.name} ${shownKey(parent, key)}`}`);
    }
    yield out.join('  ');
  }
}

export function remappedReferences(tables: readonly TableSpec[] = SAHANA_TABLES.filter((t) => referenceFields(t).length > 0)): Check {
  return {
    id: 'remapped-references',
    kind: 'sahana-remapped-references',
    severity: 'blocking',
    describe: () => 'every reference and every id in a |…| list points to the same row after the ids were renumbered',
    async run({ source, target, maxExamples }): Promise<CheckOutcome> {
      using store = scratchStore('references');
      store.exec('CREATE TABLE r (tbl TEXT, row TEXT, side INTEGER)');
      const examples: CheckExample[] = [];
      let compared = 0;
      let differing = 0;
      const insert = store.prepare('INSERT INTO r VALUES (?, ?, ?)');
      for (const table of tables) {
        compared += await insertInBatches(store, naturalRows(source, table), (row) => insert.run(table.name, row, 1));
        await insertInBatches(store, naturalRows(target, table), (row) => insert.run(table.name, row, -1));
        const diffs = store.prepare('SELECT row, SUM(side) AS d FROM r WHERE tbl = ? GROUP BY row HAVING SUM(side) <> 0 ORDER BY row').all<{ row: string; d: number }>(table.name);
        differing += diffs.reduce((sum, d) => sum + Math.abs(d.d), 0);
        for (const diff of diffs) {
          if (examples.length >= maxExamples) break;
          examples.push({ subject: `${table.name} ${diff.d > 0 ? 'only in source' : 'only in target'}`, detail: diff.row });
        }
      }
      return {
        status: differing > 0 ? 'failed' : 'passed',
        summary: differing > 0 ? `${differing} row(s) whose references differ between source and target` : `${compared} rows in ${tables.length} tables reference the same rows on both sides`,
        examples,
        metrics: { rowsCompared: compared, differing },
      };
    },
  };
}
