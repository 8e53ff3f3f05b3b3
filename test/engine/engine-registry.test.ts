/** The engine registry: every kind has a complete definition, and the definitions agree with each other. */
import { describe, expect, it } from 'vitest';
import { ENGINE_KINDS } from '../../harness/engine/engine.ts';
import { getEngine, listEngines, sameFamily } from '../../harness/engine/engine-registry.ts';
import { mapColumnType } from '../../harness/migrate/type-mapping.ts';

describe('engine registry', () => {
  it('has one definition per kind in ENGINE_KINDS, under its own kind', () => {
    expect(listEngines().map((e) => e.kind)).toEqual([...ENGINE_KINDS]);
    for (const kind of ENGINE_KINDS) expect(getEngine(kind).kind).toBe(kind);
  });

  it.each(ENGINE_KINDS)('%s: a server engine can be run, dumped and created by name; a file engine reads its own files', (kind) => {
    const engine = getEngine(kind);
    if (engine.capabilities.needsServer) {
      expect(engine.containerFlavour).toBeDefined();
      expect(engine.processRecipe).toBeDefined();
      expect(engine.dumpSource).toBeDefined();
      expect(engine.databaseFile).toBeUndefined();
    } else {
      expect(engine.containerFlavour).toBeUndefined();
      expect(engine.processRecipe).toBeUndefined();
      expect(engine.databaseFile?.magic.length).toBeGreaterThan(0);
    }
    // Only an engine that reports statement warnings can name some of them data loss.
    if (!engine.capabilities.supportsStatementWarnings) expect(engine.dataLossWarnings).toEqual([]);
  });

  it('MariaDB and MySQL are one family, the others each their own', () => {
    expect(sameFamily('mariadb', 'mysql')).toBe(true);
    expect(sameFamily('mariadb', 'postgres')).toBe(false);
    expect(sameFamily('postgres', 'sqlite')).toBe(false);
    expect(getEngine('mysql').dialect.quoteIdentifier('a`b')).toBe(getEngine('mariadb').dialect.quoteIdentifier('a`b'));
  });

  it.each(ENGINE_KINDS)('%s: literal writes each value shape, and identifiers are quoted with the quote doubled', (kind) => {
    const { dialect } = getEngine(kind);
    expect(dialect.literal(null)).toBe('NULL');
    expect(dialect.literal(42)).toBe('42');
    expect(dialect.literal(12345678901234567890n)).toBe('12345678901234567890');
    expect(dialect.literal("l'été")).toMatch(/^'l(''|\\')été'$/);
    expect(dialect.literal(Buffer.from([0, 255]))).toMatch(/00ff/);
    expect(dialect.literal(new Date('2009-01-02T03:04:05.678Z'))).toMatch(/^'2009-01-02[ T]03:04:05\.678Z?'$/);
    expect(() => dialect.literal({} as never, () => 'table t, row 1, column c')).toThrow(/table t, row 1, column c/);
    const quoted = dialect.quoteIdentifier('we"ird`name');
    expect(quoted.length).toBeGreaterThan('we"ird`name'.length + 2);
  });

  it('renders one portable type in each engine\'s words', () => {
    expect(ENGINE_KINDS.map((kind) => mapColumnType('int(11) unsigned', kind, 'c'))).toEqual(['bigint', 'bigint', 'bigint', 'INTEGER']);
    expect(ENGINE_KINDS.map((kind) => mapColumnType('varchar(160)', kind, 'c'))).toEqual(['varchar(160)', 'varchar(160)', 'varchar(160)', 'TEXT']);
    expect(() => mapColumnType('geometry', 'postgres', 'table t column g')).toThrow(/table t column g: no mapping for column type "geometry"/);
  });

  it('each dialect says which dump statements leave the database', () => {
    expect(getEngine('mysql').dialect.leavesDatabase('USE `Chinook`')).toBe(true);
    expect(getEngine('postgres').dialect.leavesDatabase('USE x')).toBe(false);
    expect(getEngine('postgres').dialect.leavesDatabase('\\connect chinook')).toBe(true);
    expect(getEngine('sqlite').dialect.leavesDatabase('CREATE DATABASE x')).toBe(false);
  });
});
