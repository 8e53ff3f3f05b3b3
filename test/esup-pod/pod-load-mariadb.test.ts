/**
 * Generated Pod snapshots and the Pod DDL files against a real MariaDB 10.11: the DDL loads, clean
 * dumps load with foreign-key checks ON (so the data is referentially sound and in FK order), every
 * table's row count matches the manifest, and hashkeys are sha256(SECRET_KEY + username) in the database.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Connection } from '../../harness/engine/engine.ts';
import { generatePodSnapshot } from '../../scenarios/esup-pod/generator/generate-pod.ts';
import type { DefectName } from '../../scenarios/esup-pod/generator/pod-defects.ts';
import { GENERATOR_SECRET_KEY, type GeneratorVersion } from '../../scenarios/esup-pod/generator/pod-world.ts';
import { POD_VERSIONS } from '../../scenarios/esup-pod/generator/schema/pod-schema-model.ts';
import { podSchema, podSchemaFile } from '../../scenarios/esup-pod/generator/schema/pod-schemas.ts';
import { openSnapshot } from '../../harness/snapshot/snapshot-reader.ts';
import { startTestDatabase, type TestDatabase } from '../support/test-databases.ts';
import { sha256Hex } from './pod-support.ts';

let db: TestDatabase;
let conn: Connection;
let dir: string;
let databases = 0;

beforeAll(async () => {
  db = await startTestDatabase('mariadb');
  conn = await db.connect();
  dir = await mkdtemp(join(tmpdir(), 'rehearse-pod-mariadb-'));
});

afterAll(async () => {
  await conn?.close();
  await db?.stop();
  if (dir) await rm(dir, { recursive: true, force: true });
});

async function freshDatabase(): Promise<string> {
  const name = `pod_${++databases}`;
  await conn.execute(`CREATE DATABASE ${name}`);
  await conn.execute(`USE ${name}`);
  return name;
}

/** Generates a snapshot archive and loads its dump; `enforceForeignKeys` drops the dump's SET FOREIGN_KEY_CHECKS = 0. */
async function generateAndLoad(version: GeneratorVersion, defects: DefectName[], enforceForeignKeys: boolean) {
  const out = join(dir, `${version}-${defects.join('_') || 'clean'}.tar`);
  await generatePodSnapshot({ version, engine: 'mariadb', videos: 150, seed: 11, out, defects });
  const snapshot = await openSnapshot(out);
  await freshDatabase();
  for await (const dump of snapshot.sqlDumps()) {
    await conn.runScript(dump.stream, { transform: (s) => (enforceForeignKeys && /^SET FOREIGN_KEY_CHECKS = 0$/.test(s) ? null : s) });
    await dump.verified;
  }
  return snapshot.manifest!;
}

describe('mariadb: Pod DDL files', () => {
  for (const version of POD_VERSIONS) {
    it(`${version}/mariadb.sql loads and creates every described table`, async () => {
      await freshDatabase();
      await conn.runScript(await readFile(podSchemaFile(version, 'mariadb'), 'utf8'));
      const tables = (await conn.introspector.listTables()).map((t) => t.name).sort();
      expect(tables).toEqual(podSchema(version).tables.map((t) => t.name).sort());
      const ids = await conn.introspector.listColumns(version === 'v1' ? 'pods_pod' : 'video_video');
      expect(ids.find((c) => c.name === 'id')?.type).toBe(version === 'v1' || version === 'v2' ? 'int(11)' : 'bigint(20)');
    });
  }
});

describe('mariadb: generated Pod snapshots', () => {
  for (const version of ['v1', 'v2', 'v3'] as const) {
    it(`${version}: a clean dump loads with FK checks on and every table has the manifest's row count`, async () => {
      const manifest = await generateAndLoad(version, [], true);
      expect(manifest.tables.length).toBe(podSchema(version).tables.length);
      for (const { name, rows } of manifest.tables) expect(await conn.introspector.countRows(name), name).toBe(rows);
      expect(conn.warnings()).toEqual([]);
    });
  }

  it('v2: hashkeys in the database are sha256(SECRET_KEY + username) and video paths use them', async () => {
    await generateAndLoad('v2', [], true);
    const owners = await conn.query('SELECT u.username, o.hashkey FROM auth_user u JOIN authentication_owner o ON o.user_id = u.id');
    expect(owners.length).toBeGreaterThan(10);
    for (const o of owners) expect(o.hashkey).toBe(sha256Hex(GENERATOR_SECRET_KEY + String(o.username)));
    const foreign = await conn.query(
      "SELECT count(*) AS n FROM video_video v JOIN authentication_owner o ON o.user_id = v.owner_id WHERE v.video NOT LIKE CONCAT('videos/', o.hashkey, '/%')",
    );
    expect(Number(foreign[0]!.n)).toBe(0);
  });

  it('v2 with every defect: loads as a mysqldump would (FK checks off) and carries site 0 and duplicates', async () => {
    const defects: DefectName[] = ['site-zero', 'duplicate-rows', 'multi-site', 'channel-only-users', 'long-tags', 'long-tag-lists', 'junk-keywords', 'multi-word-tags', 'orphan-tagged-items', 'owner-hashkey-mismatch'];
    const manifest = await generateAndLoad('v2', defects, false);
    for (const { name, rows } of manifest.tables) expect(await conn.introspector.countRows(name), name).toBe(rows);
    const zero = await conn.query('SELECT count(*) AS n FROM video_channel_sites WHERE site_id = 0');
    expect(Number(zero[0]!.n)).toBeGreaterThan(0);
    const dups = await conn.query('SELECT count(*) AS n FROM (SELECT tag_id, object_id FROM tagging_taggeditem GROUP BY tag_id, content_type_id, object_id HAVING count(*) > 1) d');
    expect(Number(dups[0]!.n)).toBeGreaterThan(0);
    const long = await conn.query('SELECT max(CHAR_LENGTH(tags)) AS n FROM video_video');
    expect(Number(long[0]!.n)).toBe(255);
  });

  it('v2 with site-zero is refused when FK checks are on (so the clean loads above really enforced them)', async () => {
    await expect(generateAndLoad('v2', ['site-zero'], true)).rejects.toThrow(/foreign key constraint fails/i);
  });

  it('v3 with unenforced-constraints: the source schema lacks the CHECKs, so the violating meetings load', async () => {
    const manifest = await generateAndLoad('v3', ['unenforced-constraints'], true);
    expect(manifest.tables.find((t) => t.name === 'meeting')?.rows).toBeGreaterThan(0);
    const bad = await conn.query('SELECT count(*) AS n FROM meeting WHERE recurring_until < CAST(start_at AS DATE)');
    expect(Number(bad[0]!.n)).toBeGreaterThan(0);
    // The same rows are refused by the clean v3 schema, as the v4 target refuses them (issue #1448).
    await freshDatabase();
    await conn.runScript(await readFile(podSchemaFile('v3', 'mariadb'), 'utf8'));
    await expect(
      conn.execute("INSERT INTO meeting (name, meeting_id, owner_id, attendee_password, moderator_password, start_at, expected_duration, recurrence, frequency, recurring_until, nb_occurrences, weekdays, monthly_type, is_restricted, is_running, site_id, max_participants, welcome_text, logout_url, record, is_personal, created_at, updated_at, is_webinar, enable_chat) VALUES ('r', 'r', 1, 'a', 'm', '2024-01-10 10:00:00', 3600000000, 'weekly', 1, '2024-01-01', 10, '3', 'date_day', 0, 0, 1, 100, '', NULL, 0, 0, '2024-01-01', '2024-01-01', 0, 0)"),
    ).rejects.toThrow(/recurring_until_greater_than_start/);
  });
});
