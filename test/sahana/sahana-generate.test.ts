/**
 * `rehearse generate sahana` through the real CLI: a deterministic SQLite file with the web2py-era tables,
 * each defect adding exactly the condition it names, and bad options refused in one line.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openScratchDatabase } from '../../harness/engine/sqlite/sqlite-scratch-database.ts';
import { runCli } from '../support/run-cli.ts';
import { makeTempDir } from '../support/temp-dir.ts';

const dir = makeTempDir('rehearse-sahana-generate-');

async function generate(name: string, ...extra: string[]): Promise<string> {
  const out = join(dir, `${name}.db`);
  const run = await runCli(['generate', 'sahana', '--people', '60', '--seed', '9', '--out', out, ...extra]);
  expect(run.exitCode, run.stderr).toBe(0);
  return out;
}

function query<R>(file: string, sql: string): R[] {
  const db = openScratchDatabase(file, { readonly: true, fileMustExist: true });
  try {
    return db.prepare(sql).all<R>();
  } finally {
    db.close();
  }
}

describe('rehearse generate sahana', () => {
  it('writes the same SQLite file for the same seed, with the tables of the migration plan', async () => {
    const a = await generate('a');
    const b = await generate('b');
    expect(readFileSync(a).equals(readFileSync(b))).toBe(true);
    const tables = query<{ name: string }>(a, "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY rowid").map((t) => t.name);
    expect(tables).toEqual(['auth_user', 'auth_group', 'auth_membership', 'pr_pentity', 'pr_person', 'gis_marker', 'gis_feature_class', 'gis_location', 'gis_layer_js', 'pr_contact', 'or_sector', 'or_organisation', 'or_office', 'or_contact']);
    expect(query(a, 'SELECT 1 FROM or_organisation WHERE sector_id GLOB \'|*|\'').length).toBeGreaterThan(10);
    expect(query(a, "SELECT 1 FROM gis_layer_js WHERE code LIKE '%' || char(10) || '%'").length).toBe(4);
    expect(query(a, "SELECT 1 FROM gis_layer_js WHERE code LIKE '%' || char(13) || '%'")).toEqual([]);
  });

  it('adds the documented defects and nothing else', async () => {
    const file = await generate('defects', '--defect', 'missing-sectors', '--defect', 'accent-variant-names', '--defect', 'case-variant-emails', '--defect', 'multi-line-values');
    expect(query<{ id: bigint }>(file, 'SELECT id FROM or_sector WHERE id BETWEEN 13 AND 17').map((r) => Number(r.id))).toEqual([13, 17]);
    expect(query(file, "SELECT 1 FROM or_organisation WHERE sector_id LIKE '%|14|%'").length).toBeGreaterThan(0);
    expect(query<{ name: string }>(file, "SELECT name FROM or_organisation WHERE name LIKE 'M_decins du Monde France' ORDER BY id").map((r) => r.name)).toEqual(['Médecins du Monde France', 'Medecins du Monde France']);
    expect(query(file, 'SELECT lower(email) FROM auth_user GROUP BY lower(email) HAVING COUNT(DISTINCT email) > 1').length).toBe(3);
    expect(query(file, "SELECT 1 FROM gis_layer_js WHERE code LIKE '%' || char(13) || '%'").length).toBe(2);
  });

  it('refuses an unknown defect in one line naming the option', async () => {
    const run = await runCli(['generate', 'sahana', '--defect', 'lost-sectors', '--out', join(dir, 'x.db')]);
    expect(run.exitCode).toBe(2);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toMatch(/--defect: unknown defect "lost-sectors"; known: case-variant-emails/);
  });
});
