/**
 * Esup-Pod v3 → v4 (seed 002) through the real CLI and real containers: generated v3 snapshots, the
 * export / import / media steps, and the verdict. A clean snapshot is GO on MariaDB and on PostgreSQL;
 * each documented failure is NO-GO from the check that must catch it, with the video named:
 * a lone multi-word tag split into words by tagulous (tags), a tag list cut by GROUP_CONCAT's 1024-byte
 * limit (tags, with warning 1260 in the run's warnings), files not made available to v4 (mediaReferences).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { RehearsalResult } from '../../harness/run/rehearsal-result.ts';
import { containersOfRun } from '../support/containers.ts';
import { runCli } from '../support/run-cli.ts';
import { makeTempDir } from '../support/temp-dir.ts';

const dir = makeTempDir('rehearse-pod-v3-v4-');

interface SnapshotSpec {
  readonly engine: 'mariadb' | 'postgres';
  readonly videos: number;
  readonly defects: readonly string[];
}

/** Seed 1 with 150 videos holds a video with 116 tags (1,125 bytes once joined): past 1024 bytes. */
const SNAPSHOTS = {
  clean: { engine: 'mariadb', videos: 100, defects: [] },
  multiWordTags: { engine: 'mariadb', videos: 100, defects: ['multi-word-tags'] },
  longTagLists: { engine: 'mariadb', videos: 150, defects: ['long-tag-lists'] },
  missingMedia: { engine: 'mariadb', videos: 100, defects: ['missing-media'] },
  cleanPostgres: { engine: 'postgres', videos: 80, defects: [] },
} as const satisfies Record<string, SnapshotSpec>;

const snapshot = (name: keyof typeof SNAPSHOTS) => join(dir, `${name}.tar`);

async function rehearse(scenario: string, name: keyof typeof SNAPSHOTS): Promise<{ exitCode: number; report: RehearsalResult; out: string }> {
  const out = join(dir, `out-${name}`);
  const run = await runCli(['run', scenario, '--snapshot', snapshot(name), '--out', out, '--quiet'], out);
  expect(run.stderr).not.toMatch(/internal error/);
  expect(run.report, `no report.json; stderr: ${run.stderr}`).toBeDefined();
  expect(await containersOfRun(run.report!.runId)).toEqual([]);
  return { exitCode: run.exitCode, report: run.report!, out };
}

const check = (report: RehearsalResult, id: string) => {
  const found = report.checks.find((c) => c.id === id);
  expect(found, `check ${id} in the report`).toBeDefined();
  return found!;
};

const failedChecks = (report: RehearsalResult) => report.checks.filter((c) => c.status !== 'passed').map((c) => c.id);

beforeAll(async () => {
  for (const [name, spec] of Object.entries(SNAPSHOTS)) {
    const defects = spec.defects.flatMap((d) => ['--defect', d]);
    const args = ['generate', 'pod', '--version', 'v3', '--engine', spec.engine, '--videos', String(spec.videos), '--seed', '1', '--out', snapshot(name as keyof typeof SNAPSHOTS), ...defects];
    const run = await runCli(args);
    expect(run.exitCode, `generate ${name}: ${run.stderr}`).toBe(0);
  }
});

describe('pod-v3-to-v4 on MariaDB', () => {
  it('gives GO on a clean v3 snapshot, with the export file, the tagulous tags and the media catalogue', async () => {
    const { exitCode, report, out } = await rehearse('pod-v3-to-v4', 'clean');
    expect(failedChecks(report)).toEqual([]);
    expect(exitCode).toBe(0);
    expect(report.verdict).toBe('GO');
    expect(report.steps.map((s) => [s.id, s.status])).toEqual([['export', 'passed'], ['import', 'passed'], ['media', 'passed']]);

    const exported = JSON.parse(readFileSync(join(out, 'work/data_from_v3_to_v4/v3_exported_tables.json'), 'utf8')) as Record<string, Array<Record<string, unknown>>>;
    expect(Object.keys(exported).slice(-2)).toEqual(['video_tagging_tag_2_tagulous', 'recorder_tagging_tag_2_tagulous']);
    expect(exported).not.toHaveProperty('tagging_tag');
    expect(exported).not.toHaveProperty('django_migrations');
    expect(exported.video_video).toHaveLength(100);
    expect(exported.video_video![0]!.date_added).toMatch(/^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d$/);
    const tagRow = exported.video_tagging_tag_2_tagulous!.find((r) => String(r.tag_name).includes(','));
    expect(tagRow?.tag_name).not.toMatch(/, /); // GROUP_CONCAT's default separator

    const tags = check(report, 'tags');
    expect(tags.metrics?.entitiesTarget).toBeGreaterThan(50);
    expect(tags.metrics?.lost).toBe(0);
    expect(check(report, 'rowCounts').summary).toMatch(/dropped on purpose: tagging_tag, tagging_taggeditem/);
    const media = readFileSync(join(out, 'work/target-media.jsonl'), 'utf8').trim().split('\n');
    expect(check(report, 'mediaReferences').metrics?.catalogueFiles).toBe(media.length);
    expect(media.length).toBeGreaterThan(500);
  });

  it('gives NO-GO from the tags check when a video\'s only tag has several words (split by tagulous)', async () => {
    const { exitCode, report } = await rehearse('pod-v3-to-v4', 'multiWordTags');
    expect(exitCode).toBe(1);
    expect(report.verdict).toBe('NO-GO');
    const tags = check(report, 'tags');
    expect(tags.status).toBe('failed');
    expect(tags.examples[0]?.subject).toMatch(/^video \d+$/);
    expect(tags.examples[0]?.detail).toMatch(/lost/);
    expect(tags.examples[0]?.detail).toMatch(/added/);
    // "machine learning" → "machine" + "learning": one lost, several added.
    expect(tags.metrics?.added).toBeGreaterThan(tags.metrics?.lost ?? 0);
    expect(failedChecks(report)).not.toContain('mediaReferences');
    expect(failedChecks(report)).not.toContain('rowCounts');
  });

  it('gives NO-GO from the tags check when GROUP_CONCAT cuts a long tag list at 1024 bytes, and keeps warning 1260', async () => {
    const { exitCode, report } = await rehearse('pod-v3-to-v4', 'longTagLists');
    expect(exitCode).toBe(1);
    const tags = check(report, 'tags');
    expect(tags.status).toBe('failed');
    expect(tags.examples[0]?.subject).toMatch(/^video \d+$/);
    expect(tags.examples[0]?.detail).toMatch(/lost/);
    expect(tags.metrics?.lost).toBeGreaterThan(5);
    const cut = report.warnings.items.filter((w) => w.code === '1260');
    expect(cut.length).toBeGreaterThan(0);
    expect(cut[0]).toMatchObject({ during: 'export', role: 'source' });
    expect(cut[0]?.message).toMatch(/was cut by GROUP_CONCAT/);
    expect(report.steps.find((s) => s.id === 'export')?.output).toMatch(/cut by GROUP_CONCAT \(warning 1260\)/);
  });

  it('gives NO-GO from mediaReferences when files referenced by v3 rows are missing from the media', async () => {
    const { exitCode, report } = await rehearse('pod-v3-to-v4', 'missingMedia');
    expect(exitCode).toBe(1);
    const media = check(report, 'mediaReferences');
    expect(media.status).toBe('failed');
    expect(media.metrics?.missingFiles).toBeGreaterThan(0);
    expect(media.examples.map((e) => e.subject).join(' ')).toMatch(/video_video|encode|podfile|main_custom/);
    expect(check(report, 'tags').status).toBe('passed');
    expect(check(report, 'rowCounts').status).toBe('passed');
  });
});

describe('pod-v3-to-v4-postgres', () => {
  it('gives GO on a clean v3 PostgreSQL snapshot (patched variant of the MySQL-only scripts)', async () => {
    const { exitCode, report, out } = await rehearse('pod-v3-to-v4-postgres', 'cleanPostgres');
    expect(failedChecks(report)).toEqual([]);
    expect(exitCode).toBe(0);
    expect(report.verdict).toBe('GO');
    expect(existsSync(join(out, 'work/data_from_v3_to_v4/v3_exported_tables.json'))).toBe(true);
    const exported = JSON.parse(readFileSync(join(out, 'work/data_from_v3_to_v4/v3_exported_tables.json'), 'utf8')) as Record<string, Array<Record<string, unknown>>>;
    const joined = exported.video_tagging_tag_2_tagulous!.find((r) => String(r.tag_name).includes(','));
    expect(joined?.tag_name).toMatch(/, /); // STRING_AGG(name, ', ')
    expect(check(report, 'tags').metrics?.entitiesTarget).toBeGreaterThan(40);
  });
});
