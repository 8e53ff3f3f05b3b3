/**
 * Reads a tag query's rows `(entity_id, tag)` — or `(entity_id, tag_string)` split by a library parser —
 * and yields one group per entity. The query must order by entity id; the order is verified so that a
 * missing ORDER BY fails loudly instead of producing a wrong merge.
 */
import type { Row, SqlValue } from '../../engine/engine.ts';
import { BadInputError } from '../../errors.ts';
import type { TagLibrary } from '../../tagging/tag-library.ts';
import { compareKeyValues, renderValue } from '../normalize-value.ts';

export interface EntityTags {
  readonly id: SqlValue;
  readonly tags: string[];
}

function cellText(value: SqlValue | undefined): string | undefined {
  if (value === null || value === undefined) return undefined;
  if (Buffer.isBuffer(value)) return value.toString('utf8');
  if (value instanceof Date) return value.toISOString();
  return String(value);
}

/**
 * The first column is the entity id and the second the tag (or tag string); columns named `entity_id`
 * and `tag` / `tag_string` are preferred when present. NULL or empty tags are skipped (an entity whose
 * only row has a NULL tag has no tags, as from a LEFT JOIN).
 */
export async function* entityTags(
  rows: AsyncIterable<Row>,
  where: string,
  parse?: TagLibrary,
): AsyncGenerator<EntityTags> {
  let current: { id: SqlValue; tags: string[] } | undefined;
  for await (const row of rows) {
    const values = Object.values(row);
    if (values.length < 2) {
      throw new BadInputError(
        `${where} must return two columns (entity_id, tag) or (entity_id, tag_string); it returned ${values.length}`,
      );
    }
    const id = (row.entity_id ?? values[0]) as SqlValue;
    const text = cellText((row.tag ?? row.tag_string ?? values[1]) as SqlValue);
    if (current === undefined || compareKeyValues(current.id, id) !== 0) {
      if (current !== undefined) {
        if (compareKeyValues(current.id, id) > 0) {
          throw new BadInputError(
            `${where} must return rows ordered by entity id: ${renderValue(id)} came after ${renderValue(current.id)}. Add ORDER BY on the entity id`,
          );
        }
        yield current;
      }
      current = { id, tags: [] };
    }
    if (text === undefined || text === '') continue;
    if (parse) current.tags.push(...parse.parse(text));
    else current.tags.push(text);
  }
  if (current !== undefined) yield current;
}
