/**
 * Pod v2 → v3 (seed 001) through the real CLI and real MariaDB containers, on small generated v2
 * snapshots: GO on clean data, NO-GO with the right check and examples for each documented failure:
 * rows dropped by INSERT IGNORE, renditions loaded without a threshold, missing media, channels and
 * disciplines left on site 0, videos on site 0 that the seed's UPDATEs do not cover, and columns only
 * v3 has changed after the load.
 */
import { mkdtempSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { CheckResult, RehearsalResult } from '../../harness/run/rehearsal-result.ts';
import { containersOfRun } from '../support/containers.ts';
import { fixtureScenario, runCli, type CliRun } from '../support/run-cli.ts';
import { makeTempDir } from '../support/temp-dir.ts';

const work = makeTempDir('rehearse-pod-v2-v3-');
const snapshots: Record<string, string> = {};

async function generate(name: string, videos: number, defects: readonly string[] = []): Promise<void> {
  const out = join(work, `${name}.tar`);
  const args = ['generate', 'pod', '--version', 'v2', '--engine', 'mariadb', '--videos', String(videos), '--seed', '1', '--out', out];
  const run = await runCli([...args, ...defects.flatMap((d) => ['--defect', d])]);
  expect(run.exitCode, run.stderr).toBe(0);
  snapshots[name] = out;
}

async function rehearse(scenario: string, snapshot: string): Promise<CliRun & { report: RehearsalResult }> {
  const dir = mkdtempSync(join(work, 'run-'));
  const run = await runCli(['run', scenario, '--snapshot', snapshots[snapshot]!, '--out', dir], dir);
  expect(run.report, `no report.json: ${run.stderr}`).toBeDefined();
  return run as CliRun & { report: RehearsalResult };
}

function check(report: RehearsalResult, id: string): CheckResult {
  const found = report.checks.find((c) => c.id === id);
  if (!found) throw new Error(`check ${id} not in the report: ${report.checks.map((c) => c.id).join(', ')}`);
  return found;
}

const text = (c: CheckResult) => c.examples.map((e) => `${e.subject} | ${e.detail}`).join('\n');
const failedBlocking = (r: RehearsalResult) => r.checks.filter((c) => c.severity === 'blocking' && c.status !== 'passed').map((c) => c.id);

beforeAll(async () => {
  await generate('clean', 60);
  await generate('duplicates', 60, ['duplicate-rows']);
  await generate('missing-media', 60, ['missing-media']);
  await generate('site-zero', 60, ['site-zero']);
  await generate('site-zero-videos', 100, ['site-zero']);
});

describe('pod-v2-to-v3 (seed 001) on MariaDB', () => {
  it('gives GO on a clean v2 snapshot, loading the encoding tables under their v3 names and leaving nothing behind', async () => {
    const run = await rehearse('pod-v2-to-v3', 'clean');
    expect(run.stderr).not.toMatch(/internal error/);
    expect(run.report.verdict, run.stdout).toBe('GO');
    expect(run.exitCode).toBe(0);
    expect(run.report.steps.map((s) => s.id)).toEqual(['dump', 'default-threshold', 'load', 'fix-site-zero', 'media']);
    const load = run.report.steps.find((s) => s.id === 'load')!;
    expect(load.output).toMatch(/video_videorendition → video_encode_transcript_videorendition/);
    expect(load.output).toMatch(/skipped video_channel_sites: 5 rows/);
    for (const id of ['rowCounts', 'integrity', 'rendition-thresholds', 'site-references', 'mediaReferences', 'tags', 'videos', 'channels', 'owners']) {
      expect(check(run.report, id).status, `${id}: ${check(run.report, id).summary}`).toBe('passed');
    }
    expect(check(run.report, 'rowCounts').summary).toMatch(/dropped on purpose: django_migrations, live_broadcaster/);
    expect(check(run.report, 'mediaReferences').summary).toMatch(/resolve/);
    // Documented, non-blocking: v2 playlists are not carried, transcript booleans are not converted.
    expect(check(run.report, 'playlists').status).toBe('failed');
    expect(check(run.report, 'transcript-languages').status).toBe('failed');
    // Personal data stays out of the report.
    expect(JSON.stringify(run.report)).not.toMatch(/@[a-z0-9.-]+\.(fr|org|com)/i);
    expect(await containersOfRun(run.report.runId)).toEqual([]);
  });

  it('gives NO-GO when INSERT IGNORE drops duplicate rows: integrity shows warning 1062, rowCounts names the tables', async () => {
    const run = await rehearse('pod-v2-to-v3', 'duplicates');
    expect(run.exitCode).toBe(1);
    expect(run.report.verdict).toBe('NO-GO');
    const integrity = check(run.report, 'integrity');
    expect(integrity.status).toBe('failed');
    expect(integrity.summary).toMatch(/1062/);
    expect(text(integrity)).toMatch(/1062/);
    expect(text(integrity)).toMatch(/load/);
    expect(text(integrity)).toMatch(/tagging_taggeditem|video_video_channel/);
    const counts = check(run.report, 'rowCounts');
    expect(counts.status).toBe('failed');
    expect(text(counts)).toMatch(/table "tagging_taggeditem" \| source \d+ rows, target \d+ rows \(\d+ missing\)/);
    expect(text(counts)).toMatch(/table "video_video_channel"/);
    // The rows INSERT IGNORE dropped are also missing row by row in the every-table contents check.
    const rows = check(run.report, 'contents');
    expect(rows.status).toBe('failed');
    expect(rows.metrics?.removed).toBeGreaterThan(0);
    expect(failedBlocking(run.report).sort()).toEqual(['contents', 'integrity', 'rowCounts']);
  });

  it('gives NO-GO naming the renditions when the threshold is not defaulted before the load', async () => {
    const run = await rehearse(fixtureScenario('pod-v2-to-v3-no-threshold-default'), 'clean');
    expect(run.exitCode).toBe(1);
    const thresholds = check(run.report, 'rendition-thresholds');
    expect(thresholds.status).toBe('failed');
    expect(thresholds.summary).toMatch(/3 renditions were loaded without a threshold/);
    expect(thresholds.examples[0]?.subject).toBe('video_encode_transcript_videorendition rendition 1 (640x360)');
    expect(thresholds.examples[0]?.detail).toMatch(/1364/);
    expect(failedBlocking(run.report)).toEqual(['rendition-thresholds']);
  });

  it('gives NO-GO from contents alone when columns only v3 has hold other values than the load gives them', async () => {
    const run = await rehearse(fixtureScenario('pod-v2-to-v3-added-columns-sabotaged'), 'clean');
    expect(run.exitCode).toBe(1);
    expect(failedBlocking(run.report)).toEqual(['contents']);
    const contents = check(run.report, 'contents');
    expect(contents.summary).toMatch(/2 of \d+ tables differ/);
    expect(text(contents)).toMatch(/table "completion_document" id="\d+" modified \(private\)/);
    expect(text(contents)).toMatch(/table "video_video" id="\d+" modified \(order\)/);
  });

  it('gives NO-GO from mediaReferences when files referenced by v2 rows are missing', async () => {
    const run = await rehearse('pod-v2-to-v3', 'missing-media');
    expect(run.exitCode).toBe(1);
    const media = check(run.report, 'mediaReferences');
    expect(media.status).toBe('failed');
    expect(media.examples.length).toBeGreaterThan(0);
    expect(text(media)).toMatch(/missing|not in/i);
    expect(failedBlocking(run.report)).toEqual(['mediaReferences']);
  });

  it('gives GO on channels and disciplines at site 0 thanks to the seed\'s site_id update', async () => {
    const run = await rehearse('pod-v2-to-v3', 'site-zero');
    expect(run.report.verdict, run.stdout).toBe('GO');
    expect(check(run.report, 'site-references').status).toBe('passed');
    expect(run.report.steps.find((s) => s.id === 'fix-site-zero')?.output).toMatch(/17 rows affected/);
  });

  it('gives NO-GO naming every channel and discipline left on site 0 when the site_id update is left out', async () => {
    const run = await rehearse(fixtureScenario('pod-v2-to-v3-no-site-fix'), 'site-zero');
    expect(run.exitCode).toBe(1);
    const sites = check(run.report, 'site-references');
    expect(sites.status).toBe('failed');
    expect(sites.summary).toMatch(/video_channel \(5\), video_discipline \(12\)/);
    expect(sites.examples[0]).toEqual({ subject: 'video_channel id 1', detail: expect.stringMatching(/site_id = 0, which is no django_site row/) });
  });

  it('gives NO-GO when a video sits on site 0: the seed\'s UPDATEs cover channels and disciplines only', async () => {
    const run = await rehearse('pod-v2-to-v3', 'site-zero-videos');
    expect(run.exitCode).toBe(1);
    const sites = check(run.report, 'site-references');
    expect(sites.status).toBe('failed');
    expect(sites.summary).toMatch(/video_video_sites \(1\)/);
    expect(sites.summary).not.toMatch(/video_channel|video_discipline/);
    expect(sites.examples[0]?.subject).toMatch(/^video_video_sites video_id \d+$/);
  });
});
