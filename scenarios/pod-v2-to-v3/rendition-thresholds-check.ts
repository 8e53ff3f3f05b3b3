/**
 * Check `rendition-thresholds`: every v3 rendition has an encoding threshold, as seed 001 demands for the
 * renamed table ("cette table a un nouveau field threshold qu'il faut mettre à 0 par défaut"; the column
 * came with Pod 3.1.0, research §7.1, and the v2 rows do not carry it).
 *
 * Fails when a rendition row holds no threshold (NULL, or outside Pod's 0–100 validator), and when the
 * rows were loaded without one: the v3 column is NOT NULL without a database default (Django keeps model
 * defaults in Python), so the v2 INSERT fails with error 1364 "Field … doesn't have a default value" in
 * strict mode; INSERT IGNORE or a non-strict session downgrade it to a warning and store MariaDB's
 * implicit 0 (https://mariadb.com/kb/en/insert-ignore/, https://mariadb.com/kb/en/sql-mode/#strict-mode).
 * The warning is the trace of a load that skipped the seed's defaulting step.
 */
import type { Check, CheckContext, CheckExample, CheckOutcome } from 'rehearse';
import { RENDITION_TABLE, THRESHOLD_COLUMN } from './pod-v2-v3-tables.ts';

const POD_MAX_THRESHOLD = 100;

export function renditionThresholds(): Check {
  return {
    id: 'rendition-thresholds',
    kind: 'renditionThresholds',
    severity: 'blocking',
    describe: () => `every ${RENDITION_TABLE} row has ${THRESHOLD_COLUMN} set (seed 001: default 0 before the load)`,
    async run(context: CheckContext): Promise<CheckOutcome> {
      const q = (name: string) => context.target.dialect.quoteIdentifier(name);
      const examples: CheckExample[] = [];
      let renditions = 0;
      let invalid = 0;
      const loaded: string[] = [];
      for await (const row of context.target.stream(`SELECT id, resolution, ${q(THRESHOLD_COLUMN)} AS threshold FROM ${q(RENDITION_TABLE)} ORDER BY id`)) {
        renditions++;
        const label = `rendition ${String(row.id)} (${String(row.resolution)})`;
        loaded.push(label);
        const value = row.threshold === null ? null : Number(row.threshold);
        if (value === null || value < 0 || value > POD_MAX_THRESHOLD) {
          invalid++;
          if (examples.length < context.maxExamples) {
            examples.push({ subject: `${RENDITION_TABLE} ${label}`, detail: `${THRESHOLD_COLUMN} is ${value === null ? 'NULL' : value}; Pod expects 0-${POD_MAX_THRESHOLD}` });
          }
        }
      }
      const missingDefault = context.warnings.filter((w) => w.role === 'target' && w.code === '1364' && w.message.includes(`'${THRESHOLD_COLUMN}'`));
      if (missingDefault.length > 0) {
        const steps = [...new Set(missingDefault.map((w) => w.during))].join(', ');
        for (const label of loaded) {
          if (examples.length >= context.maxExamples) break;
          examples.push({
            subject: `${RENDITION_TABLE} ${label}`,
            detail: `loaded without ${THRESHOLD_COLUMN} during step ${steps}: MariaDB warning 1364 "${missingDefault[0]!.message}" (${missingDefault.length} times); the value is MariaDB's implicit 0, not a default the migration set. Seed 001: give the column a default of 0 before loading the v2 rows.`,
          });
        }
      }
      const failed = invalid > 0 || missingDefault.length > 0;
      const parts = [
        invalid ? `${invalid} of ${renditions} renditions have no valid threshold` : '',
        missingDefault.length ? `${renditions} renditions were loaded without a threshold (${missingDefault.length} warnings 1364 on ${THRESHOLD_COLUMN})` : '',
      ].filter(Boolean);
      return {
        status: failed ? 'failed' : 'passed',
        summary: failed ? parts.join('; ') : `${renditions} renditions, each with a threshold`,
        examples,
        metrics: { renditions, invalidThresholds: invalid, loadedWithoutThreshold: missingDefault.length },
      };
    },
  };
}
