/**
 * mysqldump / mariadb-dump output: its last line is `-- Dump completed on 2024-05-01 10:00:00` (or
 * `-- Dump completed` with --skip-dump-date), written after everything else
 * (https://mariadb.com/kb/en/mariadb-dump/). Database statements: `CREATE DATABASE /*!32312 IF NOT
 * EXISTS*\/ \`x\``, `USE \`x\``, `DROP DATABASE`; SCHEMA is a synonym of DATABASE. A statement wrapped
 * whole in an executable comment (`/*!50000 CREATE DATABASE x *\/`) runs on the server all the same, so
 * it is unwrapped before it is classified. DEFINER clauses become DEFINER=CURRENT_USER (mariadb-definer.ts).
 */
import { adoptDefiner } from './mariadb-definer.ts';
import { lastLines, unquoteIdentifier, type DatabaseStatement, type PlainDumpRules } from '../plain-dump-rules.ts';

const TRAILER = /^-- Dump completed(?: on .*)?$/;
const NAME = '(`(?:[^`]|``)+`|[^\\s;`]+)';
const CREATE = new RegExp(`^create\\s+(?:or\\s+replace\\s+)?(?:database|schema)\\s+(?:if\\s+not\\s+exists\\s+)?${NAME}`, 'i');
const DROP = new RegExp(`^drop\\s+(?:database|schema)\\s+(?:if\\s+exists\\s+)?${NAME}`, 'i');
const USE = new RegExp(`^use\\s+${NAME}`, 'i');
const ALTER = new RegExp(`^alter\\s+(?:database|schema)\\b\\s*${NAME}?`, 'i');

/** `/*!40101 SET x *\/` → `SET x`: executable comment markers removed, for classification only. */
function unwrapExecutable(statement: string): string {
  return statement.replace(/\/\*[!+]\d*/g, ' ').replace(/\*\//g, ' ').replace(/\s+/g, ' ').trim();
}

function named(action: DatabaseStatement['action'], match: RegExpExecArray | null): DatabaseStatement | undefined {
  if (!match) return undefined;
  return match[1] ? { action, database: unquoteIdentifier(match[1], '`') } : { action };
}

export const MARIADB_PLAIN_DUMP: PlainDumpRules = {
  tools: 'mysqldump or mariadb-dump',
  // mysqldump sets these at its start and restores them in its last lines; a cut or hand-made dump may not.
  // The time zone is the one the connection opens with (mariadb-connection.ts).
  sessionReset: [
    'SET SESSION sql_mode = @@GLOBAL.sql_mode',
    'SET SESSION foreign_key_checks = 1',
    'SET SESSION unique_checks = 1',
    'SET SESSION sql_notes = 1',
    "SET time_zone = '+00:00'",
  ],
  recognisesCompleteDump(tail: string): boolean {
    const lines = lastLines(tail, /^$/);
    return lines.length > 0 && TRAILER.test(lines.at(-1)!);
  },
  databaseStatement(statement: string): DatabaseStatement | undefined {
    const text = unwrapExecutable(statement);
    return named('create', CREATE.exec(text)) ?? named('drop', DROP.exec(text)) ?? named('switch', USE.exec(text)) ?? named('settings', ALTER.exec(text));
  },
  adoptAccount: adoptDefiner,
};
