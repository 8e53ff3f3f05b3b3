/** What every row builder gets: the seed, the counts and the defects asked for. */
import type { SahanaCounts } from './sahana-counts.ts';
import type { SahanaDefect } from './sahana-defects.ts';
import { RowRandom } from './random.ts';

/** A value as stored in the SQLite file: text, integer, real or NULL. */
export type SahanaValue = string | number | null;
export type SahanaRow = Readonly<Record<string, SahanaValue>>;

export interface SahanaContext {
  readonly seed: number;
  readonly counts: SahanaCounts;
  readonly defects: ReadonlySet<SahanaDefect>;
}

export function random(context: SahanaContext, stream: string, row: number): RowRandom {
  return new RowRandom(context.seed, stream, row);
}

const pad = (n: number): string => String(n).padStart(2, '0');

/** created_on / modified_on between the earthquake (12 January 2010) and the migration, whole seconds as
 * web2py stored them. */
export function stamps(r: RowRandom): { created_on: string; modified_on: string; deleted: string } {
  const day = r.int(13, 40);
  const created = new Date(Date.UTC(2010, 0, day, r.int(6, 22), r.int(0, 59), r.int(0, 59)));
  const modified = new Date(created.getTime() + r.int(0, 5 * 86400) * 1000);
  const text = (d: Date): string =>
    `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`;
  return { created_on: text(created), modified_on: text(modified), deleted: 'F' };
}

/** An ASCII, lower-case e-mail local part for a name ("Dieudonné Saint-Fleur" → "dieudonne.saint-fleur"). */
export function mailbox(first: string, last: string): string {
  return `${first}.${last}`.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^a-z0-9.-]/g, '');
}
