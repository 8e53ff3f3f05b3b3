/**
 * The checks of the Sahana SQLite → MariaDB migration, in the order the report lists them: first what
 * the source holds that the target cannot keep (found on the source, before the import is blamed),
 * then whether the import ran through, then the target against the source.
 */
import { rowCounts, type Check } from 'rehearse';
import { importCompleted } from './import-completed.ts';
import { remappedContents } from './remapped-contents.ts';

export function sahanaChecks(): Check[] {
  return [importCompleted(), rowCounts(), remappedContents()];
}
