import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import type { Report } from '../contract.js';
import { CLIENT_SOURCE_HASH } from './client-bundle.generated.js';
import { clientSourceHash } from './client-source.js';
import { esc, jsonForScript } from './escape.js';
import { FIXTURE_TEXTS, fixtureReport, XSS_TEXT_MARKER } from './fixture-report.js';
import { renderReportHtml, renderReportPage } from './index.js';
import { casualtySeries, claimGroups, storyClusters, summaryLines, timelineDays } from './view-model.js';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

const emptyReport = (): Report => ({
  ...fixtureReport(),
  sources: [],
  claims: [],
  events: [],
  casualties: [],
  provenance: [],
  contradictions: [],
});

/** The page without its two script blocks (the data JSON and the bundled client), i.e. the server-rendered HTML. */
const markup = (html: string) => html.replace(/<script[^>]*>[\s\S]*?<\/script>/g, '');

describe('escaping', () => {
  it('escapes HTML and keeps JSON inside a script block inert', () => {
    assert.equal(
      esc(`<a href="x" onclick='y'>&</a>`),
      '&lt;a href=&quot;x&quot; onclick=&#39;y&#39;&gt;&amp;&lt;/a&gt;',
    );
    const json = jsonForScript({ t: '</script><!-- \u2028' });
    assert.ok(!json.includes('<') && !json.includes('>'));
    assert.deepEqual(JSON.parse(json), { t: '</script><!-- \u2028' });
  });
});

describe('the HTML report', () => {
  const page = renderReportPage(fixtureReport(), FIXTURE_TEXTS);
  const html = page.html;

  it('has every section, built from the contract', () => {
    for (const id of [
      'summary',
      'timeline',
      'map',
      'casualties',
      'claims',
      'contradictions',
      'provenance',
      'sources',
      'documents',
    ]) {
      assert.match(html, new RegExp(`<section id="${id}"`), id);
    }
    assert.match(html, /3 events \(1 Explosions\/Remote violence, 1 Strategic developments and 1 Battles\)/);
    for (const status of ['asserted', 'claimed', 'denied', 'unverified'])
      assert.match(html, new RegExp(`st-${status}`));
    assert.match(
      html,
      /data-doc="doc_a" data-start="\d+" data-end="\d+"><q>The Karsovan Army denied targeting residential streets.<\/q>/,
    );
  });

  it('keeps hostile article text inert: no tag, handler or javascript: link survives outside escaped text', () => {
    const body = markup(html);
    assert.ok(!/<(img|svg|b)\b[^>]*\bon\w+=/i.test(body), 'no element with an event handler');
    assert.ok(!/<[^>]+(href|src)\s*=\s*["']?\s*javascript:/i.test(html), 'no javascript: URL in an attribute');
    assert.equal(html.match(/<script\b/g)?.length, 2, 'only the data block and the bundled script');
    assert.ok(!html.includes(`<script>${XSS_TEXT_MARKER}`));
    assert.match(body, /&lt;svg onload=&quot;window.__sitrepXss=7&quot;&gt;Free Brigade/);
    const data = html.match(/<script type="application\/json" id="sitrep-data">([\s\S]*?)<\/script>/)![1]!;
    assert.equal(JSON.parse(data).texts.doc_c, FIXTURE_TEXTS.doc_c, 'texts survive the JSON embedding exactly');
  });

  it('requests nothing and allows only its own script', () => {
    assert.ok(!/<(script|img|link|iframe)[^>]+(src|href)=/i.test(markup(html)), 'no external resource');
    assert.ok(!/url\(\s*['"]?(?!#|data:)/i.test(html.match(/<style>([\s\S]*?)<\/style>/)![1]!), 'no url() in the CSS');
    const script = html.match(/<script>([\s\S]*?)<\/script>\n<\/body>/)![1]!;
    const hash = createHash('sha256').update(script).digest('base64');
    assert.match(page.contentSecurityPolicy, new RegExp(`script-src 'sha256-${hash.replace(/[+/]/g, '\\$&')}'`));
    assert.match(page.contentSecurityPolicy, /default-src 'none'/);
    assert.match(html, /<meta http-equiv="Content-Security-Policy"/);
    assert.ok(html.length < 1_500_000, `size ${html.length}`);
  });

  it('says so when the texts are missing, and when layers are empty', () => {
    const noText = renderReportHtml(fixtureReport());
    assert.match(noText, /written without the document texts/);
    assert.match(noText, /data-doc="doc_a" data-start="\d+" data-end="\d+">characters \d+–\d+/);
    const bare = renderReportHtml(emptyReport());
    assert.match(bare, /No events extracted yet/);
    assert.match(bare, /No claims extracted yet/);
    assert.match(bare, /No events yet: showing the 3 place\(s\)/);
  });

  it('inlines a client bundle built from the current sources (else: npm run build:assets)', () => {
    assert.equal(CLIENT_SOURCE_HASH, clientSourceHash(ROOT));
  });
});

describe('the report view model', () => {
  const report = fixtureReport();
  it('orders the timeline by day with undated events last', () => {
    assert.deepEqual(
      timelineDays(report.events).map((d) => [d.day, d.events.map((e) => e.id)]),
      [
        ['2031-03', ['event_3']],
        ['2031-03-01', ['event_1']],
        ['2031-03-02', ['event_2']],
      ],
    );
    assert.equal(timelineDays([{ ...report.events[0]!, date: null }, report.events[1]!]).at(-1)!.day, null);
  });
  it('groups claims and copies, and keeps casualty series per source', () => {
    assert.deepEqual(
      claimGroups(report.claims).map((g) => g.claims.length),
      [2, 2, 1, 1, 1],
    );
    assert.equal(storyClusters(report).length, 2);
    const chart = casualtySeries(report);
    assert.equal(chart.xs.length, 3);
    assert.deepEqual(
      chart.series.map((s) => [s.label, s.values]),
      [
        ['Civil Watch: civilians killed', [12, 19, null]],
        ['Health Ministry: people killed', [null, 8, 11]],
        ['Health Ministry: people injured', [null, 30, null]],
      ],
    );
  });
  it('writes the summary from counts and names only', () => {
    const lines = summaryLines(report);
    assert.equal(
      lines[0],
      '3 documents from 3 named outlets, published from 2031-03-01 to 2031-03-03; 1 input could not be read.',
    );
    assert.ok(lines.includes('1 copy or rewrite link between documents: 2 independent stories.'));
    assert.ok(
      lines.some((l) =>
        l.startsWith('Highest reported deaths, per source: Civil Watch 19 civilians (as of 2031-03-02)'),
      ),
    );
    assert.deepEqual(summaryLines(emptyReport()).slice(1, 2), ['No events extracted yet.']);
  });
});
