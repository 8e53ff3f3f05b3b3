/**
 * Which value class may be read as which, the same rule on every engine (see {@link CanonicalText.text}):
 * each engine supplies the SQL of its own classes, this table decides the crossings (an integer read as
 * text gives its digits, CHAR read as text loses its padding, floats and JSON have no canonical text in
 * SQL). One table, so that the engines cannot drift apart on what compares with what.
 */
import type { ValueClass } from './canonical-text.ts';
import type { ColumnInfo } from './engine.ts';

/** SQL giving the canonical text of `expression`, a column of type `column` whose own class is `own`
 * (undefined: this class cannot be read from that one). */
export type CanonicalReader = (expression: string, column: ColumnInfo, own: ValueClass) => string | undefined;

/** The SQL an engine writes itself. */
export interface EngineTextPieces {
  /** The value as text, unchanged (a text, enum or set column). */
  readonly plain: (expression: string) => string;
  /** The value as text without trailing spaces (CHAR padding). */
  readonly trimmed: (expression: string) => string;
  /** Readers of these classes, each guarding which own classes it accepts. */
  readonly integer: CanonicalReader;
  readonly decimal: CanonicalReader;
  readonly boolean: CanonicalReader;
  readonly date: CanonicalReader;
  readonly time: CanonicalReader;
  readonly timestamp: CanonicalReader;
  readonly binary: CanonicalReader;
  readonly set: CanonicalReader;
}

const none: CanonicalReader = () => undefined;

/** Every class's reader, from an engine's pieces. */
export function canonicalReaders(pieces: EngineTextPieces): Readonly<Record<ValueClass, CanonicalReader>> {
  // Text of any class but binary, float and JSON: its own canonical form (a number compared with a text
  // column reads as its digits), CHAR without its padding.
  const text: CanonicalReader = (x, column, own) => {
    if (own === 'char') return pieces.trimmed(x);
    if (own === 'text' || own === 'enum' || own === 'set') return pieces.plain(x);
    if (own === 'binary' || own === 'json' || own === 'float') return undefined;
    return readers[own](x, column, own);
  };
  const readers: Record<ValueClass, CanonicalReader> = {
    integer: pieces.integer,
    decimal: pieces.decimal,
    // No portable shortest round-trip text in SQL: floats are compared by streaming, with a tolerance.
    float: none,
    boolean: pieces.boolean,
    date: pieces.date,
    time: pieces.time,
    timestamp: pieces.timestamp,
    text,
    char: (x, column, own) => (own === 'text' || own === 'char' ? pieces.trimmed(x) : text(x, column, own)),
    binary: pieces.binary,
    // Canonical JSON (key order, number forms) has no portable SQL: JSON columns are compared by streaming.
    json: none,
    enum: (x, _column, own) => (own === 'enum' || own === 'text' || own === 'char' ? pieces.plain(x) : undefined),
    set: pieces.set,
  };
  return readers;
}
