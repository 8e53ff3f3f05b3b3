/**
 * A mistyped key is rejected at every level of a scenario and of every step's and check's options,
 * naming the key by its path and suggesting the nearest valid one, before anything starts.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BadInputError } from '../../harness/errors.ts';
import { copyTables, exec, integrity, mediaReferences, query, rowCounts, schema, sql, tags, task } from '../../harness/index.ts';
import { loadScenario } from '../../harness/scenario/load-scenario.ts';
import { runCli } from '../support/run-cli.ts';
import { removeScenarioDirs, sqliteScenario } from './scenario-files.ts';

afterAll(removeScenarioDirs);

async function loadError(dir: string): Promise<string> {
  const error: unknown = await loadScenario(dir).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(BadInputError);
  return (error as Error).message;
}

describe('a scenario file with a mistyped key', () => {
  const levels: [level: string, fields: string, expected: string][] = [
    ['root', 'timeout: { startMs: 1000 }', 'timeout is not a scenario field; did you mean "timeouts"?'],
    ['side', "source: { engine: 'sqlite', imag: 'x' }", 'source.imag is not a field of source; did you mean "image"?'],
    ['timeouts', 'timeouts: { startMS: 1000 }', 'timeouts.startMS is not a field of timeouts; did you mean "startMs"?'],
    ['step options', "steps: [sql({ id: 'migrate', on: 'target', fil: 'x.sql' })]", 'sql step "migrate": fil is not a sql step option; did you mean "file"?'],
    ['check options', 'checks: [rowCounts({ tabels: {} })]', 'check rowCounts: tabels is not a rowCounts option; did you mean "tables"?'],
    [
      'nested check options',
      "checks: [rowCounts({ tables: { Album: { table: 'album', expectd: 3 } } })]",
      'check rowCounts: tables.Album.expectd is not a field of tables.Album; did you mean "expected"?',
    ],
  ];
  for (const [level, fields, expected] of levels) {
    it(`is rejected at the ${level} level, naming the key and the suggestion`, async () => {
      const dir = sqliteScenario(fields);
      const message = await loadError(dir);
      expect(message).toContain(expected);
      expect(message).toContain(join(dir, 'scenario.ts'));
      expect(message).not.toContain('\n');
    });
  }

  it('lists the valid fields when no name is near the one written', async () => {
    const message = await loadError(sqliteScenario("source: { engine: 'sqlite', dockerImage: 'x' }"));
    expect(message).toMatch(/source\.dockerImage is not a field of source; valid fields: engine, image, serverOptions, env, setup, database$/);
  });

  it('through the CLI: exit 2, one line naming the file, the key and the suggestion, no stack, no report', async () => {
    const dir = sqliteScenario("timeout: { startMs: 1000 }, checks: [rowCounts({ severty: 'warning' })]");
    const out = join(dir, 'out');
    const run = await runCli(['run', dir, '--out', out], out);
    expect(run.exitCode).toBe(2);
    expect(run.stderr.trim().split('\n')).toEqual([
      `rehearse: scenario ${join(dir, 'scenario.ts')} could not be loaded: check rowCounts: severty is not a rowCounts option; did you mean "severity"?`,
    ]);
    expect(run.report).toBeUndefined();
    expect(existsSync(out)).toBe(false);
  });

  it('through the CLI: a root-level typo is reported by the scenario validator, one line, exit 2', async () => {
    const dir = sqliteScenario('maxExample: 3');
    const run = await runCli(['plan', dir]);
    expect(run.exitCode).toBe(2);
    expect(run.stderr.trim().split('\n')).toEqual([`rehearse: scenario ${join(dir, 'scenario.ts')}: maxExample is not a scenario field; did you mean "maxExamples"?`]);
    expect(run.stdout).toBe('');
  });
});

describe('every step and check factory rejects a mistyped option', () => {
  const library = { name: 'custom', parse: (text: string) => [text] };
  const cases: [factory: string, create: () => unknown, expected: string][] = [
    ['sql', () => sql({ id: 's', on: 'target', text: 'SELECT 1', timeout: 5 } as never), 'sql step "s": timeout is not a sql step option; did you mean "timeoutMs"?'],
    ['exec', () => exec({ id: 'e', command: 'true', arg: ['x'] } as never), 'exec step "e": arg is not an exec step option; did you mean "args"?'],
    ['task', () => task({ id: 't', run: async () => undefined, descripton: 'x' } as never), 'task step "t": descripton is not a task step option; did you mean "description"?'],
    ['copyTables', () => copyTables({ batchsize: 100 } as never), 'copyTables step: batchsize is not a copyTables step option; did you mean "batchSize"?'],
    ['rowCounts', () => rowCounts({ failOnExtraTable: true } as never), 'check rowCounts: failOnExtraTable is not a rowCounts option; did you mean "failOnExtraTables"?'],
    [
      'rowCounts expected range',
      () => rowCounts({ tables: { Album: { expected: { min: 1, maxx: 3 } } } } as never),
      'check rowCounts: tables.Album.expected.maxx is not a field of tables.Album.expected; did you mean "max"?',
    ],
    ['query', () => query('SELECT 1 ORDER BY 1', { orderInsensitve: true } as never), 'check query: orderInsensitve is not a query option; did you mean "orderInsensitive"?'],
    [
      'query normalize',
      () => query('SELECT 1 ORDER BY 1', { normalize: { trimTrailingSpace: true } } as never),
      'check query: normalize.trimTrailingSpace is not a field of normalize; did you mean "trimTrailingSpaces"?',
    ],
    ['query sql', () => query({ sqll: 'SELECT 1 ORDER BY 1' } as never), 'check query: sql.sqll is not a field of sql; did you mean "sql"?'],
    ['schema', () => schema({ tables: { Track: { column: ['Name'] } } } as never), 'check schema: tables.Track.column is not a field of tables.Track; did you mean "columns"?'],
    [
      'tags',
      () => tags({ source: { sql: 'SELECT 1', param: [] }, target: 'SELECT 1', expect: library } as never),
      'check tags: source.param is not a field of source; did you mean "params"?',
    ],
    ['integrity', () => integrity({ foreignKey: false } as never), 'check integrity: foreignKey is not an integrity option; did you mean "foreignKeys"?'],
    [
      'integrity relation',
      () => integrity({ relations: [{ table: 'a', column: 'b', references: { table: 'c', colum: 'd' } }] } as never),
      'check integrity: relations.0.references.colum is not a field of relations.0.references; did you mean "column"?',
    ],
    [
      'mediaReferences',
      () => mediaReferences({ references: [{ name: 'a', target: { table: 't', column: 'c', kee: 'k' } }] } as never),
      'check mediaReferences: references.0.target.kee is not a field of references.0.target; did you mean "key"?',
    ],
  ];
  for (const [factory, create, expected] of cases) {
    it(`${factory}`, () => {
      expect(create).toThrow(BadInputError);
      // One mistake, one problem: the field the typo stands for is not also reported missing.
      expect(create).toThrow(new RegExp(`^${expected.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`));
    });
  }
});
