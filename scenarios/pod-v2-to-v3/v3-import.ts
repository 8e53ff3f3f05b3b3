/**
 * Step `load`: WORKDIR/pod_v2.sql loaded into the fresh v3 through the harness's target connection
 * (seed 001: `mysql -h … podv3 < podv2.sql`), statement by statement as the file streams in, with the
 * rewrites of {@link V3ImportPlan}. Running it on the harness connection is what lets the checks see every
 * server warning it raises: 1062 for each row INSERT IGNORE dropped on a v3 unique key, 1364 for each NOT
 * NULL column the v2 rows do not fill (v3's `site_id`, which is how channels and disciplines end up on
 * site 0).
 *
 * SHOW WARNINGS lists at most max_error_count (default 64) warnings per statement; a 500-row INSERT can
 * raise more, so the session limit is raised for the load (https://mariadb.com/kb/en/server-system-variables/#max_error_count).
 */
import { createReadStream, existsSync } from 'node:fs';
import { join } from 'node:path';
import { BadInputError, type StepContext, type StepOutput } from 'rehearse';
import { V2_DUMP_FILE } from './v2-export.ts';
import { V3ImportPlan } from './v3-import-plan.ts';

const MAX_ERROR_COUNT = 65_535;

export async function importIntoV3(context: StepContext): Promise<StepOutput> {
  const file = join(context.workdir, V2_DUMP_FILE);
  if (!existsSync(file)) throw new BadInputError(`step load: ${file} does not exist; the dump step must run before the load step`);
  const plan = await V3ImportPlan.forTarget(context.target);
  await context.target.execute(`SET SESSION max_error_count = ${MAX_ERROR_COUNT}`);
  const result = await context.target.runScript(createReadStream(file), {
    transform: (statement) => plan.transform(statement),
    onProgress: (p) => context.progress(`loaded ${p.rows} rows (${p.statements} statements)`),
    signal: context.signal,
  });
  const dropped = result.warnings.filter((w) => w.code === '1062').length;
  const lines = [
    `${result.statements} statements, ${result.rows} rows inserted with INSERT IGNORE, ${result.warnings.length} server warnings (${dropped} rows dropped on a unique key, 1062)`,
    `loaded under v3 names: ${[...plan.renamed].sort().join(', ') || 'none'}`,
    ...plan.describeSkipped().map((line) => `skipped ${line}`),
  ];
  for (const line of lines) context.log.debug(line);
  return { rows: result.rows, output: lines.join('\n') };
}
