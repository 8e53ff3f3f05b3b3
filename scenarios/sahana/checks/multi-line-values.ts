/**
 * `multi-line-values`: every source value that spans lines (CR, LF or CR LF inside it) is in the target
 * byte for byte (seed 004 steps 9, 11 and 12: multi-lined records in gis_layer_js and or_organisation).
 * The CSV quotes such values correctly, but a file opened with Python's default universal newlines hands
 * every CR LF and bare CR to the csv reader as LF, so the values change without an error. Rows are
 * matched on their uuid; the source values are kept in a scratch store, the target is streamed.
 */
import type { Check, CheckExample, CheckOutcome } from 'rehearse';
import { SAHANA_TABLES, type TableSpec } from '../model/sahana-model.ts';
import { insertInBatches, scratchStore, textOf } from './check-support.ts';

const escape = (text: string): string => JSON.stringify(text.length > 80 ? `${text.slice(0, 80)}…` : text);

function lineEnds(text: string): string {
  const crlf = (text.match(/\r\n/g) ?? []).length;
  const cr = (text.match(/\r(?!\n)/g) ?? []).length;
  const lf = (text.match(/(?<!\r)\n/g) ?? []).length;
  return [crlf && `${crlf} CR LF`, cr && `${cr} CR`, lf && `${lf} LF`].filter(Boolean).join(', ') || 'none';
}

function firstDifference(a: string, b: string): string {
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  const from = Math.max(0, i - 20);
  return `from character ${i}: source ${escape(a.slice(from, i + 20))}, target ${escape(b.slice(from, i + 20))}`;
}

export function multiLineValues(tables: readonly TableSpec[] = SAHANA_TABLES.filter((t) => t.naturalKey.join() === 'uuid')): Check {
  return {
    id: 'multi-line-values',
    kind: 'sahana-multi-line-values',
    severity: 'blocking',
    describe: () => 'every value spanning lines (CR, LF, CR LF) is in the target byte for byte',
    async run({ source, target, maxExamples }): Promise<CheckOutcome> {
      using store = scratchStore('multi-line');
      store.exec('CREATE TABLE v (tbl TEXT, uuid TEXT, col TEXT, value TEXT, seen INTEGER DEFAULT 0, PRIMARY KEY (tbl, uuid, col))');
      const add = store.prepare('INSERT OR REPLACE INTO v (tbl, uuid, col, value) VALUES (?, ?, ?, ?)');
      const lookup = store.prepare('SELECT value FROM v WHERE tbl = ? AND uuid = ? AND col = ?');
      const seen = store.prepare('UPDATE v SET seen = 1 WHERE tbl = ? AND uuid = ? AND col = ?');
      const examples: CheckExample[] = [];
      let values = 0;
      let changed = 0;
      for (const table of tables) {
        const columns = table.fields.filter((f) => f.type === 'text' || f.type === 'string').map((f) => f.name).filter((c) => c !== 'uuid');
        const select = (side: typeof source): string => {
          const q = (name: string): string => side.dialect.quoteIdentifier(name);
          return `SELECT ${q('uuid')} AS uuid, ${columns.map(q).join(', ')} FROM ${q(table.name)}`;
        };
        values += await insertInBatches(store, source.stream(select(source)), (row) => {
          for (const column of columns) {
            const value = textOf(row[column]);
            if (value !== null && /[\r\n]/.test(value)) add.run(table.name, textOf(row.uuid), column, value);
          }
        }).then(() => Number(store.prepare('SELECT COUNT(*) FROM v WHERE tbl = ?').value(table.name)));
        for await (const row of target.stream(select(target))) {
          for (const column of columns) {
            const expected = lookup.get<{ value: string }>(table.name, textOf(row.uuid), column)?.value;
            if (expected === undefined) continue;
            seen.run(table.name, textOf(row.uuid), column);
            const actual = textOf(row[column]);
            if (actual === expected) continue;
            changed++;
            if (examples.length < maxExamples) {
              examples.push({
                subject: `${table.name} uuid ${textOf(row.uuid)} ${column}`,
                detail: `line ends in source: ${lineEnds(expected)}; in target: ${actual === null ? 'NULL' : lineEnds(actual)}; ${actual === null ? '' : firstDifference(expected, actual)}`,
              });
            }
          }
        }
      }
      const missing = Number(store.prepare('SELECT COUNT(*) FROM v WHERE seen = 0').value());
      for (const row of store.prepare('SELECT tbl, uuid, col FROM v WHERE seen = 0 LIMIT ?').iterate<{ tbl: string; uuid: string; col: string }>(Math.max(0, maxExamples - examples.length))) {
        examples.push({ subject: `${row.tbl} uuid ${row.uuid} ${row.col}`, detail: 'the multi-line value is missing: no target row has this uuid' });
      }
      const failed = changed + missing;
      return {
        status: failed > 0 ? 'failed' : 'passed',
        summary: failed > 0 ? `${changed} multi-line value(s) changed, ${missing} missing, of ${values}` : `${values} multi-line values identical byte for byte`,
        examples,
        metrics: { multiLineValues: values, changed, missing },
      };
    },
  };
}
