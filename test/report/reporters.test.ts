import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createReporter, REPORTER_NAMES, REPORTERS } from '../../harness/report/index.ts';
import { renderHtmlReport } from '../../harness/report/html-reporter.ts';
import { renderJsonReport } from '../../harness/report/json-reporter.ts';
import { renderJunitReport } from '../../harness/report/junit-reporter.ts';
import { MARKDOWN_LIMIT_BYTES, renderMarkdownReport } from '../../harness/report/markdown-reporter.ts';
import type { RehearsalResult } from '../../harness/run/rehearsal-result.ts';
import { ERROR, GO, NO_GO, SECRET } from './fixtures.ts';
import { xmlProblems } from './well-formed-xml.ts';

const FIXTURES = { go: GO, 'no-go': NO_GO, error: ERROR } as const;
const RENDERERS = { json: renderJsonReport, markdown: renderMarkdownReport, junit: renderJunitReport, html: renderHtmlReport } as const;
const EXTENSIONS = { json: 'json', markdown: 'md', junit: 'xml', html: 'html' } as const;

let outDir: string;
beforeAll(async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date('2025-01-01T12:00:00Z'));
  outDir = await mkdtemp(join(tmpdir(), 'rehearse-report-'));
});
afterAll(async () => {
  vi.useRealTimers();
  await rm(outDir, { recursive: true, force: true });
});

describe('reporters: snapshots', () => {
  for (const [fixtureName, fixture] of Object.entries(FIXTURES)) {
    for (const [format, render] of Object.entries(RENDERERS)) {
      it(`${format} renders the ${fixtureName} fixture`, async () => {
        const ext = EXTENSIONS[format as keyof typeof EXTENSIONS];
        await expect(render(fixture)).toMatchFileSnapshot(`__snapshots__/${fixtureName}.${ext}`);
      });
    }
  }
});

describe('reporters: registry and files', () => {
  it('registers json, markdown, junit and html under their names', () => {
    expect(REPORTER_NAMES).toEqual(['json', 'markdown', 'junit', 'html']);
    for (const name of REPORTER_NAMES) expect(new REPORTERS[name]().name).toBe(name);
    expect(() => createReporter('pdf')).toThrow(/reporter "pdf" does not exist. Available reporters: json, markdown, junit, html/);
  });

  it('each reporter writes its file and returns its path', async () => {
    const written = await Promise.all(REPORTER_NAMES.map((name) => createReporter(name).onRunEnd(NO_GO, outDir)));
    expect(written.map((p) => p.slice(outDir.length + 1))).toEqual(['report.json', 'report.md', 'junit.xml', 'report.html']);
    const json = JSON.parse(await readFile(written[0]!, 'utf8')) as RehearsalResult;
    expect(Object.keys(json)[0]).toBe('schemaVersion');
    expect(json.checks[1]?.examples).toHaveLength(2);
    expect(await readFile(written[1]!, 'utf8')).toContain('# ❌ NO-GO: pod-v3-to-v4');
  });
});

describe('reporters: secrets', () => {
  for (const [format, render] of Object.entries(RENDERERS)) {
    it(`${format} redacts the password of a URL and of PASSWORD= in exec output`, () => {
      const text = render(ERROR);
      expect(ERROR.steps[1]?.output).toContain(SECRET);
      expect(text).not.toContain(SECRET);
      expect(text).toContain('postgres://pod:***@10.0.0.5:5432/pod');
      expect(text).toMatch(/MARIADB_PASSWORD=\*\*\*/);
    });
  }
});

describe('reporters: junit', () => {
  for (const [name, fixture] of Object.entries(FIXTURES)) {
    it(`is well-formed XML for the ${name} fixture`, () => {
      expect(xmlProblems(renderJunitReport(fixture))).toEqual([]);
    });
  }

  it('the well-formedness check itself rejects broken XML', () => {
    expect(xmlProblems('<a><b></a>')).not.toEqual([]);
    expect(xmlProblems('<a x="1 & 2"/>')).not.toEqual([]);
    expect(xmlProblems('<a>\u0007</a>')).not.toEqual([]);
  });

  it('maps statuses: failure for failed, error for the run error, skipped for not-run and skipped', () => {
    const noGo = renderJunitReport(NO_GO);
    expect(noGo).toMatch(/<testcase classname="checks" name="prices"[^>]*>\s*<failure message="2 rows differ/);
    expect(noGo).toMatch(/<failure message="3 tags lost \| case-collision" type="warning">/);
    expect(noGo).toContain('tests="5" failures="3" errors="0" skipped="0"');
    const error = renderJunitReport(ERROR);
    expect(error).toMatch(/<testcase classname="rehearsal" name="rehearsal"[^>]*>\s*<error /);
    expect(error).toMatch(/name="reindex"[^>]*>\s*<skipped /);
    expect(error).toMatch(/name="rowCounts"[^>]*>\s*<skipped /);
  });
});

describe('reporters: markdown', () => {
  it('escapes table cells and fences diffs', () => {
    const md = renderMarkdownReport(NO_GO);
    expect(md).toContain('3 tags lost \\| case-collision');
    expect(md).toMatch(/```diff\n--- source\n\+\+\+ target/);
    // A detail containing ``` gets a longer fence.
    expect(md).toContain('````diff\n--- source\n+++ target\n@@ -1,2 +0,0 @@');
    expect(md).toContain('First 20 of 25 warnings.');
  });

  it('stays under 60 KB, leaving examples out with a note', () => {
    const big = 'x'.repeat(4000);
    const huge: RehearsalResult = {
      ...NO_GO,
      checks: NO_GO.checks.map((c) =>
        c.id === 'prices' ? { ...c, examples: Array.from({ length: 200 }, (_, i) => ({ subject: `row ${i}`, detail: `--- source\n+++ target\n-${big}` })) } : c,
      ),
    };
    const md = renderMarkdownReport(huge);
    expect(Buffer.byteLength(md)).toBeLessThanOrEqual(MARKDOWN_LIMIT_BYTES);
    expect(md).toMatch(/> \d+ example\(s\) left out to keep this report under 60 KB; report.json has them all./);
    expect(md).toContain('## Reproducibility');
  });
});

describe('reporters: html', () => {
  it('escapes every value from the result, so a row holding markup shows as text', () => {
    const html = renderHtmlReport(NO_GO);
    expect(html).toContain('Name: &quot;Pipe | &lt;Dream&gt;&quot;');
    expect(html).not.toContain('<Dream>');
    expect(html).not.toMatch(/<script|\bsrc=|\bhref=/i);
  });

  it('leads with the verdict and shows per-table bars, the timeline and the provenance', () => {
    const html = renderHtmlReport(NO_GO);
    const order = ['id="verdict"', 'id="checks"', 'id="tables"', 'id="timeline"', 'id="cutover"', 'id="provenance"'].map((marker) => html.indexOf(marker));
    expect(order.every((at) => at > 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(html).toMatch(/<tr class="bad"><td>Track<\/td><td class="num">3,503<\/td><td class="num">3,502<\/td>/);
    expect(html).toMatch(/<svg class="timeline"[^>]*>.*<title>step import: 1 min 30 s \(passed\)<\/title>/s);
  });
});
