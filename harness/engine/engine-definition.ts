/**
 * The plug-in interface of a database engine: everything that differs per engine, in one object per
 * engine folder (harness/engine/<engine>/<engine>-engine.ts). The rest of the harness reaches an engine
 * only through {@link getEngine} (engine-registry.ts) and branches on its capabilities, never on its
 * name. Adding an engine is adding one folder and one line in the registry.
 */
import type { ServerFlavour } from '../provider/container/server-flavour.ts';
import type { ProcessRecipe } from '../provider/process/process-recipe.ts';
import type { ArchiveRestore } from './archive-restore.ts';
import type { ClientEnvironment } from './client-environment.ts';
import type { DumpSourceFactory } from './dump-source.ts';
import type { EngineCapabilities } from './engine-capabilities.ts';
import type { LeastPrivilege } from './least-privilege.ts';
import type { Connection, Dialect, EngineKind } from './engine.ts';
import type { PlainDumpRules } from './plain-dump-rules.ts';
import type { PortableColumnType } from './portable-column-type.ts';

/**
 * Engines of one family share their SQL dialect, dump format, server protocol and warning codes: a
 * snapshot taken from one loads into the other, and one --server URL serves both (MariaDB and MySQL).
 */
export const ENGINE_FAMILIES = ['mysql', 'postgres', 'sqlite'] as const;
export type EngineFamily = (typeof ENGINE_FAMILIES)[number];

/** A server warning code that means data was silently lost. */
export interface DataLossWarning {
  /** As in {@link ServerWarning.code}, e.g. '1265'. */
  readonly code: string;
  /** The engine's own name for it, e.g. WARN_DATA_TRUNCATED. */
  readonly name: string;
  /** What was lost, for the report. */
  readonly meaning: string;
}

/** An engine whose databases are single files: how to recognise, check and load such a file as a snapshot. */
export interface DatabaseFileFormat {
  /** The database URL that opens `file` with this engine. */
  urlFor(file: string): string;
  /** The bytes every database file of this engine starts with. */
  readonly magic: Buffer;
  /** Problems the engine's own integrity check finds (none when sound); `label` names the file in errors. */
  verify(file: string, label: string): string[];
  /** Copies the file's schema and rows into an open connection of this engine, returns the rows copied. */
  copyInto(file: string, connection: Connection): Promise<number>;
}

export interface EngineDefinition {
  readonly kind: EngineKind;
  /** The engine's name as its makers write it, for messages: 'MariaDB', 'PostgreSQL'. */
  readonly displayName: string;
  readonly family: EngineFamily;
  readonly capabilities: EngineCapabilities;
  /** Opens a connection from a database URL of this engine (schemes: connection-url.ts). Driver errors
   * propagate as they are; {@link openConnection} words them. */
  connect(url: string): Promise<Connection>;
  /** The SQL pieces: identifier quoting, placeholders, literals, statements that leave the database. */
  readonly dialect: Dialect;
  /** This engine's column type for a type parsed from another engine (copyTables). */
  renderType(type: PortableColumnType): string;
  /** How `snapshot create` reads this engine; absent when its databases are snapshots already (files). */
  readonly dumpSource?: DumpSourceFactory;
  /** How plain dumps of this engine's own tools end and switch databases; absent when it has none. */
  readonly plainDump?: PlainDumpRules;
  /** How the engine's own archive dump formats (pg_dump -Fc, -Fd) become plain SQL; absent when it has none. */
  readonly archiveRestore?: ArchiveRestore;
  /** How the container provider runs its server; absent without a server. */
  readonly containerFlavour?: ServerFlavour;
  /** How the process provider starts its server from local binaries; absent without a server. */
  readonly processRecipe?: ProcessRecipe;
  /** How snapshot SQL and setup scripts are confined to the throwaway database; present with a server. */
  readonly leastPrivilege?: LeastPrivilege;
  /** The URL schemes and variables the engine's own tools read, for exec steps; absent without a server. */
  readonly clientEnvironment?: ClientEnvironment;
  /** Warning codes that mean silent data loss (the integrity check's blocking warnings). */
  readonly dataLossWarnings: readonly DataLossWarning[];
  /** Present for file engines: their database files are snapshots. */
  readonly databaseFile?: DatabaseFileFormat;
}
