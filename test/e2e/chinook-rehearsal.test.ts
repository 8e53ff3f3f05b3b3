/**
 * The bundled scenario through the real CLI and real containers, as a user runs it: a sound migration
 * is GO, a sabotaged one NO-GO with the table and an example, a killed target ERROR with nothing left
 * behind, and bad input exit 2 with a clear message.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { containersOfRun } from '../support/containers.ts';
import { CHINOOK_SNAPSHOT, fixtureScenario, runCli } from '../support/run-cli.ts';
import { makeTempDir } from '../support/temp-dir.ts';

const out = () => makeTempDir('rehearse-e2e-');

describe('chinook-mariadb-to-postgres through the container provider', () => {
  it('gives GO, exit 0, and writes JSON, Markdown and JUnit reports', async () => {
    const dir = out();
    const run = await runCli(['run', 'chinook-mariadb-to-postgres', '--out', dir], dir);
    expect(run.stderr).not.toMatch(/internal error/);
    expect(run.exitCode).toBe(0);
    expect(run.report?.verdict).toBe('GO');
    expect(run.report?.checks.map((c) => c.status)).toEqual(Array(10).fill('passed'));
    expect(run.report?.snapshot?.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(run.report?.databases.source?.image?.requested).toBe('mariadb:10.11');
    const junit = readFileSync(join(dir, 'junit.xml'), 'utf8');
    expect(junit.match(/<testcase /g)?.length).toBeGreaterThanOrEqual(10);
    expect(readFileSync(join(dir, 'report.md'), 'utf8')).toMatch(/GO/);
    expect(await containersOfRun(run.report!.runId)).toEqual([]);
  });

  it('gives NO-GO, exit 1, naming the table and showing examples when the migration loses a row and changes a value', async () => {
    const dir = out();
    const run = await runCli(['run', fixtureScenario('chinook-sabotaged'), '--out', dir], dir);
    expect(run.exitCode).toBe(1);
    const report = run.report!;
    expect(report.verdict).toBe('NO-GO');
    const rowCounts = report.checks.find((c) => c.id === 'rowCounts')!;
    expect(rowCounts.status).toBe('failed');
    expect(rowCounts.examples.map((e) => e.subject).join(' ')).toMatch(/Track/i);
    expect(rowCounts.examples.map((e) => e.detail).join(' ')).toMatch(/3503.*3502/);
    const tracks = report.checks.find((c) => c.id === 'tracks')!;
    expect(tracks.status).toBe('failed');
    expect(tracks.examples[0]?.subject).toMatch(/3503/);
    const invoices = report.checks.find((c) => c.id === 'invoices')!;
    expect(invoices.status).toBe('failed');
    expect(invoices.examples[0]?.detail).toMatch(/Total/i);
    expect(run.stdout).toMatch(/NO-GO/);
    expect(await containersOfRun(report.runId)).toEqual([]);
  });

  it('gives ERROR, exit 2, and leaves no container behind when the target container is killed mid-run', async () => {
    const dir = out();
    const run = await runCli(['run', fixtureScenario('chinook-killed-target'), '--out', dir], dir);
    expect(run.exitCode).toBe(2);
    expect(run.report?.verdict).toBe('ERROR');
    expect(run.report?.checks.every((c) => c.status === 'skipped')).toBe(true);
    expect(run.report?.steps.find((s) => s.id === 'copy-tables')?.status).toMatch(/failed|not-run/);
    expect(await containersOfRun(run.report!.runId)).toEqual([]);
  });
});

describe('bad input', () => {
  it('rejects a corrupt snapshot archive with exit 2 and a message naming the member', async () => {
    const dir = out();
    const { createSnapshotWriter } = await import('../../harness/snapshot/snapshot-writer.ts');
    const { createReadStream } = await import('node:fs');
    const archive = join(dir, 'chinook.tar');
    const writer = await createSnapshotWriter(archive, { engine: 'mariadb', serverVersion: '10.11', createdBy: 'test' });
    await writer.addSqlDump('chinook', createReadStream(CHINOOK_SNAPSHOT));
    await writer.finish();
    const bytes = readFileSync(archive);
    const at = bytes.indexOf(Buffer.from('INSERT INTO `Track`'));
    bytes[at + 30] = bytes[at + 30]! ^ 0x20;
    writeFileSync(archive, bytes);
    const run = await runCli(['run', 'chinook-mariadb-to-postgres', '--snapshot', archive, '--out', dir], dir);
    expect(run.exitCode).toBe(2);
    const message = `${run.stderr}\n${run.report?.error?.message ?? ''}`;
    expect(message).toMatch(/dumps\/01-chinook\.sql/);
    expect(message).toMatch(/sha256/);
    expect(run.stderr).not.toMatch(/\n\s+at /); // no stack trace
    expect(run.report?.verdict ?? 'ERROR').toBe('ERROR');
  });

  it('a Chinook dump cut at 60% (mid-INSERT, after a complete tuple) ends in ERROR naming the byte offset', async () => {
    const dir = out();
    const bytes = readFileSync(CHINOOK_SNAPSHOT);
    let cutAt = Math.floor(bytes.length * 0.6);
    cutAt = bytes.indexOf('),', cutAt) + 2;
    const file = join(dir, 'chinook-cut.sql');
    writeFileSync(file, bytes.subarray(0, cutAt));
    const statementStart = bytes.lastIndexOf('INSERT INTO', cutAt);
    const run = await runCli(['run', 'chinook-mariadb-to-postgres', '--snapshot', file, '--out', dir], dir);
    expect(run.exitCode).toBe(2);
    expect(run.report?.verdict).toBe('ERROR');
    expect(`${run.stderr}\n${run.report?.error?.message ?? ''}`).toMatch(new RegExp(`chinook-cut\\.sql: the SQL ends inside a statement that starts at byte offset ${statementStart}`));
    expect(await containersOfRun(run.report!.runId)).toEqual([]);
  });

  it('a Chinook dump cut between two statements loads, but its declared row counts end the run in ERROR', async () => {
    const dir = out();
    const bytes = readFileSync(CHINOOK_SNAPSHOT);
    // Cut right after the statement ending past 60%: every statement left is whole, the data is not.
    const cutAt = bytes.indexOf(');\n', Math.floor(bytes.length * 0.6)) + 3;
    const file = join(dir, 'chinook-short.sql');
    writeFileSync(file, bytes.subarray(0, cutAt));
    const run = await runCli(['run', 'chinook-mariadb-to-postgres', '--snapshot', file, '--out', dir], dir);
    expect(run.exitCode).toBe(2);
    expect(run.report?.verdict).toBe('ERROR');
    expect(`${run.stderr}\n${run.report?.error?.message ?? ''}`).toMatch(/chinook-short\.sql does not hold what the scenario's snapshotRows declare: table \w+ (has \d+ rows, \d+ declared|is missing)/);
    expect(await containersOfRun(run.report!.runId)).toEqual([]);
  });

  it('rejects a file that is not a snapshot with exit 2 and no stack trace', async () => {
    const dir = out();
    const file = join(dir, 'random.tar');
    writeFileSync(file, Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256)));
    const run = await runCli(['run', 'chinook-mariadb-to-postgres', '--snapshot', file, '--out', dir], dir);
    expect(run.exitCode).toBe(2);
    expect(run.stderr + (run.report?.error?.message ?? '')).toMatch(/random\.tar/);
    expect(run.stderr).not.toMatch(/\n\s+at /);
    expect(run.report?.verdict ?? 'ERROR').not.toBe('GO');
  });

  it('rejects an invalid scenario before starting anything, naming the fields', async () => {
    const dir = out();
    const run = await runCli(['run', fixtureScenario('chinook-invalid'), '--out', dir], dir);
    expect(run.exitCode).toBe(2);
    expect(run.stderr).toMatch(/source\.engine/);
    expect(run.stderr).not.toMatch(/\n\s+at /);
    expect(run.report).toBeUndefined();
  });

  it('rejects an unknown option and an unknown provider with exit 2', async () => {
    expect((await runCli(['run', 'chinook-mariadb-to-postgres', '--no-such-option'])).exitCode).toBe(2);
    const run = await runCli(['run', 'chinook-mariadb-to-postgres', '--provider', 'cloud']);
    expect(run.exitCode).toBe(2);
    expect(run.stderr).toMatch(/--provider "cloud".*container, process, server/);
  });
});

describe('chinook-mariadb-to-postgres through the process provider', () => {
  it('gives GO from local mariadbd and postgres binaries and leaves no process or data directory', async () => {
    const dir = out();
    const run = await runCli(['run', 'chinook-mariadb-to-postgres', '--provider', 'process', '--out', dir], dir);
    expect(run.exitCode).toBe(0);
    expect(run.report?.verdict).toBe('GO');
    expect(run.report?.databases.source?.provider).toBe('process');
    const { readdirSync } = await import('node:fs');
    expect(readdirSync(tmpdir()).filter((n) => n.includes(run.report!.runId))).toEqual([]);
  });
});

