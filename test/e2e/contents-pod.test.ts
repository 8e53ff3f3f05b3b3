/**
 * The every-table contents check on Pod v3 → v4 (real CLI, real containers, a generated v3 snapshot): the
 * sound migration is GO with every table compared, and a video's password set to NULL or a chapter moved
 * by 60 s — values no other check of the scenario reads — give NO-GO from `contents` alone, naming the
 * table, the key and the column.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { containersOfRun } from '../support/containers.ts';
import { fixtureScenario, ROOT, runCli } from '../support/run-cli.ts';
import { makeTempDir } from '../support/temp-dir.ts';

const dir = makeTempDir('rehearse-contents-pod-');
const snapshot = join(dir, 'v3.tar');

beforeAll(async () => {
  const run = await runCli(['generate', 'pod', '--version', 'v3', '--engine', 'mariadb', '--videos', '80', '--seed', '1', '--out', snapshot]);
  expect(run.exitCode, run.stderr).toBe(0);
}, 120_000);

describe('contents on pod-v3-to-v4', () => {
  it('gives GO on the sound migration, every exported table compared', async () => {
    const out = mkdtempSync(join(dir, 'out-'));
    const run = await runCli(['run', join(ROOT, 'scenarios/pod-v3-to-v4/scenario.ts'), '--snapshot', snapshot, '--out', out, '--quiet'], out);
    expect(run.exitCode, run.stderr).toBe(0);
    const contents = run.report!.checks.find((c) => c.id === 'contents')!;
    expect(contents.status).toBe('passed');
    expect(contents.metrics?.tables).toBeGreaterThanOrEqual(50);
    expect(contents.summary).toMatch(/dropped on purpose: tagging_tag, tagging_taggeditem/);
    expect(await containersOfRun(run.report!.runId)).toEqual([]);
  });

  it('gives NO-GO naming video_video\'s password and chapter_chapter\'s time_start, from contents alone', async () => {
    const out = mkdtempSync(join(dir, 'out-'));
    const run = await runCli(['run', fixtureScenario('pod-v3-to-v4-contents-sabotaged'), '--snapshot', snapshot, '--out', out, '--quiet'], out);
    expect(run.exitCode, run.stderr).toBe(1);
    const report = run.report!;
    expect(report.checks.filter((c) => c.status === 'failed').map((c) => c.id)).toEqual(['contents']);
    const contents = report.checks.find((c) => c.id === 'contents')!;
    expect(contents.summary).toMatch(/2 of \d+ tables differ/);
    const examples = contents.examples.map((e) => `${e.subject}\n${e.detail}`).join('\n');
    expect(examples).toMatch(/table "video_video" id="\d+" modified \(password\)/);
    // A password is never shown in clear (digest in the check, redacted in the report).
    expect(examples).toMatch(/-password: .+\n\+password: .+/);
    const chapter = /table "chapter_chapter" id="\d+" modified \(time_start\)\n--- source\n\+\+\+ target\n@@ .* @@\n-time_start: "(\d+)"\n\+time_start: "(\d+)"/.exec(examples);
    expect(chapter, examples).not.toBeNull();
    expect(Number(chapter![2]) - Number(chapter![1])).toBe(60);
    const keys = readFileSync(join(out, 'contents-chapter_chapter.jsonl'), 'utf8').trim().split('\n');
    expect(keys).toHaveLength(1);
    expect(await containersOfRun(report.runId)).toEqual([]);
  });
});
