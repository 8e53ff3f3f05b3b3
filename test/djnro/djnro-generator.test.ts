/**
 * `rehearse generate djnro` through the real CLI: the same seed gives the same dump, each defect adds
 * exactly its rows, and a bad option is one line naming it (exit 2).
 */
import { join } from 'node:path';
import { execa } from 'execa';
import { describe, expect, it } from 'vitest';
import { runCli } from '../support/run-cli.ts';
import { makeTempDir } from '../support/temp-dir.ts';

const work = makeTempDir('rehearse-djnro-generate-');

async function generate(name: string, args: readonly string[]): Promise<Record<string, number> & { sha: string }> {
  const out = join(work, `${name}.tar`);
  const run = await runCli(['generate', 'djnro', ...args, '--out', out]);
  expect(run.exitCode, run.stderr).toBe(0);
  const inspect = await runCli(['snapshot', 'inspect', out]);
  expect(inspect.exitCode, inspect.stderr).toBe(0);
  const rows = Object.fromEntries([...inspect.stdout.matchAll(/^ {4}(\w+)\s+([\d,]+)$/gm)].map((m) => [m[1]!, Number(m[2]!.replace(/,/g, ''))]));
  // The dump member's sha256 from the manifest: equal hashes mean byte-identical dumps.
  const manifest = JSON.parse((await execa('tar', ['-xOf', out, 'manifest.json'])).stdout) as { members: { name: string; sha256: string }[] };
  const sha = manifest.members.find((m) => m.name.startsWith('dumps/'))?.sha256 ?? '';
  expect(sha).toMatch(/^[0-9a-f]{64}$/);
  return { ...rows, sha } as Record<string, number> & { sha: string };
}

describe('rehearse generate djnro', () => {
  it('is deterministic for a seed and adds exactly the rows of each defect', async () => {
    const a = await generate('a', ['--institutions', '20', '--realms', '2', '--seed', '5']);
    const b = await generate('b', ['--institutions', '20', '--realms', '2', '--seed', '5']);
    expect(b).toEqual(a);
    expect(a.edumanage_institution).toBe(20);
    expect(a.edumanage_serviceloc).toBe(60);
    expect(a.edumanage_instserver).toBe(40);
    expect(a.auth_user).toBe(21);
    const defects = await generate('d', ['--institutions', '20', '--realms', '2', '--seed', '5', '--defect', 'orphan-m2m', '--defect', 'orphan-generic', '--defect', 'custom-permissions', '--defect', 'unassigned-custom-permissions']);
    for (const table of ['edumanage_realm_contact', 'edumanage_instrealm_proxyto', 'edumanage_serviceloc_contact', 'edumanage_name_i18n', 'edumanage_url_i18n']) {
      expect(defects[table], table).toBe(a[table]! + 3);
    }
    expect(defects.auth_permission).toBe(a.auth_permission! + 4);
    expect(defects.auth_group_permissions).toBe(a.auth_group_permissions! + 2);
    expect(defects.auth_user_user_permissions).toBe(a.auth_user_user_permissions! + 3);
  });

  it('rejects a bad option in one line naming it (exit 2)', async () => {
    const unknown = await runCli(['generate', 'djnro', '--defect', 'orphan-m2n', '--out', join(work, 'x.tar')]);
    expect(unknown.exitCode).toBe(2);
    expect(unknown.stderr.trim().split('\n')).toHaveLength(1);
    expect(unknown.stderr).toMatch(/--defect.*orphan-m2n/);
    const realms = await runCli(['generate', 'djnro', '--institutions', '2', '--realms', '3', '--out', join(work, 'y.tar')]);
    expect(realms.exitCode).toBe(2);
    expect(realms.stderr).toMatch(/--realms/);
    expect(realms.stderr).not.toMatch(/\n\s+at /);
  });
});
