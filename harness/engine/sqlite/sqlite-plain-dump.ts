/**
 * The sqlite3 shell's `.dump` output (https://sqlite.org/cli.html#converting_an_entire_database_to_a_text_file):
 * one transaction, `BEGIN TRANSACTION;` … `COMMIT;`, so its last line `COMMIT;` is written only once
 * every row is out. SQLite has no statement that changes the current database of a connection, and no
 * accounts.
 */
import { lastLines, type PlainDumpRules } from '../plain-dump-rules.ts';

export const SQLITE_PLAIN_DUMP: PlainDumpRules = {
  tools: 'the sqlite3 shell (.dump)',
  sessionReset: [],
  recognisesCompleteDump(tail: string): boolean {
    const lines = lastLines(tail, /^$/);
    return lines.length > 0 && /^(?:COMMIT|END(?: TRANSACTION)?);$/i.test(lines.at(-1)!);
  },
  databaseStatement(): undefined {
    return undefined;
  },
  // SQLite has no accounts.
  adoptAccount(): undefined {
    return undefined;
  },
};
