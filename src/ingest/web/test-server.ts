/**
 * Test helpers for web ingest: a local HTTP server on 127.0.0.1 (random port) serving routes the test defines,
 * and fictional pages and feeds written for these tests.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export type Route = (request: http.IncomingMessage, response: http.ServerResponse) => void;

export interface TestServer {
  readonly origin: string;
  readonly port: number;
  /** Routes by path (query string included when present in the key, else matched on the path alone). */
  readonly routes: Map<string, Route>;
  /** Paths requested, in order. */
  readonly hits: string[];
  close(): Promise<void>;
}

export async function startServer(routes: Record<string, Route> = {}): Promise<TestServer> {
  const table = new Map(Object.entries(routes));
  const hits: string[] = [];
  const sockets = new Set<import('node:net').Socket>();
  const server = http.createServer((request, response) => {
    const url = request.url ?? '/';
    hits.push(url);
    const route = table.get(url) ?? table.get(url.split('?')[0] ?? url);
    if (route) route(request, response);
    else {
      response.writeHead(404, { 'content-type': 'text/plain' });
      response.end('not here');
    }
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    port,
    routes: table,
    hits,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}

/** A route answering with a fixed body and content type. */
export const serve =
  (body: string | Buffer, contentType: string, headers: Record<string, string> = {}): Route =>
  (_request, response) => {
    response.writeHead(200, { 'content-type': contentType, ...headers });
    response.end(body);
  };

export const redirect =
  (location: string, status = 302): Route =>
  (_request, response) => {
    response.writeHead(status, { location });
    response.end();
  };

/** An article page in the shape news sites use: og/article meta, JSON-LD, navigation and footer around the story. */
export function articlePage(options: {
  title: string;
  outlet?: string;
  published?: string;
  paragraphs: readonly string[];
  lang?: string;
  jsonLd?: Record<string, unknown>;
}): string {
  const meta = [
    `<meta property="og:title" content="${options.title}">`,
    options.outlet ? `<meta property="og:site_name" content="${options.outlet}">` : '',
    options.published ? `<meta property="article:published_time" content="${options.published}">` : '',
  ].join('\n');
  const ld = options.jsonLd ? `<script type="application/ld+json">${JSON.stringify(options.jsonLd)}</script>` : '';
  const body = options.paragraphs.map((p) => `<p>${p}</p>`).join('\n');
  return `<!doctype html><html lang="${options.lang ?? 'en'}"><head><meta charset="utf-8"><title>${options.title} | Site</title>
${meta}
${ld}</head><body>
<nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article><h1>${options.title}</h1>
${body}
</article>
<footer>Copyright notice for the test site.</footer>
</body></html>`;
}

/** Fictional article paragraphs written for these tests (long enough for Readability to find the article). */
export const STORY = {
  harbour: [
    'Two cargo cranes collapsed at the Port of Vellmar on Tuesday morning, the harbour authority said in a statement.',
    'Dock workers were evacuated from the northern quay while engineers inspected the remaining cranes for damage.',
    'The authority said that no ships had been hit and that the southern terminal would stay open during the inspection.',
    'A spokesperson for the dockworkers union said members had warned for months that the cranes needed repairs.',
  ],
  bridge: [
    'The Oskarvik bridge was closed to traffic on Wednesday after inspectors found cracks in two of its supports.',
    'Buses were diverted through the western tunnel, adding about twenty minutes to the journey into the city.',
    'The regional transport office said repairs could take several weeks and that a ferry service would be added.',
    'Residents of the island villages said the closure left them with a single route to the hospital on the mainland.',
  ],
  flood: [
    'Heavy rain flooded the lower town of Brennholm overnight, and about 120 residents spent the night in a school gym.',
    'The fire service said pumps were running in four streets and that the river had begun to fall by the morning.',
    'The mayor said the town would ask the regional government for help with the cost of repairing the flood wall.',
    'Shopkeepers on the market square said the water had reached the counters for the second time in three years.',
  ],
  french: [
    'Deux grues se sont effondrées mardi matin dans le port de Vellmar, a indiqué l’autorité portuaire dans un communiqué.',
    'Les dockers ont été évacués du quai nord pendant que des ingénieurs inspectaient les autres grues du terminal.',
    'Selon l’autorité, aucun navire n’a été touché et le terminal sud restera ouvert pendant toute la durée de l’inspection.',
    'Un porte-parole du syndicat des dockers a déclaré que les membres avaient signalé depuis des mois le besoin de réparations.',
  ],
} as const;

/** An RSS 2.0 feed of the given items. */
export function rssFeed(items: readonly { title: string; link: string; published?: string }[]): string {
  const entries = items
    .map(
      (i) =>
        `<item><title>${i.title}</title><link>${i.link.replace(/&/g, '&amp;')}</link>` +
        `${i.published ? `<pubDate>${new Date(i.published).toUTCString()}</pubDate>` : ''}<guid>${i.link.replace(/&/g, '&amp;')}</guid></item>`,
    )
    .join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Test feed</title><link>http://example.invalid/</link><description>Fictional</description>
${entries}
</channel></rss>`;
}

export function atomFeed(items: readonly { title: string; link: string; published: string }[]): string {
  const entries = items
    .map(
      (i) =>
        `<entry><title>${i.title}</title><link href="${i.link}"/><id>${i.link}</id><updated>${i.published}</updated></entry>`,
    )
    .join('\n');
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Test Atom feed</title><id>urn:test:feed</id><updated>2031-04-01T00:00:00Z</updated>
${entries}
</feed>`;
}

export function jsonFeed(items: readonly { title: string; link: string; published: string }[]): string {
  return JSON.stringify({
    version: 'https://jsonfeed.org/version/1.1',
    title: 'Test JSON feed',
    items: items.map((i) => ({ id: i.link, url: i.link, title: i.title, date_published: i.published })),
  });
}
