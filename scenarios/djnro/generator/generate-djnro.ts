/**
 * `rehearse generate djnro`: a DjNRO 0.8 production snapshot for MariaDB (utf8, tables without ENGINE
 * or FOREIGN KEY clauses, as a MyISAM server created them), deterministic for a seed, streamed table by
 * table in multi-row INSERTs, with the defects of {@link DJNRO_DEFECTS}.
 *
 * ```ts
 * await generateDjnroSnapshot({ institutions: 200, realms: 3, seed: 1, defects: ['orphan-m2m'], out: 'djnro.tar' });
 * ```
 */
import { createReadStream } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { BadInputError, createSnapshotWriter, getEngine, type SnapshotManifest, type SqlValue } from 'rehearse';
import { DJNRO_DEFECT_NAMES, type DjnroDefectName } from './djnro-defects.ts';
import { AUTH_ROWS } from './djnro-rows-auth.ts';
import { EDUMANAGE_ROWS, type TableRows } from './djnro-rows-edumanage.ts';
import { I18N_ROWS } from './djnro-rows-i18n.ts';
import { DjnroWorld } from './djnro-world.ts';

/** The 0.8 schema the rows are written into. */
export const DJNRO_08_SCHEMA = fileURLToPath(new URL('../schema/djnro-0.8.sql', import.meta.url));

const ROWS_PER_INSERT = 500;

export interface GenerateDjnroOptions {
  readonly institutions: number;
  readonly realms: number;
  readonly seed: number;
  readonly defects: readonly DjnroDefectName[];
  readonly out: string;
  readonly gzip?: boolean;
  readonly onRows?: (rows: number) => void;
}

export interface GenerateDjnroResult {
  readonly manifest: SnapshotManifest;
  readonly tables: readonly { readonly name: string; readonly rows: number }[];
}

function positiveInteger(option: string, value: unknown, max: number): number {
  const n = typeof value === 'string' && /^\d+$/.test(value.trim()) ? Number(value) : value;
  if (typeof n !== 'number' || !Number.isInteger(n) || n < 1 || n > max) throw new BadInputError(`--${option}: expected a whole number from 1 to ${max}, got "${String(value)}"`);
  return n;
}

/** Checks and coerces the options as typed on the command line. */
export function parseDjnroOptions(input: { institutions: unknown; realms: unknown; seed: unknown; defects: readonly string[] }): Omit<GenerateDjnroOptions, 'out'> {
  for (const d of input.defects) {
    if (!(DJNRO_DEFECT_NAMES as readonly string[]).includes(d)) throw new BadInputError(`--defect: unknown defect "${d}" (expected one of ${DJNRO_DEFECT_NAMES.join(', ')})`);
  }
  const institutions = positiveInteger('institutions', input.institutions, 10_000_000);
  const realms = positiveInteger('realms', input.realms, 1000);
  if (realms > institutions) throw new BadInputError(`--realms: ${realms} realms need at least as many institutions (got ${institutions})`);
  const seed = input.seed === undefined ? 1 : positiveInteger('seed', input.seed, 2 ** 31);
  return { institutions, realms, seed, defects: input.defects as DjnroDefectName[] };
}

async function* dumpChunks(world: DjnroWorld, tables: { name: string; rows: number }[], onRows?: (rows: number) => void): AsyncGenerator<string> {
  yield "SET NAMES utf8;\nSET foreign_key_checks = 0;\n";
  for await (const chunk of createReadStream(DJNRO_08_SCHEMA, 'utf8')) yield chunk as string;
  yield '\n';
  const { dialect } = getEngine('mariadb');
  let total = 0;
  for (const spec of [...AUTH_ROWS, ...EDUMANAGE_ROWS, ...I18N_ROWS] as TableRows[]) {
    const head = `INSERT INTO ${dialect.quoteIdentifier(spec.table)} (${spec.columns.map((c) => dialect.quoteIdentifier(c)).join(', ')}) VALUES\n`;
    let batch: string[] = [];
    let rows = 0;
    const flush = () => `${head}${batch.join(',\n')};\n`;
    for (const row of spec.rows(world)) {
      batch.push(`(${row.map((v: SqlValue) => dialect.literal(v)).join(', ')})`);
      rows++;
      if (batch.length === ROWS_PER_INSERT) {
        yield flush();
        batch = [];
        onRows?.(total + rows);
      }
    }
    if (batch.length) yield flush();
    total += rows;
    tables.push({ name: spec.table, rows });
    onRows?.(total);
  }
}

/** Writes the snapshot archive to `out` and returns its manifest and per-table row counts. */
export async function generateDjnroSnapshot(options: GenerateDjnroOptions): Promise<GenerateDjnroResult> {
  const defects = [...new Set(options.defects)].sort();
  const world = new DjnroWorld({ institutions: options.institutions, realms: options.realms, seed: options.seed, defects: new Set(defects) });
  const writer = await createSnapshotWriter(options.out, {
    engine: 'mariadb',
    serverVersion: '10.11',
    createdBy: 'rehearse generate djnro',
    properties: { generator: 'rehearse generate djnro', djnroVersion: '0.8.11', institutions: options.institutions, realms: options.realms, seed: options.seed, defects: defects.join(',') || 'none' },
  });
  try {
    const tables: { name: string; rows: number }[] = [];
    await writer.addSqlDump('djnro-0.8', dumpChunks(world, tables, options.onRows), { gzip: options.gzip });
    writer.setTables(tables);
    return { manifest: await writer.finish(), tables };
  } catch (error) {
    await writer.abort();
    throw error;
  }
}
