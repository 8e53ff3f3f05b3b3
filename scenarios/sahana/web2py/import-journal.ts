/**
 * What the import did, written to the work directory as `web2py-import.json` for the checks and the
 * report: rows per table, rows pydal skipped silently (a record whose field count differs from the
 * header), and where the import stopped when pydal would have raised. The import's caller then never
 * reaches `db.commit()`, so rows since the last periodic commit are rolled back.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { InfrastructureError, errorMessage } from 'rehearse';

export const IMPORT_JOURNAL_FILE = 'web2py-import.json';

export interface TableImportTally {
  readonly table: string;
  inserted: number;
  /** Rows whose uuid already existed: updated in place (unique='uuid'). */
  updated: number;
  /** Records pydal ignores without a word because their field count differs from the header's. */
  skipped: number;
}

export interface ImportStop {
  readonly table: string;
  /** Line of the CSV file where the failing record ends. */
  readonly line: number;
  /** The record's id in the file, when it was read. */
  readonly csvId?: number;
  /** The error as Python would print it: `KeyError: 14`, `IntegrityError: (1062, …)`. */
  readonly error: string;
}

export interface ImportJournal {
  readonly file: string;
  readonly newline: string;
  readonly completed: boolean;
  readonly tables: readonly TableImportTally[];
  readonly stopped?: ImportStop;
}

export function writeImportJournal(workdir: string, journal: ImportJournal): void {
  writeFileSync(join(workdir, IMPORT_JOURNAL_FILE), `${JSON.stringify(journal, null, 2)}\n`);
}

/** Reads the journal; a missing or unreadable one means the import did not run: the check cannot pass. */
export function readImportJournal(workdir: string): ImportJournal {
  const file = join(workdir, IMPORT_JOURNAL_FILE);
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as ImportJournal;
  } catch (cause) {
    throw new InfrastructureError(`cannot read the import journal ${file}: ${errorMessage(cause)}`, { cause });
  }
}
