/**
 * The HTML report in a real browser: Debian's Chromium, driven by playwright-core, opens report.html from
 * disk with every network request blocked, and the test asserts on what a reader sees (the verdict, a
 * failing table's row, the timeline), on a silent console, and that nothing but the file itself was
 * requested. A screenshot is kept under test-results/ as an artefact.
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HtmlReporter } from '../../harness/report/html-reporter.ts';
import { ROOT } from '../support/run-cli.ts';
import { makeTempDir } from '../support/temp-dir.ts';
import { NO_GO } from './fixtures.ts';

const CHROMIUM = '/usr/bin/chromium';
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

let context: BrowserContext;
let profile: string;

beforeAll(async () => {
  profile = mkdtempSync(join(tmpdir(), 'rehearse-chromium-'));
  context = await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM, args: ARGS, headless: true });
}, 60_000);

afterAll(async () => {
  await context?.close();
  rmSync(profile, { recursive: true, force: true });
});

describe('report.html in Chromium', () => {
  it('shows the verdict, the failing table and the timeline, offline, with a silent console', async () => {
    const file = await new HtmlReporter().onRunEnd(NO_GO, makeTempDir('rehearse-html-'));
    const page = await context.newPage();
    const attempted: string[] = [];
    const console: string[] = [];
    await page.route('**/*', (route) => {
      const url = route.request().url();
      if (url.startsWith('file:')) return route.continue();
      attempted.push(url);
      return route.abort();
    });
    page.on('request', (request) => {
      if (!request.url().startsWith('file:')) attempted.push(request.url());
    });
    page.on('console', (message) => console.push(`${message.type()}: ${message.text()}`));
    page.on('pageerror', (error) => console.push(`pageerror: ${error.message}`));

    await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });

    await expect.poll(() => page.locator('#verdict h1').innerText()).toBe('NO-GO: pod-v3-to-v4');
    const failingTable = page.locator('#tables tr.bad').first();
    expect(await failingTable.isVisible()).toBe(true);
    expect((await failingTable.innerText()).replace(/\s+/g, ' ')).toMatch(/^Track 3,503 3,502 differs/);
    const timeline = page.locator('svg.timeline');
    expect(await timeline.isVisible()).toBe(true);
    expect((await timeline.boundingBox())?.height).toBeGreaterThan(100);
    expect(await page.locator('#provenance').innerText()).toMatch(/snapshots\/pod\.tar/);
    // The verdict is the first thing on the page.
    expect((await page.locator('#verdict').boundingBox())?.y).toBeLessThan(50);

    mkdirSync(join(ROOT, 'test-results'), { recursive: true });
    await page.screenshot({ path: join(ROOT, 'test-results', 'report-html-no-go.png'), fullPage: true });
    await page.emulateMedia({ media: 'print' });
    expect((await page.pdf({ format: 'A4' })).length).toBeGreaterThan(10_000);

    expect(attempted).toEqual([]);
    expect(console).toEqual([]);
    await page.close();
  }, 60_000);

  it('blocks what the report does not do: a page that fetches is caught by the same guard', async () => {
    // The guard's own proof: an HTML file that requests an image is seen requesting it.
    const dir = makeTempDir('rehearse-html-');
    const file = join(dir, 'fetching.html');
    const { writeFileSync } = await import('node:fs');
    writeFileSync(file, '<!DOCTYPE html><html><body><img src="http://example.invalid/x.png" alt=""></body></html>');
    const page = await context.newPage();
    const attempted: string[] = [];
    await page.route('**/*', (route) => (route.request().url().startsWith('file:') ? route.continue() : (attempted.push(route.request().url()), route.abort())));
    await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
    expect(attempted).toEqual(['http://example.invalid/x.png']);
    await page.close();
  }, 60_000);
});
