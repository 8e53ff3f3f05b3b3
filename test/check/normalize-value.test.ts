/** Value equality and key ordering across engine representations (pure functions: no database). */
import { describe, expect, it } from 'vitest';
import {
  canonicalDecimal,
  canonicalValue,
  compareCodePoints,
  compareKeyValues,
  maskValue,
  parseInstant,
  renderValue,
  valuesEqual,
} from '../../harness/check/normalize-value.ts';
import type { SqlValue } from '../../harness/engine/engine.ts';

describe('normalize-value: equality', () => {
  const equal: [string, SqlValue, SqlValue][] = [
    ['DECIMAL(10,3) vs NUMERIC', '1.990', '1.99'],
    ['numeric string vs number', '1.990', 1.99],
    ['bigint vs string', 9007199254740993n, '9007199254740993'],
    ['integer vs decimal string', 3, '3.000'],
    ['negative zero', '-0.00', 0],
    ['exponent number vs string', 1e21, '1000000000000000000000'],
    ['Date vs SQL timestamp (UTC)', new Date('2024-01-02T10:00:00Z'), '2024-01-02 10:00:00'],
    ['Date vs ISO with offset', new Date('2024-01-02T10:00:00Z'), '2024-01-02T11:00:00+01:00'],
    ['Date vs microseconds', new Date('2024-01-02T10:00:00.123Z'), '2024-01-02 10:00:00.123456'],
    ['Date vs Date', new Date(5), new Date(5)],
    ['DATE string vs DATETIME string', '2024-01-02', '2024-01-02 00:00:00'],
    ['boolean vs 1', true, 1],
    ['boolean vs 0', false, 0],
    ['boolean vs "t"', true, 't'],
    ['Buffer vs Buffer', Buffer.from([1, 2]), Buffer.from([1, 2])],
    ['Buffer vs same text', Buffer.from('héllo'), 'héllo'],
    ['Buffer vs hex text', Buffer.from([0xde, 0xad]), '\\xdead'],
    ['null vs null', null, null],
  ];
  for (const [name, a, b] of equal) {
    it(`equal: ${name}`, () => {
      expect(valuesEqual(a, b)).toBe(true);
      expect(valuesEqual(b, a)).toBe(true);
    });
  }

  const different: [string, SqlValue, SqlValue][] = [
    ['different decimals', '1.99', '1.999'],
    ['leading zero lost (zip code)', '01234', 1234],
    ['leading zero lost, both strings', '01234', '1234'],
    ['null vs empty string', null, ''],
    ['null vs 0', null, 0],
    ['trailing spaces by default', 'abc  ', 'abc'],
    ['case', 'Vidéo', 'vidéo'],
    ['different instants', new Date('2024-01-02T10:00:00Z'), '2024-01-02 10:00:01'],
    ['boolean vs 2', true, 2],
    ['number vs text', 1, 'one'],
    ['Buffer vs other bytes', Buffer.from([1]), Buffer.from([2])],
  ];
  for (const [name, a, b] of different) {
    it(`different: ${name}`, () => {
      expect(valuesEqual(a, b)).toBe(false);
      expect(valuesEqual(b, a)).toBe(false);
    });
  }

  it('options: trailing spaces ignored only when asked; numeric strings can be compared as text', () => {
    expect(valuesEqual('abc  ', 'abc', { trimTrailingSpaces: true })).toBe(true);
    expect(valuesEqual('1.990', '1.99', { numericStrings: false })).toBe(false);
  });

  it('canonical forms agree with equality for hashing', () => {
    expect(canonicalValue('1.990')).toBe(canonicalValue(1.99));
    expect(canonicalValue(new Date('2024-01-02T10:00:00Z'))).toBe(canonicalValue('2024-01-02 10:00:00'));
    expect(canonicalValue(true)).toBe(canonicalValue(1));
    expect(canonicalValue('a')).not.toBe(canonicalValue('a '));
  });
});

describe('normalize-value: decimals and instants', () => {
  it('canonicalises decimals without losing precision', () => {
    expect(canonicalDecimal('12345678901234567890.1234567890')).toBe('12345678901234567890.123456789');
    expect(canonicalDecimal(5e-7)).toBe('0.0000005');
    expect(canonicalDecimal('-0')).toBe('0');
    expect(canonicalDecimal('1e5')).toBeUndefined();
    expect(canonicalDecimal('007')).toBeUndefined();
    expect(canonicalDecimal(Number.NaN)).toBe('NaN');
  });

  it('parses timestamps as UTC unless they carry an offset', () => {
    expect(parseInstant('2024-01-02 10:00:00')).toBe(Date.UTC(2024, 0, 2, 10));
    expect(parseInstant('2024-01-02T10:00:00-05:30')).toBe(Date.UTC(2024, 0, 2, 15, 30));
    expect(parseInstant('not a date')).toBeUndefined();
  });
});

describe('normalize-value: key order', () => {
  it('orders numbers by value across representations, NULL first', () => {
    expect(compareKeyValues('10', 9)).toBe(1);
    expect(compareKeyValues(2n, '2.0')).toBe(0);
    expect(compareKeyValues('-1.5', '-1.25')).toBe(-1);
    // BIGINT keys read as strings on both sides still sort by value…
    expect(compareKeyValues('10', '9')).toBe(1);
    // …unless text keys are asked for.
    expect(compareKeyValues('10', '9', { numericStrings: false })).toBe(-1);
    expect(compareKeyValues(null, 0)).toBe(-1);
  });

  it('orders strings by code point (binary collation), not by locale', () => {
    expect(compareKeyValues('B', 'a')).toBe(-1);
    expect(compareKeyValues('10a', '9a')).toBe(-1);
    // U+FF5E (fullwidth tilde) sorts before U+1F600 (emoji) by code point, though not in UTF-16 units.
    expect(compareCodePoints('\uff5e', '😀')).toBe(-1);
    expect(['b', 'é', 'B', 'a'].sort(compareCodePoints)).toEqual(['B', 'a', 'b', 'é']);
  });
});

describe('normalize-value: rendering', () => {
  it('renders values so differences are visible and masks personal data', () => {
    expect(renderValue('a ')).toBe('"a "');
    expect(renderValue(null)).toBe('NULL');
    expect(renderValue(Buffer.alloc(60))).toMatch(/^0x0{96}… \(60 bytes\)$/);
    expect(renderValue('x'.repeat(400))).toMatch(/…" \(400 chars\)$/);
    expect(maskValue('alice@example.org')).toMatch(/^<masked sha256:[0-9a-f]{10}>$/);
    expect(maskValue('alice@example.org')).toBe(maskValue('alice@example.org'));
  });
});
