/**
 * Check `generic-relations`: every name_i18n / url_i18n row of the target points, through its
 * (content_type_id, object_id) pair, at a content type that exists and at a row of that model's table.
 * No constraint guards object_id, so a name left behind by a deleted institution migrates silently;
 * on the new host it is attached to nothing, or to whatever object later takes that id.
 */
import type { Check, CheckContext, CheckExample, CheckOutcome } from 'rehearse';

/** The generic-relation tables of edumanage and their columns. */
export const GENERIC_RELATION_TABLES = ['edumanage_name_i18n', 'edumanage_url_i18n'] as const;

export interface GenericRelationsOptions {
  readonly tables?: readonly string[];
  readonly id?: string;
}

export function genericRelations(options: GenericRelationsOptions = {}): Check {
  const tables = options.tables ?? GENERIC_RELATION_TABLES;
  return {
    id: options.id ?? 'generic-relations',
    kind: 'genericRelations',
    severity: 'blocking',
    describe: () => `every (content_type_id, object_id) of ${tables.join(', ')} in the target points at an existing row`,
    async run(context: CheckContext): Promise<CheckOutcome> {
      const db = context.target;
      const q = (name: string) => db.dialect.quoteIdentifier(name);
      const examples: CheckExample[] = [];
      const broken: string[] = [];
      let total = 0;
      let checked = 0;
      const addExample = (table: string, id: unknown, detail: string) => {
        if (examples.length < context.maxExamples) examples.push({ subject: `${table} id ${String(id)}`, detail });
      };
      for (const table of tables) {
        context.signal.throwIfAborted();
        const types = await db.query(
          `SELECT t.content_type_id AS ct, c.app_label AS app, c.model AS model, COUNT(*) AS n FROM ${q(table)} t ` +
            `LEFT JOIN ${q('django_content_type')} c ON c.id = t.content_type_id WHERE t.content_type_id IS NOT NULL GROUP BY t.content_type_id, c.app_label, c.model`,
        );
        let missing = 0;
        for (const type of types) {
          checked += Number(type.n);
          if (type.app === null || type.app === undefined) {
            missing += Number(type.n);
            for (const row of await db.query(`SELECT id FROM ${q(table)} WHERE content_type_id = ? ORDER BY id LIMIT ${context.maxExamples}`, [type.ct])) {
              addExample(table, row.id, `content_type_id ${String(type.ct)} is no django_content_type row`);
            }
            continue;
          }
          // Django's default table name for a model: <app_label>_<model>.
          const owner = `${String(type.app)}_${String(type.model)}`;
          const from = `FROM ${q(table)} t LEFT JOIN ${q(owner)} o ON o.id = t.object_id WHERE t.content_type_id = ? AND o.id IS NULL`;
          const [count] = await db.query(`SELECT COUNT(*) AS n ${from}`, [type.ct]);
          const n = Number(count?.n ?? 0);
          missing += n;
          if (n === 0) continue;
          for (const row of await db.query(`SELECT t.id AS id, t.object_id AS object_id ${from} ORDER BY t.id LIMIT ${context.maxExamples}`, [type.ct])) {
            addExample(table, row.id, `points at ${String(type.app)}.${String(type.model)} ${String(row.object_id)}, which does not exist in ${owner}`);
          }
        }
        if (missing) broken.push(`${table} (${missing})`);
        total += missing;
      }
      return total === 0
        ? { status: 'passed', summary: `${checked} generic references of ${tables.length} tables all point at existing rows`, examples: [], metrics: { checked, dangling: 0 } }
        : { status: 'failed', summary: `${total} of ${checked} generic references point nowhere: ${broken.join(', ')}`, examples, metrics: { checked, dangling: total } };
    },
  };
}
