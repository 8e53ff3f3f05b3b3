/**
 * A small SQLite-to-SQLite scenario written into a temporary folder for the audit tests: a snapshot
 * archive (stating a production volume), a target setup script, a SQL step file and an exec step whose
 * script is a file of the folder. Everything runs on this machine in seconds.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createSnapshotWriter } from '../../harness/snapshot/snapshot-writer.ts';

const ROWS = 200;

export async function writeAuditScenario(dir: string, options: { readonly sabotage?: boolean } = {}): Promise<{ scenarioDir: string; snapshot: string }> {
  const scenarioDir = join(dir, 'audit-scenario');
  mkdirSync(scenarioDir, { recursive: true });
  const values = Array.from({ length: ROWS }, (_, i) => `(${i + 1}, 'item ${i + 1}')`).join(',\n');
  const snapshot = join(scenarioDir, 'snapshot.tar');
  const writer = await createSnapshotWriter(snapshot, { engine: 'sqlite', serverVersion: '3', createdBy: 'audit test', properties: { productionRows: ROWS * 1000 } });
  await writer.addSqlDump('items', (async function* () {
    yield 'CREATE TABLE item (id INTEGER PRIMARY KEY, name TEXT NOT NULL);\n';
    yield `INSERT INTO item VALUES ${values};\n`;
  })());
  writer.setTables([{ name: 'item', rows: ROWS }]);
  await writer.finish();
  writeFileSync(join(scenarioDir, 'target-schema.sql'), 'CREATE TABLE item (id INTEGER PRIMARY KEY, name TEXT NOT NULL);\n');
  const last = options.sabotage ? ROWS - 1 : ROWS;
  writeFileSync(join(scenarioDir, 'copy.sql'), `INSERT INTO item VALUES ${values.split(',\n').slice(0, last).join(',\n')};\n`);
  writeFileSync(join(scenarioDir, 'note.mjs'), "console.log('copied');\n");
  writeFileSync(join(scenarioDir, 'scenario.ts'), `import { defineScenario, exec, rowCounts, sql } from 'rehearse';

export default defineScenario({
  name: 'audit-scenario',
  source: { engine: 'sqlite' },
  target: { engine: 'sqlite', setup: ['target-schema.sql'] },
  snapshot: 'snapshot.tar',
  steps: [
    sql({ id: 'copy', on: 'target', file: 'copy.sql' }),
    exec({ id: 'note', command: 'node', args: ['note.mjs'] }),
  ],
  checks: [rowCounts()],
});
`);
  return { scenarioDir, snapshot };
}
