/**
 * The server warnings kept by one connection. Bounded: a dump that truncates a column on every row of a
 * 10-million-row table must not keep 10 million warnings in memory. Past the limit, warnings are counted
 * and one summary note says how many were dropped.
 */
import type { ServerWarning } from './engine.ts';

export const MAX_KEPT_WARNINGS = 10_000;

export class WarningLog {
  readonly #kept: ServerWarning[] = [];
  #dropped = 0;
  readonly #limit: number;

  constructor(limit = MAX_KEPT_WARNINGS) {
    this.#limit = limit;
  }

  add(warnings: readonly ServerWarning[]): void {
    for (const warning of warnings) {
      if (this.#kept.length < this.#limit) this.#kept.push(warning);
      else this.#dropped++;
    }
  }

  list(): readonly ServerWarning[] {
    if (this.#dropped === 0) return [...this.#kept];
    const engine = this.#kept[0]!.engine;
    const note: ServerWarning = {
      engine,
      code: 'warnings-dropped',
      level: 'note',
      message: `${this.#dropped} further warnings were raised but not kept (limit ${this.#limit} per connection)`,
    };
    return [...this.#kept, note];
  }
}
