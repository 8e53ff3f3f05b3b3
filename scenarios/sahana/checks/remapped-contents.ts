/**
 * The every-table `contents()` check of this migration, declared for web2py's id remapping: the import
 * gives every row a new id (dense, in file order) and rewrites references through id_map, so `id` and
 * the reference columns are left out of the row comparison (the `remapped-references` check compares
 * them through the rows they point to). Tables with a uuid are keyed on it; the auth tables, which have
 * none, are compared as multisets of their other columns; auth_membership, whose columns are all ids,
 * is left to `remapped-references` alone.
 */
import { contents, type Check, type ContentsTableOptions } from 'rehearse';
import { SAHANA_TABLES, referenceFields } from '../model/sahana-model.ts';

export function remappedContents(): Check {
  const tables: Record<string, ContentsTableOptions | false> = {};
  for (const table of SAHANA_TABLES) {
    const compared = table.fields.filter((f) => f.type !== 'id' && !referenceFields(table).includes(f));
    if (compared.length === 0) {
      tables[table.name] = false;
      continue;
    }
    const columns = Object.fromEntries([['id', false], ...referenceFields(table).map((f) => [f.name, false])]) as Record<string, false>;
    tables[table.name] = table.naturalKey.length === 1 && table.naturalKey[0] === 'uuid' ? { columns, key: ['uuid'] } : { columns };
  }
  return contents({ tables });
}
