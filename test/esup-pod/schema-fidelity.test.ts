/**
 * The rendered Pod schemas carry every key the Django models of each version declare (the lists in
 * pod-declared-keys.ts, read from the models): a missing index makes a production-sized import take
 * minutes instead of seconds (django-tagging's object_id index alone turns a 222 s import-tags step into
 * 11 s on 10,000 videos), and a missing UNIQUE lets a migration pass that production would reject.
 */
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { POD_SCHEMA_FILES, podSchemaFile } from '../../scenarios/esup-pod/generator/schema/pod-schemas.ts';
import { parseDdlKeys, type TableKeys } from './ddl-constraints.ts';
import { declaredKeys, type DeclaredKey } from './pod-declared-keys.ts';

const sameSet = (a: readonly string[], b: readonly string[]): boolean => a.length === b.length && a.every((c) => b.includes(c));
const leadsWith = (index: readonly string[], columns: readonly string[]): boolean => columns.every((c, i) => index[i] === c);

/** Whether the table's keys satisfy one declaration: an index may be served by any index leading with its columns. */
function satisfied(keys: TableKeys | undefined, key: DeclaredKey): boolean {
  if (!keys) return false;
  switch (key.kind) {
    case 'unique':
      return keys.uniques.some((u) => sameSet(u, key.columns));
    case 'index':
      return keys.indexes.some((i) => leadsWith(i, key.columns));
    case 'foreign-key':
      // Django indexes every foreign key (InnoDB would create the index itself; a MyISAM table would not).
      return keys.foreignKeys.get(key.columns[0]) === key.references && keys.indexes.some((i) => leadsWith(i, key.columns));
  }
}

const describeKey = (key: DeclaredKey): string =>
  `${key.kind} ${key.table}(${key.columns.join(', ')})${key.kind === 'foreign-key' ? ` → ${key.references}` : ''}`;

/** The declared keys a DDL text lacks. */
function missingKeys(ddl: string, declared: readonly DeclaredKey[]): string[] {
  const tables = parseDdlKeys(ddl);
  return declared.filter((key) => !satisfied(tables.get(key.table), key)).map(describeKey);
}

describe('Pod schemas declare every key of the Django models', () => {
  for (const { version, engine } of POD_SCHEMA_FILES) {
    it(`${version}/${engine}.sql`, async () => {
      const ddl = await readFile(podSchemaFile(version, engine), 'utf8');
      expect(parseDdlKeys(ddl).size).toBeGreaterThan(30);
      expect(missingKeys(ddl, declaredKeys(version))).toEqual([]);
    });
  }

  it('reports a key dropped from the DDL (MariaDB inline KEY, PostgreSQL CREATE INDEX and UNIQUE)', async () => {
    const mariadb = await readFile(podSchemaFile('v2', 'mariadb'), 'utf8');
    const withoutObjectIdIndex = mariadb.replace(/^\s*KEY `tagging_taggeditem_object_id_idx`.*\n/m, '');
    expect(withoutObjectIdIndex).not.toBe(mariadb);
    expect(missingKeys(withoutObjectIdIndex, declaredKeys('v2'))).toEqual(['index tagging_taggeditem(object_id)']);

    const postgres = await readFile(podSchemaFile('v3', 'postgres'), 'utf8');
    const broken = postgres
      .replace(/^CREATE INDEX video_theme_slug_idx .*\n/m, '')
      .replace(/^\s*CONSTRAINT video_viewcount_video_id_date_uniq UNIQUE .*\n/m, '');
    expect(missingKeys(broken, declaredKeys('v3'))).toEqual(['index video_theme(slug)', 'unique video_viewcount(video_id, date)']);

    const withoutFk = postgres.replace(/^ALTER TABLE chapter_chapter ADD CONSTRAINT \S+ FOREIGN KEY \(video_id\).*\n/m, '');
    expect(missingKeys(withoutFk, declaredKeys('v3'))).toEqual(['foreign-key chapter_chapter(video_id) → video_video']);
  });
});
