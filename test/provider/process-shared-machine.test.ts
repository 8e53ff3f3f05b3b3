/**
 * The process provider on a machine shared with other runs and other users: concurrent starts survive
 * each other's start-up sweeps; the run directory is private and keeps no secret once the server runs;
 * no connection gets in without the password; the sweep removes only what a dead run left, stopping its
 * server gracefully so that shared memory is released.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openConnection } from '../../harness/engine/open-connection.ts';
import { ProcessProvider } from '../../harness/provider/process/process-provider.ts';
import { PENDING_DIR_PREFIX, RUN_DIR_PREFIX, readOwner, writeOwner } from '../../harness/run-directory/run-directory.ts';
import { sweepRunDirectories } from '../../harness/run-directory/sweep-run-directories.ts';
import type { StartedDatabase } from '../../harness/provider/provider.ts';
import { enginesWhere, expectUsable, newRunId, tempEntriesOf } from './provider-support.ts';

/** A pid that no process has any more. */
function deadPid(): number {
  return spawnSync('true').pid;
}

/** SysV shared memory segments created by `pid` (PostgreSQL's postmaster keeps one while it runs). */
function segmentsOf(pid: number): string[] {
  const table = execFileSync('ipcs', ['-m', '-p'], { encoding: 'utf8' });
  return table.split('\n').filter((line) => line.trim().split(/\s+/)[2] === String(pid));
}

function runDirectoryOf(runId: string): string {
  const [name, ...others] = tempEntriesOf(runId);
  expect(others).toEqual([]);
  return join(tmpdir(), name!);
}

function withoutPassword(url: string, password: string): string {
  const parsed = new URL(url);
  parsed.password = password;
  return parsed.toString();
}

describe.each(enginesWhere((e) => e.processRecipe !== undefined))('process provider on a shared machine: $kind', (engine) => {
  it.each([2, 4])('%i runs started at once all succeed while runs sweep', { timeout: 600_000 }, async (count) => {
    const provider = new ProcessProvider();
    // Another run's start-up sweep, again and again while these start.
    const sweeping = setInterval(() => sweepRunDirectories(), 50);
    const starts = Array.from({ length: count }, (_, i) => provider.start({ engine: engine.kind }, { role: i % 2 ? 'target' : 'source', runId: newRunId() }));
    const started = await Promise.allSettled(starts);
    clearInterval(sweeping);
    const databases = started.flatMap((s) => (s.status === 'fulfilled' ? [s.value] : []));
    try {
      expect(started.filter((s) => s.status === 'rejected').map((s) => String((s as PromiseRejectedResult).reason))).toEqual([]);
      for (const database of databases) await expectUsable(database);
    } finally {
      await Promise.all(databases.map((d) => d.stop()));
    }
  });

  it('keeps its directory private, no secret file once running, and no connection without the password', { timeout: 180_000 }, async () => {
    const runId = newRunId();
    const database = await new ProcessProvider().start({ engine: engine.kind }, { role: 'source', runId });
    try {
      const dir = runDirectoryOf(runId);
      expect(statSync(dir).mode & 0o777).toBe(0o700);
      expect(statSync(join(dir, 'owner.json')).mode & 0o777).toBe(0o600);
      const password = new URL(database.getConnectionUri()).password;
      const holdingPassword = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((entry) => {
        const file = join(dir, entry);
        return statSync(file).isFile() && readFileSync(file).includes(password);
      });
      expect(holdingPassword).toEqual([]);
      for (const url of [database.getConnectionUri(), database.getLoadUri()]) {
        await expect(openConnection(withoutPassword(url, ''))).rejects.toThrow();
        await expect(openConnection(withoutPassword(url, 'wrong'))).rejects.toThrow();
      }
    } finally {
      await database.stop();
    }
  });

  it('the sweep stops a dead run\'s server gracefully and keeps live and unknown runs', { timeout: 180_000 }, async () => {
    const runId = newRunId();
    const database = (await new ProcessProvider().start({ engine: engine.kind }, { role: 'source', runId })) as StartedDatabase & { exited: Promise<string> };
    const live = mkdtempSync(join(tmpdir(), `${RUN_DIR_PREFIX}${runId}-live-`));
    const unknown = mkdtempSync(join(tmpdir(), `${RUN_DIR_PREFIX}${runId}-unknown-`));
    const pending = mkdtempSync(join(tmpdir(), `${PENDING_DIR_PREFIX}${runId}-`));
    try {
      const owned = tempEntriesOf(runId).map((name) => join(tmpdir(), name)).find((path) => readOwner(path)?.serverPid !== undefined)!;
      const owner = readOwner(owned)!;
      writeOwner(owned, { ...owner, pid: deadPid() }); // the run that started it has died
      writeOwner(live, { pid: 1 }); // a live run of another user
      writeOwner(pending, { pid: deadPid() });
      writeFileSync(join(unknown, 'data'), '');
      const serverSegments = segmentsOf(owner.serverPid!);

      const swept = sweepRunDirectories().map((s) => s.dir);

      expect(swept).toContain(owned);
      expect(swept).toContain(pending);
      expect(swept).not.toContain(live);
      expect(swept).not.toContain(unknown);
      expect(existsSync(owned)).toBe(false);
      expect(existsSync(live) && existsSync(unknown)).toBe(true);
      // Exited by its own shutdown (an exit code), not killed, and its shared memory went with it.
      expect(await database.exited).toMatch(/\(code \d+\)/);
      if (serverSegments.length > 0) expect(segmentsOf(owner.serverPid!)).toEqual([]);
    } finally {
      await database.stop();
      for (const path of [live, unknown, pending]) rmSync(path, { recursive: true, force: true });
    }
  });
});

