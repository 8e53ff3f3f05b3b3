/** The export files as the import commands find them (`<BASE_DIR>/../../import/<Type>.json`). */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { BadInputError, type StepContext } from 'rehearse';
import { IMPORT_DIR } from '../export/export-v1-step.ts';

/** The path of an export file; missing means the export step did not write it. */
export function requireExport(context: StepContext, name: string): string {
  const file = join(context.workdir, IMPORT_DIR, name);
  if (!existsSync(file)) {
    throw new BadInputError(`${name} is missing from ${join(context.workdir, IMPORT_DIR)}: the export step must run first (seed 000: the file "n'existe que si sa génération s'est bien déroulée")`);
  }
  return file;
}
