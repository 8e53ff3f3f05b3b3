/**
 * The engines the harness knows, by kind. Adding an engine: a folder harness/engine/<engine>/ with its
 * `<engine>-engine.ts`, its kind in ENGINE_KINDS (engine.ts) and one line here.
 */
import type { EngineDefinition, EngineFamily } from './engine-definition.ts';
import type { EngineKind } from './engine.ts';
import { MARIADB_ENGINE } from './mariadb/mariadb-engine.ts';
import { MYSQL_ENGINE } from './mysql/mysql-engine.ts';
import { POSTGRES_ENGINE } from './postgres/postgres-engine.ts';
import { SQLITE_ENGINE } from './sqlite/sqlite-engine.ts';

const ENGINES: Readonly<Record<EngineKind, EngineDefinition>> = {
  mariadb: MARIADB_ENGINE,
  mysql: MYSQL_ENGINE,
  postgres: POSTGRES_ENGINE,
  sqlite: SQLITE_ENGINE,
};

/** The definition of an engine: its dialect, capabilities, family and every per-engine role. */
export function getEngine(kind: EngineKind): EngineDefinition {
  return ENGINES[kind];
}

/** Every engine, in ENGINE_KINDS order. */
export function listEngines(): readonly EngineDefinition[] {
  return Object.values(ENGINES);
}

/** True when a snapshot or a server of `a` serves `b` too (MariaDB and MySQL). */
export function sameFamily(a: EngineKind, b: EngineKind): boolean {
  return getEngine(a).family === getEngine(b).family;
}

export type { EngineFamily };
