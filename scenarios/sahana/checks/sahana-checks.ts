/**
 * The checks of the Sahana SQLite → MariaDB migration, in the order the report lists them: first what
 * the source holds that the target cannot keep (found on the source, before the import is blamed),
 * then whether the import ran through, then the target against the source after the id remapping.
 */
import { rowCounts, type Check } from 'rehearse';
import { SAHANA_TABLES } from '../model/sahana-model.ts';
import { TARGET_COLLATION } from '../model/render-ddl.ts';
import { collationCollisions, type CollationColumn } from './collation-collisions.ts';
import { danglingReferences } from './dangling-references.ts';
import { duplicateRows } from './duplicate-rows.ts';
import { importCompleted } from './import-completed.ts';
import { multiLineValues } from './multi-line-values.ts';
import { remappedContents } from './remapped-contents.ts';
import { remappedReferences } from './remapped-references.ts';

/** Every column unique in the target schema or for the application, uuids aside (generated, ASCII). */
export function uniqueColumns(): CollationColumn[] {
  return SAHANA_TABLES.flatMap((table) => [
    ...table.fields.filter((f) => f.unique && f.name !== 'uuid').map((f) => ({ table: table.name, column: f.name, unique: true })),
    ...(table.validatedUnique ?? []).map((column) => ({ table: table.name, column, unique: false })),
  ]);
}

export function sahanaChecks(): Check[] {
  return [
    collationCollisions({ columns: uniqueColumns(), collation: TARGET_COLLATION }),
    danglingReferences(),
    duplicateRows({ id: 'duplicate-people', table: 'pr_person', columns: ['first_name', 'last_name', 'date_of_birth'], noun: 'person' }),
    duplicateRows({ id: 'duplicate-users', table: 'auth_user', columns: ['first_name', 'last_name', 'email'], noun: 'user' }),
    importCompleted(),
    rowCounts(),
    remappedContents(),
    remappedReferences(),
    multiLineValues(),
  ];
}
