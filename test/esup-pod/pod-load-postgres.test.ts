/**
 * Generated Pod snapshots and the Pod DDL files against a real PostgreSQL 15: the DDL loads (mixed-case
 * and reserved identifiers quoted), v2/v3 dumps load with every FK validated, row counts match the
 * manifest, sequences are moved past max(id) like pg_dump does, and the stale-sequences and site-zero
 * defects produce the documented conditions.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Connection } from '../../harness/engine/engine.ts';
import { generatePodSnapshot } from '../../scenarios/esup-pod/generator/generate-pod.ts';
import type { DefectName } from '../../scenarios/esup-pod/generator/pod-defects.ts';
import type { GeneratorVersion } from '../../scenarios/esup-pod/generator/pod-world.ts';
import { podSchema, podSchemaFile } from '../../scenarios/esup-pod/generator/schema/pod-schemas.ts';
import { openSnapshot } from '../../harness/snapshot/snapshot-reader.ts';
import { startTestDatabase, type TestDatabase } from '../support/test-databases.ts';

let db: TestDatabase;
let conn: Connection;
let dir: string;

beforeAll(async () => {
  db = await startTestDatabase('postgres');
  conn = await db.connect();
  dir = await mkdtemp(join(tmpdir(), 'rehearse-pod-postgres-'));
});

afterAll(async () => {
  await conn?.close();
  await db?.stop();
  if (dir) await rm(dir, { recursive: true, force: true });
});

async function freshSchema(): Promise<void> {
  await conn.execute('DROP SCHEMA public CASCADE');
  await conn.execute('CREATE SCHEMA public');
}

async function generateAndLoad(version: GeneratorVersion, defects: DefectName[] = []) {
  const out = join(dir, `${version}-${defects.join('_') || 'clean'}.tar`);
  await generatePodSnapshot({ version, engine: 'postgres', videos: 150, seed: 13, out, defects });
  const snapshot = await openSnapshot(out);
  await freshSchema();
  for await (const dump of snapshot.sqlDumps()) {
    await conn.runScript(dump.stream);
    await dump.verified;
  }
  return snapshot.manifest!;
}

describe('postgres: Pod DDL files', () => {
  for (const version of ['v2', 'v3', 'v4'] as const) {
    it(`${version}/postgres.sql loads and creates every described table`, async () => {
      await freshSchema();
      await conn.runScript(await readFile(podSchemaFile(version, 'postgres'), 'utf8'));
      const tables = (await conn.introspector.listTables()).map((t) => t.name).sort();
      expect(tables).toEqual(podSchema(version).tables.map((t) => t.name).sort());
      const theme = await conn.introspector.listColumns('video_theme');
      expect(theme.map((c) => c.name)).toContain('parentId_id');
    });
  }
});

describe('postgres: generated Pod snapshots', () => {
  for (const version of ['v2', 'v3'] as const) {
    it(`${version}: loads with every FK validated and every table has the manifest's row count`, async () => {
      const manifest = await generateAndLoad(version);
      for (const { name, rows } of manifest.tables) expect(await conn.introspector.countRows(name), name).toBe(rows);
      const notValid = await conn.query("SELECT count(*) AS n FROM pg_constraint WHERE contype = 'f' AND NOT convalidated");
      expect(Number(notValid[0]!.n)).toBe(0);
    });
  }

  it('v3: sequences are past max(id), so the application can insert again', async () => {
    await generateAndLoad('v3');
    await conn.execute("INSERT INTO video_encode_transcript_encodingaudio (name, video_id, encoding_format, source_file) VALUES ('audio', 1, 'audio/mp3', 'x.mp3')");
    const theme = await conn.query('SELECT count(*) AS n FROM video_theme WHERE "parentId_id" IS NOT NULL');
    expect(Number(theme[0]!.n)).toBeGreaterThan(0);
  });

  it('v3 with stale-sequences: the next insert collides with an existing id (failure #9)', async () => {
    await generateAndLoad('v3', ['stale-sequences']);
    await expect(
      conn.execute("INSERT INTO video_encode_transcript_encodingaudio (name, video_id, encoding_format, source_file) VALUES ('audio', 1, 'audio/mp3', 'x.mp3')"),
    ).rejects.toThrow(/duplicate key/);
  });

  it('v3 with site-zero: loads with the site FKs NOT VALID, holding rows that point to site 0', async () => {
    await generateAndLoad('v3', ['site-zero']);
    const zero = await conn.query('SELECT count(*) AS n FROM video_channel WHERE site_id = 0');
    expect(Number(zero[0]!.n)).toBeGreaterThan(0);
    await expect(conn.execute('ALTER TABLE video_channel VALIDATE CONSTRAINT video_channel_site_id_fk_django_site')).rejects.toThrow(/violates foreign key/);
  });
});
