// The HTML report in a real browser: Debian's chromium driven by playwright-core (CI installs it with apt). Skips,
// saying why, when /usr/bin/chromium is absent. Writes screenshots to $SITREP_TEST_OUT (default: a temp folder).
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it, type TestContext } from 'node:test';
import { pathToFileURL } from 'node:url';
import type { BrowserContext, Page } from 'playwright-core';
import type { Report } from '../contract.js';
import { FIXTURE_TEXTS, fixtureReport } from './fixture-report.js';
import { renderReportHtml } from './index.js';

const CHROMIUM = process.env.SITREP_CHROMIUM ?? '/usr/bin/chromium';
const FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
const OUT = process.env.SITREP_TEST_OUT ?? join(tmpdir(), 'sitrep-browser-test');
const SKIP = `${CHROMIUM} is not installed (apt-get install -y chromium); browser tests skipped`;

let browser: BrowserContext | null = null;
let profile = '';
const work = mkdtempSync(join(tmpdir(), 'sitrep-html-'));

before(async () => {
  if (!existsSync(CHROMIUM)) return;
  const { chromium } = await import('playwright-core');
  profile = mkdtempSync(join(tmpdir(), 'sitrep-chromium-'));
  browser = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: FLAGS,
    viewport: { width: 1280, height: 900 },
  });
});

after(async () => {
  await browser?.close();
  if (profile) rmSync(profile, { recursive: true, force: true });
  rmSync(work, { recursive: true, force: true });
});

interface Opened {
  page: Page;
  problems: string[];
  requests: string[];
}

/** Opens a rendered report from disk, recording console errors, page errors and every request but the file. */
async function open(t: TestContext, report: Report, texts?: Record<string, string>): Promise<Opened | null> {
  if (!browser) {
    t.skip(SKIP);
    return null;
  }
  const file = join(work, `${t.name.replace(/\W+/g, '-')}.html`);
  writeFileSync(file, renderReportHtml(report, texts));
  const url = pathToFileURL(file).href;
  const page = await browser.newPage();
  const problems: string[] = [];
  const requests: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') problems.push(`${m.type()}: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  await page.route('**/*', (route) => {
    if (route.request().url() === url) return route.continue();
    requests.push(route.request().url());
    return route.abort();
  });
  await page.goto(url);
  await page.waitForSelector('html[data-ready="true"]', { timeout: 15_000 });
  t.after(() => page.close());
  return { page, problems, requests };
}

const xss = (page: Page) => page.evaluate('window.__sitrepXss');

describe('the HTML report in chromium', () => {
  it('loads from disk with no console error and no request, and shows every view', async (t) => {
    const opened = await open(t, fixtureReport(), FIXTURE_TEXTS);
    if (!opened) return;
    const { page, problems, requests } = opened;
    assert.deepEqual(problems, []);
    assert.deepEqual(requests, []);
    assert.equal(await page.locator('#timeline li.event').count(), 3);
    assert.equal(await page.locator('.mk-event').count(), 2, 'one marker per located event');
    assert.equal(await page.locator('.precision-ring').count(), 2);
    assert.ok(
      (await page.locator('#map-canvas path.leaflet-interactive, #map-canvas svg path').count()) > 5,
      'basemap drawn',
    );
    assert.equal(await page.locator('#chart canvas').count(), 1, 'casualty chart drawn');
    assert.equal(await page.locator('#claims .claim').count(), 7);
    assert.equal(await page.locator('#contradictions .side > div').count(), 2);
    assert.equal(await page.locator('#provenance svg .node').count(), 2);
    mkdirSync(OUT, { recursive: true });
    await page.screenshot({ path: join(OUT, 'report.png'), fullPage: true });
  });

  it('shows the evidence sentence highlighted in the article when an item is clicked', async (t) => {
    const opened = await open(t, fixtureReport(), FIXTURE_TEXTS);
    if (!opened) return;
    const { page } = opened;
    assert.equal(await page.locator('#evidence').isVisible(), false);
    await page.locator('#claims button.ev', { hasText: 'The Karsovan Army denied' }).first().click();
    assert.equal(await page.locator('#evidence').isVisible(), true);
    assert.equal(
      await page.locator('#evidence-text mark').textContent(),
      'The Karsovan Army denied targeting residential streets.',
    );
    assert.equal(
      await page.locator('#evidence-text').textContent(),
      FIXTURE_TEXTS.doc_a,
      'the whole article, verbatim',
    );
    // A map marker opens its event's evidence.
    await page.locator('.mk-event').first().click({ force: true });
    assert.match((await page.locator('#evidence-text mark').textContent()) ?? '', /Civil Watch|Free Brigade/);
    mkdirSync(OUT, { recursive: true });
    await page.screenshot({ path: join(OUT, 'report-evidence.png') });
  });

  it('works from the keyboard and prints without the panel', async (t) => {
    const opened = await open(t, fixtureReport(), FIXTURE_TEXTS);
    if (!opened) return;
    const { page } = opened;
    await page.locator('#timeline button.ev').first().focus();
    await page.keyboard.press('Enter');
    assert.equal(await page.locator('#evidence').isVisible(), true);
    assert.equal(await page.evaluate('document.activeElement?.id'), 'evidence');
    await page.keyboard.press('Escape');
    assert.equal(await page.locator('#evidence').isVisible(), false);
    assert.equal(await page.evaluate("document.activeElement?.classList.contains('ev')"), true, 'focus returns');
    await page.locator('#provenance .node').first().focus();
    await page.keyboard.press('Enter');
    assert.equal(await page.locator('#evidence').isVisible(), true, 'graph nodes open from the keyboard');
    await page.emulateMedia({ media: 'print' });
    assert.equal(await page.locator('#evidence').isVisible(), false);
    assert.equal(await page.locator('nav.toc').isVisible(), false);
    assert.equal(await page.locator('#claims').isVisible(), true);
  });

  it('keeps the hostile fixture inert: no script, handler or javascript: link runs', async (t) => {
    const opened = await open(t, fixtureReport(), FIXTURE_TEXTS);
    if (!opened) return;
    const { page, problems } = opened;
    await page.locator('#claims button.ev', { hasText: 'Free Brigade claimed' }).click();
    assert.match((await page.locator('#evidence-text').textContent()) ?? '', /<script>window.__sitrepXss=1<\/script>/);
    await page.locator('#documents button.doclink').last().click();
    await page.locator('#timeline .event').nth(2).hover();
    await page.locator('.mk-place').first().hover({ force: true });
    assert.equal(
      await page.locator('#evidence-text a, #evidence-text img, #evidence-text svg, #evidence-text script').count(),
      0,
    );
    assert.equal(
      await page
        .locator('main img, main a[href^="javascript"], main [onerror], main [onload], main [onmouseover]')
        .count(),
      0,
    );
    assert.equal(await xss(page), undefined);
    assert.deepEqual(problems, []);
  });

  it('shows places on the map and says the texts are missing when a report has only documents and places', async (t) => {
    const report = {
      ...fixtureReport(),
      events: [],
      claims: [],
      casualties: [],
      provenance: [],
      contradictions: [],
      sources: [],
    };
    const opened = await open(t, report);
    if (!opened) return;
    const { page, problems } = opened;
    assert.deepEqual(problems, []);
    assert.equal(await page.locator('.mk-event').count(), 0);
    assert.equal(await page.locator('.mk-place').count(), 3);
    await page.locator('#documents button.ev').first().click();
    assert.match((await page.locator('#evidence-text').textContent()) ?? '', /written without the document texts/);
  });
});
