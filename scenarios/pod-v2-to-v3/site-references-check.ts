/**
 * Check `site-references`: no v3 row points at a site that does not exist, typically site 0. The v2 rows
 * of video_channel and video_discipline carry no `site_id` (it replaced an M2M in Pod 3.0.0, research
 * §7.1), so the load leaves MariaDB's implicit 0 there and seed 001 repairs it with `update … set
 * site_id=1 where site_id=0`. The M2M site tables are checked too: the seed's UPDATEs do not cover them.
 */
import type { Check, CheckContext, CheckExample, CheckOutcome } from 'rehearse';
import { V3_SITE_COLUMNS } from './pod-v2-v3-tables.ts';

export function siteReferences(): Check {
  return {
    id: 'site-references',
    kind: 'siteReferences',
    severity: 'blocking',
    describe: () => `no row of ${V3_SITE_COLUMNS.map((c) => c.table).join(', ')} points at a missing django_site (site 0)`,
    async run(context: CheckContext): Promise<CheckOutcome> {
      const q = (name: string) => context.target.dialect.quoteIdentifier(name);
      const examples: CheckExample[] = [];
      const tables: string[] = [];
      let rows = 0;
      for (const { table, key } of V3_SITE_COLUMNS) {
        context.signal.throwIfAborted();
        const from = `FROM ${q(table)} t LEFT JOIN ${q('django_site')} s ON s.id = t.site_id WHERE s.id IS NULL`;
        const [count] = await context.target.query(`SELECT COUNT(*) AS n ${from}`);
        const n = Number(count?.n ?? 0);
        if (n === 0) continue;
        rows += n;
        tables.push(`${table} (${n})`);
        const left = context.maxExamples - examples.length;
        if (left <= 0) continue;
        for (const row of await context.target.query(`SELECT t.${q(key)} AS k, t.site_id AS site ${from} ORDER BY t.${q(key)} LIMIT ${left}`)) {
          examples.push({
            subject: `${table} ${key} ${String(row.k)}`,
            detail: `site_id = ${String(row.site)}, which is no django_site row${String(row.site) === '0' ? ' (seed 001: update … set site_id=1 where site_id=0)' : ''}`,
          });
        }
      }
      return rows === 0
        ? { status: 'passed', summary: `every site reference of ${V3_SITE_COLUMNS.length} tables points at an existing site`, examples: [], metrics: { rows: 0 } }
        : { status: 'failed', summary: `${rows} rows point at a missing site: ${tables.join(', ')}`, examples, metrics: { rows, tables: tables.length } };
    },
  };
}
