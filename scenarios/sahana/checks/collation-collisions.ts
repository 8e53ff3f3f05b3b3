/**
 * `collation-collisions`: values that are distinct in the SQLite source (BINARY collation: memcmp) but
 * equal under the target's case- and accent-insensitive collation, found on the source before the
 * import runs into them (seed 004 note 1 and step 10: "Medecins du Monde France" against
 * "Médecins du Monde France", e-mails differing by case). On a UNIQUE column the import fails with
 * 1062; on a column the application treats as unique (`IS_NOT_IN_DB` on auth_user.email) the import
 * passes and logins then find two users.
 *
 * Candidates are grouped by a fold of case, accents and trailing spaces in a scratch store, so the table
 * never has to fit in memory; each candidate pair is then confirmed by the target server itself under the
 * collation, so only real collisions are reported. Folds the server does more of (ß = ss under
 * utf8mb4_unicode_ci) are not looked for.
 */
import { removeAccents, type Check, type CheckExample, type CheckOutcome, type Connection } from 'rehearse';
import { digest, foldForCollation, insertInBatches, isPersonal, scratchStore, textOf } from './check-support.ts';

export interface CollationColumn {
  readonly table: string;
  readonly column: string;
  /** A UNIQUE constraint in the target (the import fails) rather than an application rule. */
  readonly unique: boolean;
}

export interface CollationCollisionsOptions {
  readonly columns: readonly CollationColumn[];
  /** The target collation, e.g. utf8mb4_unicode_ci. */
  readonly collation: string;
}

function difference(a: string, b: string): string {
  if (a.toLowerCase() === b.toLowerCase()) return 'differ only by case';
  if (removeAccents(a).toLowerCase() === removeAccents(b).toLowerCase()) return 'differ by accents';
  return 'differ by trailing spaces or by what the collation folds';
}

async function sameUnderCollation(target: Connection, collation: string, a: string, b: string): Promise<boolean> {
  if (!/^\w+$/.test(collation)) throw new Error(`collation-collisions: invalid collation name "${collation}"`);
  const [row] = await target.query(
    `SELECT (CAST(? AS CHAR CHARACTER SET utf8mb4) COLLATE ${collation}) = (CAST(? AS CHAR CHARACTER SET utf8mb4) COLLATE ${collation}) AS same`,
    [a, b],
  );
  return Number(row?.same) === 1;
}

export function collationCollisions(options: CollationCollisionsOptions): Check {
  return {
    id: 'collation-collisions',
    kind: 'sahana-collation-collisions',
    severity: 'blocking',
    describe: () => `source values distinct in SQLite but equal under ${options.collation}: ${options.columns.map((c) => `${c.table}.${c.column}`).join(', ')}`,
    async run({ source, target, maxExamples }): Promise<CheckOutcome> {
      using store = scratchStore('collisions');
      store.exec('CREATE TABLE v (col INTEGER, folded TEXT, value TEXT, id TEXT)');
      const add = store.prepare('INSERT INTO v VALUES (?, ?, ?, ?)');
      const examples: CheckExample[] = [];
      let collisions = 0;
      let rows = 0;
      const q = (name: string): string => source.dialect.quoteIdentifier(name);
      for (const [index, { table, column, unique }] of options.columns.entries()) {
        rows += await insertInBatches(store, source.stream(`SELECT ${q('id')} AS id, ${q(column)} AS v FROM ${q(table)} WHERE ${q(column)} IS NOT NULL`), (row) => {
          const value = textOf(row.v)!;
          add.run(index, foldForCollation(value), value, textOf(row.id));
        });
        const groups = store.prepare('SELECT folded FROM v WHERE col = ? GROUP BY folded HAVING COUNT(DISTINCT value) > 1').iterate<{ folded: string }>(index);
        for (const { folded } of [...groups]) {
          const values = store.prepare('SELECT value, MIN(CAST(id AS INTEGER)) AS id FROM v WHERE col = ? AND folded = ? GROUP BY value ORDER BY 2').all<{ value: string; id: number }>(index, folded);
          const [first, ...others] = values;
          const equal = [];
          for (const other of others) if (await sameUnderCollation(target, options.collation, first!.value, other.value)) equal.push(other);
          if (equal.length === 0) continue;
          collisions++;
          if (examples.length >= maxExamples) continue;
          const show = (v: string): string => (isPersonal(column) ? digest(v) : JSON.stringify(v));
          const consequence = unique ? `${table}.${column} is UNIQUE in the target: the import fails with 1062 Duplicate entry` : `${table}.${column} is unique for the application: lookups find ${equal.length + 1} rows`;
          examples.push({
            subject: `${table}.${column} ids ${[first!, ...equal].map((v) => v.id).join(', ')}`,
            detail: `${[first!, ...equal].map((v) => `${show(v.value)} (id ${v.id})`).join(' = ')} under ${options.collation}: they ${difference(first!.value, equal[0]!.value)}; ${consequence}`,
          });
        }
      }
      return {
        status: collisions > 0 ? 'failed' : 'passed',
        summary: collisions > 0 ? `${collisions} group(s) of values distinct in SQLite collide under ${options.collation}` : `${rows} values in ${options.columns.length} columns stay distinct under ${options.collation}`,
        examples,
        metrics: { valuesChecked: rows, collisions },
      };
    },
  };
}
