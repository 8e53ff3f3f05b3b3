/**
 * The DEFINER clause of MariaDB/MySQL views, triggers, routines and events
 * (https://mariadb.com/kb/en/create-view/, …/create-trigger/, …/create-procedure/, …/create-event/):
 * `CREATE [OR REPLACE] [ALGORITHM = …] [DEFINER = account] …` or `ALTER … DEFINER = account VIEW`.
 * mysqldump and mariadb-dump write it with the dumping account, split over executable comments:
 *
 *     /*!50001 CREATE ALGORITHM=UNDEFINED *\/ /*!50013 DEFINER=`root`@`localhost` SQL SECURITY DEFINER *\/ /*!50001 VIEW …
 *     /*!50003 CREATE*\/ /*!50017 DEFINER=`root`@`localhost`*\/ /*!50003 TRIGGER …
 *     CREATE DEFINER=`root`@`localhost` PROCEDURE …
 *
 * Only an account with SUPER or SET USER may name another account than itself, so the clause is
 * replaced by `DEFINER=CURRENT_USER`; `SQL SECURITY` stays as written. Only the statement's head is
 * read (the words before the object's kind), so a DEFINER clause inside a routine's body or a string is
 * left alone.
 */
import type { AccountRewrite } from '../plain-dump-rules.ts';

/** The words that may come before DEFINER in the head of a CREATE or ALTER. */
const HEAD_WORDS = new Set(['create', 'alter', 'or', 'replace', 'algorithm', 'undefined', 'merge', 'temptable']);
/** Executable comment markers (`/*!50013`, `/*M!100100`, `*\/`): the server reads through them. */
const MARKER = /^(?:\/\*M?!\d*|\*\/)/;
/** A user or host name: backquoted, quoted (doubled or backslash-escaped quotes inside) or bare. */
const NAME = /^(?:`(?:[^`]|``)*`|'(?:[^'\\]|''|\\.)*'|"(?:[^"\\]|""|\\.)*"|[\w.$%-]+)/;
const REPLACEMENT = 'DEFINER=CURRENT_USER';

/** The position after blanks and executable comment markers from `at`. */
function skipBlanks(text: string, at: number): number {
  let i = at;
  for (;;) {
    while (i < text.length && /\s/.test(text[i]!)) i += 1;
    const marker = MARKER.exec(text.slice(i, i + 12));
    if (!marker) return i;
    i += marker[0].length;
  }
}

/** The end of the account written at `at` (user, optionally `@host`), or undefined when none is. */
function accountEnd(text: string, at: number): number | undefined {
  const user = NAME.exec(text.slice(at));
  if (!user) return undefined;
  const afterUser = at + user[0].length;
  const at2 = skipBlanks(text, afterUser);
  if (text[at2] !== '@') return afterUser;
  const host = NAME.exec(text.slice(skipBlanks(text, at2 + 1)));
  return host ? skipBlanks(text, at2 + 1) + host[0].length : undefined;
}

/** `statement` with its DEFINER clause naming an account replaced by DEFINER=CURRENT_USER. */
export function adoptDefiner(statement: string): AccountRewrite | undefined {
  let i = skipBlanks(statement, 0);
  for (let first = true; ; first = false) {
    if (statement[i] === '=') {
      i = skipBlanks(statement, i + 1);
      continue;
    }
    const word = /^[a-z_]+/i.exec(statement.slice(i))?.[0].toLowerCase();
    if (word === undefined || (first && word !== 'create' && word !== 'alter')) return undefined;
    if (word === 'definer') return definerAt(statement, i);
    if (!HEAD_WORDS.has(word)) return undefined;
    i = skipBlanks(statement, i + word.length);
  }
}

function definerAt(statement: string, start: number): AccountRewrite | undefined {
  const equals = skipBlanks(statement, start + 'definer'.length);
  if (statement[equals] !== '=') return undefined;
  const from = skipBlanks(statement, equals + 1);
  // CURRENT_USER and CURRENT_USER() already name the loading user.
  if (/^current_user\b/i.test(statement.slice(from))) return undefined;
  const end = accountEnd(statement, from);
  if (end === undefined) return undefined;
  return {
    statement: `${statement.slice(0, start)}${REPLACEMENT}${statement.slice(end)}`,
    original: statement.slice(start, end),
    replacement: REPLACEMENT,
  };
}
