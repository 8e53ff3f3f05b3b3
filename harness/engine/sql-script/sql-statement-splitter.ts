/**
 * Splits a SQL script into statements while it streams in: feed chunks with {@link SqlStatementSplitter.push},
 * get back the statements completed so far. Only the statement being read is kept in memory, so a dump with
 * a multi-MB INSERT costs about that INSERT, not the dump.
 *
 * Lexical rules, per dialect:
 * - strings `'…'` and `"…"`: doubled quotes everywhere; backslash escapes in MySQL
 *   (https://mariadb.com/kb/en/string-literals/) and in PostgreSQL `E'…'` strings only
 *   (https://www.postgresql.org/docs/current/sql-syntax-lexical.html#SQL-SYNTAX-STRINGS-ESCAPE);
 * - `` `identifiers` `` (MySQL, SQLite); `-- ` line comments (MySQL needs a space after the dashes) and `#`
 *   (MySQL); `/* … *\/` block comments, nested in PostgreSQL; MySQL executable comments `/*!40101 … *\/` and
 *   optimizer hints `/*+ … *\/` stay in the statement text, other comments are removed;
 * - PostgreSQL dollar quoting `$$ … $$`, `$tag$ … $tag$` (function bodies);
 * - MySQL client `DELIMITER ;;` lines as written by mysqldump around triggers and routines
 *   (https://mariadb.com/kb/en/delimiters/);
 * - SQLite `CREATE TRIGGER … BEGIN …; END;` bodies, which the sqlite3 shell also keeps together;
 * - client meta-commands (a statement starting with a backslash, e.g. psql's `\connect db`) come out as one
 *   line-long statement of their own in every dialect, so that the caller can reject them clearly;
 * - PostgreSQL `COPY … FROM stdin;` (pg_dump's default data format): the lines after it, up to a line
 *   `\.`, are its rows (https://www.postgresql.org/docs/current/sql-copy.html#id-1.9.3.55.9.2), and come
 *   out as pieces with {@link SplitStatement.copyData} (whole lines, as they stream in), the last one
 *   with `copyEnd`.
 */
import type { Readable } from 'node:stream';
import { StringDecoder } from 'node:string_decoder';
import { BadInputError } from '../../errors.ts';

export const SQL_DIALECTS = ['mysql', 'postgres', 'sqlite'] as const;
export type SqlDialect = (typeof SQL_DIALECTS)[number];

export interface SplitStatement {
  /** The statement without its delimiter and without (non-executable) comments, trimmed. */
  readonly sql: string;
  /** UTF-8 bytes of the script consumed up to and including this statement since the previous one
   * (comments, blank lines and DELIMITER lines included), so that the sum is the script's size. */
  readonly bytes: number;
  /** 1-based line in the script where the statement starts. */
  readonly line: number;
  /** Byte offset in the script (UTF-8, 0-based) of the statement's first character. */
  readonly offset: number;
  /** Rows of the COPY … FROM STDIN statement before this piece (then `sql` is empty): whole lines in
   * COPY text format, newlines included. */
  readonly copyData?: string;
  /** The last piece of a COPY block (its `\.` line was read). */
  readonly copyEnd?: boolean;
}

/** A statement whose rows follow it in the script (psql's and pg_dump's COPY … FROM stdin). */
export const COPY_FROM_STDIN = /^COPY\s[^;]*?\bFROM\s+STDIN\b/i;
/** The line that ends a COPY block, with its newline; only at a line start. */
const COPY_END = /(?:^|\n)\\\.\r?\n/g;

export interface SplitterOptions {
  readonly dialect: SqlDialect;
  /** A dump must end each statement with its delimiter: text left without one at the end of the input is
   * a statement cut mid-way (a truncated file), an {@link UnterminatedStatementError}. Scripts written by
   * hand may leave the last delimiter out, so this is off unless asked for. */
  readonly requireTerminator?: boolean;
}

/** The input ended inside a statement: the file was cut, or its last statement lacks its delimiter. */
export class UnterminatedStatementError extends BadInputError {
  /** Byte offset where the cut statement starts. */
  readonly offset: number;
  readonly line: number;

  constructor(offset: number, line: number, excerpt: string) {
    super(
      `the SQL ends inside a statement that starts at byte offset ${offset} (line ${line}: ${excerpt}) and has no terminating delimiter: the file is truncated or incomplete; copy or recreate the dump`,
    );
    this.name = 'UnterminatedStatementError';
    this.offset = offset;
    this.line = line;
  }
}

type Mode = 'normal' | 'quote' | 'line-comment' | 'block-comment' | 'dollar' | 'copy';

/** Where the statement being read ends: `end` is past its delimiter, `textEnd` before it. */
interface Cut {
  readonly end: number;
  readonly textEnd: number;
  /** A DELIMITER line: consumed, never emitted. */
  readonly directive?: boolean;
}

const IDENT = /[A-Za-z0-9_$\u0080-\uffff]/;
const DELIMITER_LINE = /^delimiter[ \t]+(\S+)/i;
const SQLITE_TRIGGER = /^create\s+(?:temp\s+|temporary\s+)?trigger\b/i;

export class SqlStatementSplitter {
  readonly #dialect: SqlDialect;
  readonly #requireTerminator: boolean;
  /** UTF-8 bytes of the script before #buf. */
  #bufOffset = 0;
  /** The statement being read, from its first byte after the previous statement. */
  #buf = '';
  /** How far #buf has been scanned; scanning resumes here after the next push. */
  #pos = 0;
  #mode: Mode = 'normal';
  #quote = '';
  #escapes = false;
  #depth = 0;
  #tag = '';
  /** Where the current string, comment or dollar quote started (for "unterminated" errors). */
  #modeStart = 0;
  /** Index in #buf of the first character that is neither blank nor comment, -1 while there is none. */
  #sigStart = -1;
  /** Comments to drop from the statement text, as [start, end) ranges in #buf. */
  #comments: Array<[number, number]> = [];
  #delimiter = ';';
  /** Script line at which #buf starts. */
  #line = 1;
  /** Bytes of blank or comment-only pieces not yet attributed to a statement. */
  #pendingBytes = 0;
  #started = false;
  /** In a COPY block: where its statement started, and whether the rest of the statement's line was passed. */
  #copy: { offset: number; line: number; excerpt: string; inData: boolean } | undefined;

  constructor(options: SplitterOptions) {
    this.#dialect = options.dialect;
    this.#requireTerminator = options.requireTerminator ?? false;
  }

  /** Adds text from the script and returns the statements it completed. */
  push(chunk: string): SplitStatement[] {
    if (!this.#started && chunk.length > 0) {
      this.#started = true;
      if (chunk.charCodeAt(0) === 0xfeff) {
        chunk = chunk.slice(1);
        this.#bufOffset = 3;
      }
    }
    this.#buf += chunk;
    return this.#drain(false);
  }

  /** Marks the end of the script and returns the last statements, including one without a delimiter. */
  end(): SplitStatement[] {
    const out = this.#drain(true);
    if (this.#mode === 'copy') {
      const copy = this.#copy!;
      throw new UnterminatedStatementError(copy.offset, copy.line, `${copy.excerpt}: its rows do not end with a line \\.`);
    }
    if (this.#mode === 'quote' || this.#mode === 'dollar' || this.#mode === 'block-comment') {
      const what = {
        quote: `string or identifier opened with ${this.#quote}`,
        dollar: `dollar-quoted string ${this.#tag}`,
        'block-comment': 'comment /*',
      }[this.#mode];
      const line = this.#line + countNewlines(this.#buf, 0, this.#modeStart);
      throw new BadInputError(
        `SQL script ends inside an unterminated ${what} that starts at line ${line}. Close it, or check that the script is complete (not truncated).`,
      );
    }
    if (this.#sigStart >= 0 && this.#requireTerminator) {
      const line = this.#line + countNewlines(this.#buf, 0, this.#sigStart);
      const offset = this.#bufOffset + Buffer.byteLength(this.#buf.slice(0, this.#sigStart), 'utf8');
      const excerpt = this.#buf.slice(this.#sigStart, this.#sigStart + 60).replace(/\s+/g, ' ').trim();
      throw new UnterminatedStatementError(offset, line, `${excerpt}${this.#buf.length - this.#sigStart > 60 ? '…' : ''}`);
    }
    if (this.#sigStart >= 0) {
      const statement = this.#emit({ end: this.#buf.length, textEnd: this.#buf.length });
      if (statement) out.push(statement);
    }
    return out;
  }

  #drain(final: boolean): SplitStatement[] {
    const out: SplitStatement[] = [];
    for (;;) {
      if (this.#mode === 'copy') {
        const rows = this.#copyRows(final);
        if (!rows) return out;
        out.push(rows);
        continue;
      }
      const cut = this.#scan(final);
      if (!cut) return out;
      const statement = this.#emit(cut);
      if (!statement) continue;
      out.push(statement);
      if (this.#dialect === 'postgres' && COPY_FROM_STDIN.test(statement.sql)) {
        this.#mode = 'copy';
        this.#copy = { offset: statement.offset, line: statement.line, excerpt: statement.sql.slice(0, 60), inData: false };
      }
    }
  }

  /** The next rows of the COPY block being read, or undefined when a whole line is still to come. */
  #copyRows(final: boolean): SplitStatement | undefined {
    const copy = this.#copy!;
    if (!copy.inData) {
      // The rows start on the line after the statement's delimiter.
      const nl = this.#buf.indexOf('\n');
      if (nl < 0) return undefined;
      this.#pendingBytes += this.#consume(nl + 1);
      copy.inData = true;
    }
    const buf = this.#buf;
    COPY_END.lastIndex = Math.max(0, this.#pos - 1);
    const end = COPY_END.exec(buf);
    const atEof = final && /^(?:[^]*\n)?\\\.\r?$/.test(buf) ? buf.lastIndexOf('\\.') : -1;
    if (end || atEof >= 0) {
      const dataEnd = end ? (end[0].startsWith('\n') ? end.index + 1 : end.index) : atEof;
      const piece = this.#copyPiece(buf.slice(0, dataEnd), end ? end.index + end[0].length : buf.length, true);
      this.#mode = 'normal';
      this.#copy = undefined;
      return piece;
    }
    const lastNewline = buf.lastIndexOf('\n');
    if (lastNewline < 0) return undefined;
    // Keep the last line's newline here: the next push may start with the \. that ends the block.
    this.#pos = 0;
    return this.#copyPiece(buf.slice(0, lastNewline + 1), lastNewline + 1, false);
  }

  #copyPiece(data: string, consumed: number, last: boolean): SplitStatement {
    const offset = this.#bufOffset;
    const line = this.#line;
    const bytes = this.#pendingBytes + this.#consume(consumed);
    this.#pendingBytes = 0;
    return { sql: '', bytes, line, offset, copyData: data, ...(last ? { copyEnd: true } : {}) };
  }

  /** Drops the first `length` characters of #buf, keeping offsets and lines; returns their bytes. */
  #consume(length: number): number {
    const bytes = Buffer.byteLength(this.#buf.slice(0, length), 'utf8');
    this.#line += countNewlines(this.#buf, 0, length);
    this.#bufOffset += bytes;
    this.#buf = this.#buf.slice(length);
    this.#pos = 0;
    return bytes;
  }

  #emit(cut: Cut): SplitStatement | undefined {
    const buf = this.#buf;
    const consumed = Buffer.byteLength(buf.slice(0, cut.end), 'utf8');
    const bytes = this.#pendingBytes + consumed;
    const sigStart = Math.max(this.#sigStart, 0);
    const line = this.#line + countNewlines(buf, 0, sigStart);
    const offset = this.#bufOffset + (sigStart === 0 ? 0 : Buffer.byteLength(buf.slice(0, sigStart), 'utf8'));
    this.#bufOffset += consumed;
    let sql = '';
    if (!cut.directive) {
      let from = 0;
      for (const [start, end] of this.#comments) {
        if (start >= cut.textEnd) break;
        sql += buf.slice(from, start) + ' ';
        from = end;
      }
      sql += buf.slice(from, cut.textEnd);
      sql = sql.trim();
    }
    this.#line += countNewlines(buf, 0, cut.end);
    this.#buf = buf.slice(cut.end);
    this.#pos = 0;
    this.#sigStart = -1;
    this.#comments = [];
    if (sql === '') {
      this.#pendingBytes = bytes;
      return undefined;
    }
    this.#pendingBytes = 0;
    return { sql, bytes, line, offset };
  }

  /** Scans from #pos; returns a cut when a statement is complete, undefined when more text is needed. */
  #scan(final: boolean): Cut | undefined {
    const buf = this.#buf;
    const len = buf.length;
    const mysql = this.#dialect === 'mysql';
    const postgres = this.#dialect === 'postgres';
    let i = this.#pos;
    // Returns "need more text" without consuming position i (only when more text can still come).
    const wait = (): undefined => {
      this.#pos = i;
      return undefined;
    };
    while (i < len) {
      const c = buf[i]!;
      if (this.#mode === 'line-comment') {
        const nl = buf.indexOf('\n', i);
        const end = nl < 0 ? len : nl;
        if (nl < 0 && !final) {
          i = len;
          break;
        }
        this.#comments.push([this.#modeStart, end]);
        this.#mode = 'normal';
        i = end;
        continue;
      }
      if (this.#mode === 'block-comment') {
        if (c === '*' && i + 1 >= len && !final) return wait();
        if (c === '*' && buf[i + 1] === '/') {
          i += 2;
          if (--this.#depth === 0) {
            this.#mode = 'normal';
            const kept = mysql && (buf[this.#modeStart + 2] === '!' || buf[this.#modeStart + 2] === '+');
            if (!kept) this.#comments.push([this.#modeStart, i]);
          }
        } else if (postgres && c === '/' && i + 1 >= len && !final) {
          return wait();
        } else if (postgres && c === '/' && buf[i + 1] === '*') {
          this.#depth++;
          i += 2;
        } else {
          i++;
        }
        continue;
      }
      if (this.#mode === 'quote') {
        if (c === '\\' && this.#escapes) {
          if (i + 1 >= len && !final) return wait();
          i += 2;
        } else {
          if (c === this.#quote) this.#mode = 'normal';
          i++;
        }
        continue;
      }
      if (this.#mode === 'dollar') {
        const close = buf.indexOf(this.#tag, i);
        if (close < 0) {
          i = final ? len : Math.max(i, len - this.#tag.length + 1);
          break;
        }
        this.#mode = 'normal';
        i = close + this.#tag.length;
        continue;
      }

      // Normal text.
      if (c === ' ' || c === '\t' || c === '\n' || c === '\r' || c === '\f') {
        i++;
        continue;
      }
      if (c === '-' || c === '/') {
        if (i + 2 >= len && !final) return wait();
        const next = buf[i + 1];
        const after = buf[i + 2];
        if (c === '-' && next === '-' && (!mysql || after === undefined || after <= ' ')) {
          this.#mode = 'line-comment';
          this.#modeStart = i;
          i += 2;
          continue;
        }
        if (c === '/' && next === '*') {
          this.#mode = 'block-comment';
          this.#modeStart = i;
          this.#depth = 1;
          if (mysql && (after === '!' || after === '+') && this.#sigStart < 0) this.#sigStart = i;
          i += 2;
          continue;
        }
      }
      if (c === '#' && mysql) {
        this.#mode = 'line-comment';
        this.#modeStart = i;
        i++;
        continue;
      }
      if (this.#sigStart < 0) {
        if (mysql && (c === 'd' || c === 'D')) {
          if (len - i < 11 && !final) return wait();
          if (/^delimiter[ \t]/i.test(buf.slice(i, i + 10))) {
            const nl = buf.indexOf('\n', i);
            if (nl < 0 && !final) return wait();
            const match = DELIMITER_LINE.exec(buf.slice(i, nl < 0 ? len : nl));
            if (match) {
              this.#delimiter = match[1]!;
              return { end: nl < 0 ? len : nl + 1, textEnd: i, directive: true };
            }
          }
        }
        if (c === '\\') {
          const nl = buf.indexOf('\n', i);
          if (nl < 0 && !final) return wait();
          this.#sigStart = i;
          return { end: nl < 0 ? len : nl + 1, textEnd: nl < 0 ? len : nl };
        }
        this.#sigStart = i;
      }
      if (c === "'" || c === '"' || (c === '`' && !postgres)) {
        this.#mode = 'quote';
        this.#quote = c;
        this.#modeStart = i;
        this.#escapes = mysql ? c !== '`' : postgres && c === "'" && isEscapeStringPrefix(buf, i);
        i++;
        continue;
      }
      if (c === '$' && postgres && (i === 0 || !IDENT.test(buf[i - 1]!))) {
        let j = i + 1;
        while (j < len && /[A-Za-z0-9_]/.test(buf[j]!)) j++;
        if (j >= len && !final) return wait();
        if (buf[j] === '$' && !/[0-9]/.test(buf[i + 1]!)) {
          this.#mode = 'dollar';
          this.#tag = buf.slice(i, j + 1);
          this.#modeStart = i;
          i = j + 1;
          continue;
        }
        i = j;
        continue;
      }
      if (c === this.#delimiter[0]) {
        const delimiter = this.#delimiter;
        if (len - i < delimiter.length && !final && delimiter.startsWith(buf.slice(i))) return wait();
        if (buf.startsWith(delimiter, i) && !this.#insideSqliteTrigger(i)) {
          return { end: i + delimiter.length, textEnd: i };
        }
      }
      i++;
    }
    this.#pos = i;
    return undefined;
  }

  /** In SQLite a `;` inside `CREATE TRIGGER … BEGIN … END` does not end the statement; only `END;` does. */
  #insideSqliteTrigger(semicolon: number): boolean {
    if (this.#dialect !== 'sqlite' || this.#delimiter !== ';' || this.#sigStart < 0) return false;
    if (!SQLITE_TRIGGER.test(this.#buf.slice(this.#sigStart, this.#sigStart + 64))) return false;
    return !/(?:^|[^A-Za-z0-9_])end\s*$/i.test(this.#buf.slice(Math.max(this.#sigStart, semicolon - 16), semicolon));
  }
}

/** `E'…'` (or `e'…'`) not preceded by an identifier character: PostgreSQL's escape string syntax. */
function isEscapeStringPrefix(buf: string, quote: number): boolean {
  const prev = buf[quote - 1];
  if (prev !== 'E' && prev !== 'e') return false;
  return quote < 2 || !IDENT.test(buf[quote - 2]!);
}

function countNewlines(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = text.indexOf('\n', from); i >= 0 && i < to; i = text.indexOf('\n', i + 1)) n++;
  return n;
}

/** Splits a whole script held in a string (tests, small scripts). */
export function splitSqlScript(script: string, dialect: SqlDialect, options: Omit<SplitterOptions, 'dialect'> = {}): SplitStatement[] {
  const splitter = new SqlStatementSplitter({ ...options, dialect });
  return [...splitter.push(script), ...splitter.end()];
}

/**
 * Reads a script from a stream (file, gunzip, tar entry) and yields its statements as they complete.
 * Bytes are decoded as UTF-8 across chunk boundaries; the stream is consumed with backpressure.
 */
export async function* statementsFromStream(readable: Readable, options: SqlDialect | SplitterOptions): AsyncIterable<SplitStatement> {
  const splitter = new SqlStatementSplitter(typeof options === 'string' ? { dialect: options } : options);
  const decoder = new StringDecoder('utf8');
  for await (const chunk of readable as AsyncIterable<Buffer | string>) {
    const text = typeof chunk === 'string' ? chunk : decoder.write(chunk);
    if (text) yield* splitter.push(text);
  }
  const rest = decoder.end();
  if (rest) yield* splitter.push(rest);
  yield* splitter.end();
}
