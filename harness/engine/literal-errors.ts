/**
 * Shared pieces of the engines' literal writers: the error for a value no literal can hold, and UTC text
 * of a date (connections read dates as UTC, so a Date is written back as UTC text).
 */
import { BadInputError } from '../errors.ts';

/** The default `where` of a literal: callers that know the table, row and column pass their own. */
export const A_VALUE = (): string => 'a value';

/** ISO 8601 in UTC, e.g. 2009-01-01T00:00:00.000Z. */
export function utcText(date: Date, where: () => string): string {
  if (Number.isNaN(date.getTime())) throw new BadInputError(`${where()}: an invalid date was read; the snapshot cannot represent it`);
  return date.toISOString();
}

export function unsupportedValue(value: unknown, where: () => string): BadInputError {
  const shape = Array.isArray(value) ? 'array' : typeof value;
  return new BadInputError(`${where()}: a value of shape "${shape}" cannot be written to a snapshot; cast the column to text in the source or report this as a rehearse bug`);
}
