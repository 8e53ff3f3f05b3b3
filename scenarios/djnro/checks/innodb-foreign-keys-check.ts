/**
 * Check `innodb-foreign-keys`: the point of the DjNRO move was to leave MyISAM. Every target table must
 * use InnoDB, and every foreign key the models declare must exist as a constraint. Django creates
 * tables with the server's default engine, so a target server still defaulting to MyISAM gives MyISAM
 * tables whose foreign keys were parsed and dropped, and the load succeeds all the same.
 */
import type { Check, CheckContext, CheckExample, CheckOutcome } from 'rehearse';

/** A foreign key the target must hold: table.column -> referenced table. */
export interface ExpectedForeignKey {
  readonly table: string;
  readonly column: string;
  readonly references: string;
}

export interface InnodbForeignKeysOptions {
  readonly foreignKeys: readonly ExpectedForeignKey[];
  readonly engine?: string;
  readonly id?: string;
}

export function innodbForeignKeys(options: InnodbForeignKeysOptions): Check {
  const engine = options.engine ?? 'InnoDB';
  return {
    id: options.id ?? 'innodb-foreign-keys',
    kind: 'innodbForeignKeys',
    severity: 'blocking',
    describe: () => `every target table uses ${engine} and holds its ${options.foreignKeys.length} declared foreign keys`,
    async run(context: CheckContext): Promise<CheckOutcome> {
      const introspector = context.target.introspector;
      const tables = await introspector.listTables();
      if (tables.some((t) => t.storageEngine === undefined)) {
        throw new Error(`innodb-foreign-keys: the target engine (${context.target.kind}) reports no storage engine per table`);
      }
      const wrongEngine = tables.filter((t) => t.storageEngine?.toLowerCase() !== engine.toLowerCase());
      const present = new Set((await introspector.foreignKeys()).filter((fk) => fk.columns.length === 1).map((fk) => `${fk.table.toLowerCase()}.${String(fk.columns[0]).toLowerCase()}->${fk.referencedTable.toLowerCase()}`));
      const missing = options.foreignKeys.filter((fk) => !present.has(`${fk.table.toLowerCase()}.${fk.column.toLowerCase()}->${fk.references.toLowerCase()}`));
      const examples: CheckExample[] = [
        ...wrongEngine.map((t) => ({ subject: `table ${t.name}`, detail: `engine ${String(t.storageEngine)}, expected ${engine}` })),
        ...missing.map((fk) => ({ subject: `foreign key ${fk.table}.${fk.column}`, detail: `no constraint from ${fk.table}.${fk.column} to ${fk.references}` })),
      ].slice(0, context.maxExamples);
      const metrics = { tables: tables.length, wrongEngine: wrongEngine.length, foreignKeys: options.foreignKeys.length, missingForeignKeys: missing.length };
      if (!wrongEngine.length && !missing.length) {
        return { status: 'passed', summary: `${tables.length} tables use ${engine}, ${options.foreignKeys.length} foreign keys in place`, examples: [], metrics };
      }
      const parts = [wrongEngine.length ? `${wrongEngine.length} of ${tables.length} tables not ${engine}` : '', missing.length ? `${missing.length} of ${options.foreignKeys.length} foreign keys missing` : ''];
      return { status: 'failed', summary: parts.filter(Boolean).join(', '), examples, metrics };
    },
  };
}
