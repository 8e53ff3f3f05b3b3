/**
 * Reproducibility: two rehearsals of the same inputs write the same report.json and report.html, byte
 * for byte, once times and timings are normalised (test/report/normalise-timings.ts). No container id,
 * port, pid, password or temporary path may make them differ: the two runs write to different temporary
 * folders on purpose. Run with real containers (images, digests, server versions) and with SQLite.
 */
import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderHtmlReport } from '../../harness/report/html-reporter.ts';
import { renderJsonReport } from '../../harness/report/json-reporter.ts';
import type { RehearsalResult } from '../../harness/run/rehearsal-result.ts';
import { runCli } from '../support/run-cli.ts';
import { makeTempDir } from '../support/temp-dir.ts';
import { writeAuditScenario } from './audit-scenario.ts';
import { normaliseTimings } from './normalise-timings.ts';

interface Written {
  readonly json: string;
  readonly html: string;
  readonly report: RehearsalResult;
  readonly out: string;
}

async function rehearse(scenario: string): Promise<Written> {
  const out = makeTempDir('rehearse-repro-out-');
  const run = await runCli(['run', scenario, '--out', out, '--quiet'], out);
  expect(run.stderr).not.toMatch(/internal error/);
  expect(run.exitCode).toBe(0);
  return { json: readFileSync(join(out, 'report.json'), 'utf8'), html: readFileSync(join(out, 'report.html'), 'utf8'), report: run.report!, out };
}

function expectSameApartFromTimings(a: Written, b: Written): void {
  // Each file is a function of the result: re-rendering report.json gives the bytes written.
  for (const run of [a, b]) {
    expect(renderJsonReport(run.report)).toBe(run.json);
    expect(renderHtmlReport(run.report)).toBe(run.html);
  }
  // The two runs really ran (their times differ), and nothing else does.
  expect(a.report.runId).not.toBe(b.report.runId);
  expect(renderJsonReport(normaliseTimings(a.report))).toBe(renderJsonReport(normaliseTimings(b.report)));
  expect(renderHtmlReport(normaliseTimings(a.report))).toBe(renderHtmlReport(normaliseTimings(b.report)));
  // Neither run's own folder, a process id nor a port (host:port/) is written.
  for (const text of [a.json, a.html, b.json, b.html]) {
    for (const run of [a, b]) expect(text).not.toContain(basename(run.out));
    expect(text).not.toMatch(/\bpid \d+|:\d{4,5}\//);
  }
}

describe('two rehearsals of the same inputs give the same reports apart from timings', () => {
  it('with SQLite on both sides', async () => {
    const { scenarioDir } = await writeAuditScenario(makeTempDir('rehearse-repro-inputs-'));
    const scenario = join(scenarioDir, 'scenario.ts');
    const a = await rehearse(scenario);
    const b = await rehearse(scenario);
    expectSameApartFromTimings(a, b);
  }, 300_000);

  it('with MariaDB and PostgreSQL containers (images, digests and server versions recorded)', async () => {
    const a = await rehearse('chinook-mariadb-to-postgres');
    const b = await rehearse('chinook-mariadb-to-postgres');
    expect(a.report.provenance?.images.map((i) => i.id)).toEqual([expect.stringMatching(/^sha256:[0-9a-f]{64}$/), expect.stringMatching(/^sha256:[0-9a-f]{64}$/)]);
    expect(a.report.provenance?.servers.map((s) => s.version)).toEqual([expect.stringMatching(/MariaDB/), expect.stringMatching(/^15\./)]);
    expectSameApartFromTimings(a, b);
  }, 600_000);
});
