/**
 * Gathers the server warnings both connections captured, tagged with the phase or step during which
 * they arrived (connections keep all their warnings; we remember how many we have already taken).
 */
import type { CapturedWarning } from '../check/check.ts';
import type { Connection } from '../engine/engine.ts';

export class WarningCollector {
  readonly #seen = new Map<Connection, number>();
  readonly #all: CapturedWarning[] = [];

  collect(during: string, connections: { source?: Connection; target?: Connection }): void {
    for (const role of ['source', 'target'] as const) {
      const connection = connections[role];
      if (!connection) continue;
      const warnings = connection.warnings();
      const from = this.#seen.get(connection) ?? 0;
      for (const warning of warnings.slice(from)) this.#all.push({ ...warning, during, role });
      this.#seen.set(connection, warnings.length);
    }
  }

  all(): readonly CapturedWarning[] {
    return this.#all;
  }
}
