import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { gzipSync } from 'node:zlib';
import { fixtureDir, ingest, removeFixtures } from '../test-fixtures.js';
import type { IngestOptions } from '../types.js';
import { normaliseUrl } from './feeds.js';
import { defaultFetchOptions, guardedFetch, type Resolver } from './fetch.js';
import {
  articlePage,
  atomFeed,
  jsonFeed,
  redirect,
  rssFeed,
  STORY,
  serve,
  startServer,
  type TestServer,
} from './test-server.js';

/** Host names the tests use, answered without DNS; anything else does not resolve. */
const HOSTS: Record<string, string[]> = {
  'news.test': ['127.0.0.1'],
  'intranet.test': ['10.0.0.7'],
  'mixed.test': ['127.0.0.1', '192.168.4.4'],
  'v6loop.test': ['::1'],
};
const stubResolver: Resolver = async (host) => {
  const addresses = HOSTS[host];
  if (!addresses) throw Object.assign(new Error(`getaddrinfo ENOTFOUND ${host}`), { code: 'ENOTFOUND' });
  return addresses.map((address) => ({ address, family: address.includes(':') ? 6 : 4 }));
};

/** The local server's own address is allowed by name; every other private address stays blocked. */
const WEB = { allowAddresses: ['127.0.0.1'], resolve: stubResolver, totalTimeoutMs: 2000, connectTimeoutMs: 1000 };

let server: TestServer;
let base: string;
const timers: NodeJS.Timeout[] = [];

const html = (body: string) => serve(body, 'text/html; charset=utf-8');
const harbourPage = articlePage({
  title: 'Cranes collapse at Vellmar port',
  outlet: 'Vellmar Harbour News',
  published: '2031-04-01T08:30:00Z',
  paragraphs: STORY.harbour,
});

before(async () => {
  server = await startServer({
    '/harbour': html(harbourPage),
    '/bridge': html(
      articlePage({
        title: 'Oskarvik bridge closed',
        paragraphs: STORY.bridge,
        jsonLd: {
          '@context': 'https://schema.org',
          '@type': 'NewsArticle',
          headline: 'Oskarvik bridge closed',
          datePublished: '2031-04-02T09:00:00Z',
          publisher: { '@type': 'Organization', name: 'Oskarvik Courier' },
        },
      }),
    ),
    '/flood': html(articlePage({ title: 'Brennholm flooded', outlet: 'Brennholm Post', paragraphs: STORY.flood })),
    '/flood-copy': html(articlePage({ title: 'Brennholm flooded', outlet: 'Brennholm Post', paragraphs: STORY.flood })),
    '/french': html(
      articlePage({
        title: 'Grues effondrées à Vellmar',
        lang: 'fr',
        outlet: 'Le Vellmarois',
        paragraphs: STORY.french,
      }),
    ),
    '/plain': serve(`${STORY.bridge.join('\n\n')}\n`, 'text/plain; charset=utf-8'),
    '/gzipped': serve(gzipSync(harbourPage), 'text/html', { 'content-encoding': 'gzip' }),
    '/moved': redirect('/harbour', 301),
    '/hop1': redirect('/hop2'),
    '/hop2': redirect('/hop1'),
    '/to-private': redirect('http://10.20.30.40/internal/report'),
    '/to-metadata': redirect('http://169.254.169.254/latest/meta-data/'),
    '/to-intranet-name': redirect('http://intranet.test/wiki'),
    '/to-file': redirect('file:///etc/passwd'),
    '/image': serve(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0]), 'image/png'),
    '/pdf': serve('%PDF-1.4', 'application/pdf'),
    '/missing': (_req, res) => {
      res.writeHead(404, { 'content-type': 'text/html' });
      res.end('<p>gone</p>');
    },
    '/huge': serve(`<!doctype html><html><body><p>${'x'.repeat(300_000)}</p></body></html>`, 'text/html'),
    '/huge-chunked': (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html' });
      for (let i = 0; i < 40; i++) res.write(`<p>${'y'.repeat(10_000)}</p>`);
      res.end();
    },
    '/slow-headers': (_req, res) => {
      timers.push(setTimeout(() => res.end('late'), 5000));
    },
    '/slow-body': (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html' });
      res.write('<!doctype html><html><body><p>The start of a page that never');
      timers.push(setTimeout(() => res.end('</p></body></html>'), 5000));
    },
    '/feed.xml': (_req, res) => {
      res.writeHead(200, { 'content-type': 'application/rss+xml' });
      res.end(
        rssFeed([
          { title: 'Cranes collapse', link: `${base}/harbour?utm_source=feed#top`, published: '2031-04-01T08:30:00Z' },
          { title: 'Cranes collapse (again)', link: `${base}/harbour?utm_medium=rss` },
          { title: 'Bridge closed', link: `${base}/bridge` },
          { title: 'Flood', link: `${base}/flood` },
          { title: 'Flood, same story at a second address', link: `${base}/flood-copy` },
          { title: 'Broken link', link: `${base}/missing` },
          { title: 'Points inside', link: 'http://10.9.9.9/story' },
        ]),
      );
    },
    '/atom.xml': serve(
      atomFeed([{ title: 'Bridge', link: `/bridge`, published: '2031-04-02T09:00:00Z' }]),
      'application/atom+xml',
    ),
    '/feed.json': serve(
      jsonFeed([{ title: 'Flood', link: '/flood', published: '2031-04-03T06:00:00Z' }]),
      'application/feed+json',
    ),
    '/broken.xml': serve('<?xml version="1.0"?><rss version="2.0"><channel><item><title>Open', 'application/rss+xml'),
    '/not-a-feed.json': serve('{"name":"a config file"}', 'application/json'),
    '/no-links.xml': serve(
      rssFeed([]).replace('</channel>', '<item><title>Linkless</title></item></channel>'),
      'text/xml',
    ),
  });
  base = server.origin;
});

after(async () => {
  for (const t of timers) clearTimeout(t);
  await server.close();
  await removeFixtures();
});

const run = (inputs: string[], options: IngestOptions = {}) => ingest(inputs, { web: WEB, ...options });

describe('URL inputs', () => {
  it('reads an article page through the HTML reader, with its metadata and the fetched URL', async () => {
    const { documents, rejections } = await run([`${base}/harbour`]);
    assert.deepEqual(rejections, []);
    const [doc] = documents;
    assert.equal(doc?.input, `${base}/harbour`);
    assert.equal(doc?.meta.url, `${base}/harbour`);
    assert.equal(doc?.meta.title, 'Cranes collapse at Vellmar port');
    assert.equal(doc?.meta.outlet, 'Vellmar Harbour News');
    assert.equal(doc?.meta.published, '2031-04-01');
    assert.equal(doc?.meta.language, 'en');
    assert.match(doc?.text ?? '', /^Two cargo cranes collapsed/m);
    assert.doesNotMatch(doc?.text ?? '', /Copyright notice/);
  });

  it('takes the outlet and date from JSON-LD NewsArticle publisher and datePublished', async () => {
    const { documents } = await run([`${base}/bridge`]);
    assert.equal(documents[0]?.meta.outlet, 'Oskarvik Courier');
    assert.equal(documents[0]?.meta.published, '2031-04-02');
  });

  it('reads plain text and gzip-compressed pages', async () => {
    const { documents, rejections } = await run([`${base}/plain`, `${base}/gzipped`]);
    assert.deepEqual(rejections, []);
    assert.match(documents[0]?.text ?? '', /^The Oskarvik bridge/);
    assert.equal(documents[1]?.meta.title, 'Cranes collapse at Vellmar port');
  });

  it('follows a redirect and records where the page was found', async () => {
    const { documents } = await run([`${base}/moved`]);
    assert.equal(documents[0]?.input, `${base}/moved`);
    assert.equal(documents[0]?.meta.url, `${base}/harbour`);
  });

  it('keeps a non-English page, with its language', async () => {
    const { documents, rejections } = await run([`${base}/french`]);
    assert.deepEqual(rejections, []);
    assert.equal(documents[0]?.meta.language, 'fr');
  });

  it('connects to the address it checked, whatever the host name (pinned lookup)', async () => {
    const { documents, rejections } = await run([`http://news.test:${server.port}/harbour`]);
    assert.deepEqual(rejections, []);
    assert.equal(documents[0]?.meta.url, `http://news.test:${server.port}/harbour`);
  });
});

describe('hostile URLs: each is rejected with its reason and the batch goes on', () => {
  const cases: [string, string, string, RegExp][] = [
    ['redirect to a private address', '/to-private', 'blocked_address', /10\.20\.30\.40, a private network address/],
    ['redirect to the metadata address', '/to-metadata', 'blocked_address', /169\.254\.169\.254, a link-local/],
    [
      'redirect to a name resolving inside',
      '/to-intranet-name',
      'blocked_address',
      /intranet\.test resolves to 10\.0\.0\.7/,
    ],
    ['redirect to a file URL', '/to-file', 'bad_url', /only http and https/],
    ['redirect loop', '/hop1', 'too_many_redirects', /more than 5 times/],
    ['an image', '/image', 'bad_content_type', /image\/png/],
    ['a PDF', '/pdf', 'bad_content_type', /application\/pdf/],
    ['HTTP 404', '/missing', 'fetch_failed', /HTTP 404/],
    ['oversized body with a length', '/huge', 'too_large', /limit/],
    ['oversized body streamed', '/huge-chunked', 'too_large', /limit/],
    ['slow headers', '/slow-headers', 'timeout', /within/],
    ['slow body', '/slow-body', 'timeout', /within/],
  ];
  for (const [label, path, code, reason] of cases) {
    it(label, async () => {
      const { rejections } = await run([`${base}${path}`], {
        web: { ...WEB, maxBytes: 64 * 1024, totalTimeoutMs: 400 },
      });
      assert.equal(rejections.length, 1);
      assert.equal(rejections[0]?.code, code);
      assert.match(rejections[0]?.reason ?? '', reason);
      assert.ok(rejections[0]?.reason.includes(`${base}${path}`), `the reason names the URL: ${rejections[0]?.reason}`);
    });
  }

  it('refuses loopback without an allowance, and a host with any private answer', async () => {
    const { summary } = await run(
      [
        `${base}/harbour`,
        `http://mixed.test:${server.port}/harbour`,
        `http://v6loop.test:${server.port}/harbour`,
        'http://nowhere.test/',
      ],
      { web: { resolve: stubResolver } },
    );
    assert.deepEqual(
      summary.map((s) => s.split(' ').at(-1)),
      ['blocked_address', 'blocked_address', 'blocked_address', 'fetch_failed'],
    );
  });

  it('--allow-private reads from the local network', async () => {
    const { documents } = await run([`${base}/harbour`], { web: { allowPrivate: true, resolve: stubResolver } });
    assert.equal(documents.length, 1);
  });

  it('keeps going after failures: the batch yields every outcome in order', async () => {
    const { summary } = await run([`${base}/image`, `${base}/harbour`, `${base}/to-private`, `${base}/bridge`]);
    assert.deepEqual(
      summary.map((s) => s.replace(base, '')),
      ['/image bad_content_type', '/harbour document', '/to-private blocked_address', '/bridge document'],
    );
  });

  it('guardedFetch checks the first hop before connecting', async () => {
    const outcome = await guardedFetch('http://169.254.169.254/latest/meta-data/', defaultFetchOptions());
    assert.equal(outcome.ok, false);
    assert.equal(outcome.ok ? null : outcome.code, 'blocked_address');
  });
});

describe('feeds', () => {
  it('follows an RSS feed, reading each article once by URL and by content', async () => {
    const { documents, summary } = await run([`${base}/feed.xml`]);
    assert.deepEqual(
      summary.map((s) => s.replace(base, '')),
      [
        '/harbour document', // the feed reader already drops utm_* and the fragment
        '/harbour duplicate',
        '/bridge document',
        '/flood document',
        '/flood-copy duplicate',
        '/missing fetch_failed',
        'http://10.9.9.9/story blocked_address',
      ],
    );
    assert.equal(documents[0]?.meta.published, '2031-04-01');
    assert.equal(documents[0]?.meta.url, `${base}/harbour`);
  });

  it('normalises item URLs: fragments and tracking parameters go, the rest stays', () => {
    assert.equal(normaliseUrl('HTTP://News.Test:80/a?id=4&utm_source=x&fbclid=y#comments'), 'http://news.test/a?id=4');
    assert.equal(normaliseUrl('https://news.test/a?utm_campaign=z'), 'https://news.test/a');
    assert.equal(normaliseUrl('not a url'), null);
  });

  it('reads Atom and JSON Feed, with relative links made absolute', async () => {
    const { documents, rejections } = await run([`${base}/atom.xml`, `${base}/feed.json`]);
    assert.deepEqual(rejections, []);
    assert.deepEqual(
      documents.map((d) => d.meta.title),
      ['Oskarvik bridge closed', 'Brennholm flooded'],
    );
    assert.equal(documents[1]?.meta.published, '2031-04-03', 'the feed date fills the gap the page leaves');
  });

  it('rejects malformed feeds and items without links', async () => {
    const { summary, rejections } = await run([
      `${base}/broken.xml`,
      `${base}/not-a-feed.json`,
      `${base}/no-links.xml`,
    ]);
    assert.deepEqual(
      summary.map((s) => s.replace(base, '')),
      ['/broken.xml bad_feed', '/not-a-feed.json bad_feed', '/no-links.xml#item1 bad_feed'],
    );
    assert.match(rejections[0]?.reason ?? '', /not well-formed/);
    assert.match(rejections[1]?.reason ?? '', /not a JSON Feed/);
  });

  it('--feeds reads a list file (comments, blank lines) and names its bad lines', async () => {
    const dir = await fixtureDir({
      'feeds.txt': `# test feeds\n\n${base}/atom.xml\nnot a url\n${base}/harbour\n`,
    });
    const { summary } = await run([], { feedFiles: [`${dir}/feeds.txt`] });
    assert.deepEqual(
      summary.map((s) => s.replace(base, '').replace(dir, 'DIR')),
      ['DIR/feeds.txt:4 bad_url', '/bridge document', '/harbour bad_feed'],
    );
  });

  it('skips items the store has seen', async () => {
    const seen = new Set([`url:${base}/bridge`]);
    const { summary } = await run([`${base}/atom.xml`, `${base}/feed.json`], {
      seen: { hasSeen: (key) => seen.has(key) },
    });
    assert.deepEqual(
      summary.map((s) => s.replace(base, '')),
      ['/flood document'],
    );
  });
});
