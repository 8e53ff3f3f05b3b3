/**
 * A value outside a closed set or a union is rejected naming the field, the allowed values and what was
 * given, never zod's bare "Invalid input".
 */
import { afterAll, describe, expect, it } from 'vitest';
import { BadInputError } from '../../harness/errors.ts';
import { query, rowCounts, sql, tags } from '../../harness/index.ts';
import { loadScenario } from '../../harness/scenario/load-scenario.ts';
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

describe('union and closed-set errors in a scenario file', () => {
  it('a step side outside source/target names the field, both values and what was written', async () => {
    const message = await loadError(sqliteScenario("steps: [sql({ id: 'migrate', on: 'sourcee', text: 'SELECT 1' })]"));
    expect(message).toMatch(/sql step "migrate": on: must be "source" or "target", got "sourcee"$/);
    expect(message).not.toMatch(/Invalid input/);
  });

  it('an unknown engine names every engine', async () => {
    const message = await loadError(sqliteScenario("source: { engine: 'oracle' }"));
    expect(message).toMatch(/: source\.engine: must be "mariadb", "mysql", "postgres" or "sqlite", got "oracle"$/);
  });

  it('a wrong type names the field, the type expected and the value given', async () => {
    const message = await loadError(sqliteScenario("maxExamples: 'ten', timeouts: { stepMs: -1 }"));
    expect(message).toContain('maxExamples: must be a number, got "ten"');
    expect(message).toContain('timeouts.stepMs: must be greater than 0, got -1');
  });

  it('a missing required field says it is required', async () => {
    const message = await loadError(sqliteScenario('target: {}'));
    expect(message).toMatch(/target\.engine: is required \("mariadb", "mysql", "postgres" or "sqlite"\)$/);
  });
});

describe('union and closed-set errors in step and check options', () => {
  it('a severity outside the set', () => {
    expect(() => rowCounts({ severity: 'fatal' as never })).toThrow(/^check rowCounts: severity: must be "blocking" or "warning", got "fatal"$/);
  });

  it('a union with its own wording keeps it and adds the value given', () => {
    expect(() => rowCounts({ tables: { Album: 3 as never } })).toThrow(
      /^check rowCounts: tables\.Album: must be a table name, false \(dropped on purpose\) or \{ table, expected \}.*, got 3$/,
    );
    expect(() => query(42 as never)).toThrow(/^check query: sql: must be a SQL string, \{ sql \} or \{ source, target \}, got 42$/);
    expect(() => tags({ source: 'SELECT 1', target: 'SELECT 1', expect: 'taggit' as never })).toThrow(
      /^check tags: expect: must be one of django-taggit, django-tagging, tagulous or a TagLibrary object, got "taggit"$/,
    );
  });

  it('an object given to a union of shapes is explained against the nearest shape', () => {
    expect(() => rowCounts({ tables: { Album: { table: 7 } as never } })).toThrow(/^check rowCounts: tables\.Album\.table: must be a string, got 7$/);
  });

  it('file and text of a sql step: exactly one', () => {
    const both = () => sql({ id: 's', on: 'target', file: 'a.sql', text: 'SELECT 1' } as never);
    expect(both).toThrow(/^sql step "s": give either file \(a SQL file\) or text \(SQL\), not both or neither$/);
    expect(() => sql({ id: 's', on: 'target' } as never)).toThrow(/not both or neither$/);
  });
});
