/**
 * Shared by the provider tests: a unique run id, the engines a provider applies to (by capability, as
 * the harness itself decides), and the proof that a started database answers and keeps what it is given.
 */
import { randomBytes } from 'node:crypto';
import { readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { expect } from 'vitest';
import type { EngineDefinition } from '../../harness/engine/engine-definition.ts';
import { listEngines } from '../../harness/engine/engine-registry.ts';
import type { StartedDatabase } from '../../harness/provider/provider.ts';
import { preparePodmanEnvironment } from '../../harness/provider/container/engine-environment.ts';
import { ENGINES } from '../support/test-databases.ts';

preparePodmanEnvironment();

export function newRunId(): string {
  return `t${randomBytes(4).toString('hex')}`;
}

/** The tested engines (ENGINES=… filters them) for which `applies` holds. */
export function enginesWhere(applies: (engine: EngineDefinition) => boolean): EngineDefinition[] {
  return listEngines().filter((e) => (ENGINES as readonly string[]).includes(e.kind) && applies(e));
}

/** Connects, writes a row through the engine's dialect and reads it back. */
export async function expectUsable(database: StartedDatabase): Promise<void> {
  const connection = await database.connect();
  try {
    const q = (name: string) => connection.dialect.quoteIdentifier(name);
    await connection.execute(`CREATE TABLE ${q('probe')} (${q('id')} INTEGER PRIMARY KEY, ${q('label')} VARCHAR(20))`);
    await connection.execute(`INSERT INTO ${q('probe')} VALUES (1, ${connection.dialect.literal("l'été")})`);
    const rows = await connection.query(`SELECT ${q('label')} AS label FROM ${q('probe')}`);
    expect(rows).toEqual([{ label: "l'été" }]);
  } finally {
    await connection.close();
  }
}

/** Entries of the temp folder whose name contains the run id. */
export function tempEntriesOf(runId: string): string[] {
  return readdirSync(tmpdir()).filter((name) => name.includes(runId));
}
