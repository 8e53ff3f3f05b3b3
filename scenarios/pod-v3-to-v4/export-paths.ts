/**
 * Where the two scripts put their file: `<BASE_DIR>/../../data_from_v3_to_v4/v3_exported_tables.json`
 * upstream (research notes §8.1); here the rehearsal's work directory stands for that parent folder.
 */
import { join } from 'node:path';

export const EXPORT_DIR = 'data_from_v3_to_v4';
export const EXPORT_FILE = 'v3_exported_tables.json';

export function exportedJsonPath(workdir: string): string {
  return join(workdir, EXPORT_DIR, EXPORT_FILE);
}
