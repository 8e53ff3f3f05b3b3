/**
 * Writes a Sahana Eden 2010 SQLite file: the schema web2py created (../model/render-ddl.ts), then every
 * table in `db.tables` order, rows streamed from the row builders into prepared INSERTs, committed every
 * {@link BATCH} rows. Nothing is held in memory but the current batch.
 */
import { existsSync, rmSync } from 'node:fs';
import { BadInputError, openScratchDatabase, type ScratchValue } from 'rehearse';
import { SAHANA_TABLES } from '../model/sahana-model.ts';
import { sqliteSchema } from '../model/render-ddl.ts';
import type { SahanaContext, SahanaRow } from './sahana-context.ts';
import { sahanaCounts } from './sahana-counts.ts';
import { SAHANA_DEFECT_NAMES, type SahanaDefect } from './sahana-defects.ts';
import { authGroups, authMemberships, authUsers, pentities, people, personContacts } from './sahana-rows-people.ts';
import { featureClasses, layers, locations, markers, offices, orContacts, organisations, sectors } from './sahana-rows-places.ts';

const BATCH = 1000;

const ROWS: Readonly<Record<string, (context: SahanaContext) => Iterable<SahanaRow>>> = {
  auth_user: authUsers, auth_group: authGroups, auth_membership: authMemberships, pr_pentity: pentities, pr_person: people,
  gis_marker: markers, gis_feature_class: featureClasses, gis_location: locations, gis_layer_js: layers, pr_contact: personContacts,
  or_sector: sectors, or_organisation: organisations, or_office: offices, or_contact: orContacts,
};

export interface GenerateSahanaOptions {
  readonly people: number;
  readonly seed: number;
  readonly defects: readonly string[];
  readonly out: string;
  readonly onTable?: (table: string, rows: number) => void;
}

function positiveInteger(value: unknown, option: string, max: number): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > max) throw new BadInputError(`--${option}: must be an integer from 1 to ${max}, got "${String(value)}"`);
  return n;
}

/** Writes the SQLite file and returns the rows written per table. */
export function generateSahanaSnapshot(options: GenerateSahanaOptions): { table: string; rows: number }[] {
  const people = positiveInteger(options.people, 'people', 10_000_000);
  const seed = positiveInteger(options.seed, 'seed', 2 ** 31);
  for (const defect of options.defects) {
    if (!(SAHANA_DEFECT_NAMES as readonly string[]).includes(defect)) {
      throw new BadInputError(`--defect: unknown defect "${defect}"; known: ${SAHANA_DEFECT_NAMES.join(', ')}`);
    }
  }
  if (people < 20) throw new BadInputError('--people: at least 20, so that every defect has rows to apply to');
  const context: SahanaContext = { seed, counts: sahanaCounts(people), defects: new Set(options.defects as SahanaDefect[]) };
  if (existsSync(options.out)) rmSync(options.out);
  const db = openScratchDatabase(options.out, { fast: true });
  const written: { table: string; rows: number }[] = [];
  try {
    db.exec(sqliteSchema());
    for (const table of SAHANA_TABLES) {
      const names = table.fields.map((f) => f.name);
      const insert = db.prepare(`INSERT INTO ${table.name} (${names.join(', ')}) VALUES (${names.map(() => '?').join(', ')})`);
      const flush = db.transaction((rows: SahanaRow[]) => {
        for (const row of rows) insert.run(...names.map((n) => toScratch(row, n, table.name)));
      });
      let batch: SahanaRow[] = [];
      let count = 0;
      for (const row of ROWS[table.name]!(context)) {
        batch.push(row);
        if (batch.length === BATCH) {
          flush(batch);
          batch = [];
        }
        count++;
      }
      flush(batch);
      written.push({ table: table.name, rows: count });
      options.onTable?.(table.name, count);
    }
  } finally {
    db.close();
  }
  return written;
}

function toScratch(row: SahanaRow, column: string, table: string): ScratchValue {
  if (!(column in row)) throw new Error(`generator bug: no value for ${table}.${column}`);
  return row[column] ?? null;
}
