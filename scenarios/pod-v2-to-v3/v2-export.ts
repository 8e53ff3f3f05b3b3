/**
 * Step `dump`: the Pod v2 database exported the way seed 001 (procedure 2) exports it with phpMyAdmin:
 * every table except django_migrations and live_broadcaster, data only, with the options the seed lists:
 * foreign-key checks disabled, "Tronquer la table avant d'insérer" (TRUNCATE before the rows), plain
 * INSERTs (the load turns them into INSERT IGNORE, as the seed's "Instructions INSERT IGNORE" option
 * does). phpMyAdmin's header sets sql_mode to NO_AUTO_VALUE_ON_ZERO, which also turns strict mode off for
 * the import session; the file does the same.
 * https://docs.phpmyadmin.net/en/latest/import_export.html
 *
 * Rows stream from the source in one consistent read-only transaction (the snapshot layer's
 * the engine's dump source) and are written to WORKDIR/pod_v2.sql in batches with back-pressure: only
 * one batch is in memory. One row per line, each line starting with "(", so the load can count rows.
 */
import { createWriteStream, type WriteStream } from 'node:fs';
import { once } from 'node:events';
import { join } from 'node:path';
import { BATCH_BYTES, BATCH_ROWS, BadInputError, getEngine, type StepContext, type StepOutput } from 'rehearse';
import { EXCLUDED_FROM_EXPORT } from './pod-v2-v3-tables.ts';

export const V2_DUMP_FILE = 'pod_v2.sql';

const HEADER = [
  '-- Pod v2 data export for the v3 import (seed 001, procedure 2): no django_migrations, no live_broadcaster',
  "SET SQL_MODE = 'NO_AUTO_VALUE_ON_ZERO';",
  'SET FOREIGN_KEY_CHECKS = 0;',
  "SET time_zone = '+00:00';",
  'SET NAMES utf8mb4;',
  '',
];
const FOOTER = ['SET FOREIGN_KEY_CHECKS = 1;', ''];

async function write(out: WriteStream, text: string): Promise<void> {
  if (!out.write(text)) await once(out, 'drain');
}

/** Writes WORKDIR/pod_v2.sql and returns the tables and rows it holds. */
export async function exportPodV2(context: StepContext): Promise<StepOutput> {
  const { source, workdir } = context;
  const engine = getEngine(source.kind);
  if (engine.family !== 'mysql' || !engine.dumpSource) {
    throw new BadInputError(`step dump: the seed 001 export is a MariaDB/MySQL (phpMyAdmin) export, but the source is ${source.kind}; use a MariaDB source`);
  }
  const excluded = new Set<string>(EXCLUDED_FROM_EXPORT);
  const tables = (await source.introspector.listTables()).map((t) => t.name).filter((n) => !excluded.has(n)).sort();
  const dump = engine.dumpSource(source);
  const q = (name: string) => source.dialect.quoteIdentifier(name);
  const file = join(workdir, V2_DUMP_FILE);
  const out = createWriteStream(file);
  let rows = 0;
  await dump.begin();
  try {
    await write(out, HEADER.join('\n'));
    for (const table of tables) {
      context.signal.throwIfAborted();
      const columns = await dump.columns(table);
      const prefix = await dump.insertPrefix(table, columns);
      await write(out, `\n-- Table ${table}\nTRUNCATE TABLE ${q(table)};\n`);
      let batch: string[] = [];
      let bytes = 0;
      const flush = async () => {
        if (batch.length > 0) await write(out, `${prefix}\n${batch.join(',\n')};\n`);
        batch = [];
        bytes = 0;
      };
      const select = `SELECT ${columns.map((c) => c.select).join(', ')} FROM ${q(table)}`;
      for await (const row of source.stream(select)) {
        const n = rows + 1;
        const tuple = `(${columns.map((c) => source.dialect.literal(row[c.name] ?? null, () => `table ${table}, row ${n}, column ${c.name}`)).join(',')})`;
        batch.push(tuple);
        bytes += tuple.length;
        rows = n;
        if (batch.length >= BATCH_ROWS || bytes >= BATCH_BYTES) {
          await flush();
          context.progress(`exported ${rows} rows (${table})`);
        }
      }
      await flush();
    }
    await write(out, FOOTER.join('\n'));
  } finally {
    await dump.end();
    out.end();
    await once(out, 'close');
  }
  return { rows, output: `${V2_DUMP_FILE}: ${tables.length} tables, ${rows} rows (left out: ${EXCLUDED_FROM_EXPORT.join(', ')})` };
}
