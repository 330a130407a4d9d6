import type { Context } from 'hono';
import { Hono } from 'hono';
import { NoReportError, parseListQuery, QueryError, type ReportApi } from '../app/report-api.js';
import { esc as escapeText } from '../report/html/escape.js';
import { openApiDocument } from './openapi.js';

/** Headers on every response; pages add their own Content-Security-Policy (with the hash of their script). */
const SECURITY_HEADERS: Record<string, string> = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'X-Frame-Options': 'DENY',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'Permissions-Policy': 'geolocation=(), camera=(), microphone=()',
  'Cache-Control': 'no-store',
};
const API_CSP = "default-src 'none'; frame-ancestors 'none'";

const LIST_ROUTES = ['documents', 'events', 'claims', 'places', 'casualties', 'provenance', 'sources'] as const;

const DASHBOARD_LINKS = [
  ['API', '/api/openapi.json'],
  ['report.json', '/api/report'],
] as const;

const error = (c: Context, status: 400 | 404 | 405 | 500, code: string, message: string) =>
  c.json({ error: code, message }, status);

/**
 * The HTTP shell of `sitrep serve`: parse the request, ask the ReportApi, format JSON or HTML. No logic of its own.
 * Tests call `createApp(api).request(path)` without opening a port.
 */
export function createApp(api: ReportApi, options: { version: string }): Hono {
  const app = new Hono();

  app.use('*', async (c, next) => {
    await next();
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) c.res.headers.set(name, value);
    if (!c.res.headers.has('Content-Security-Policy')) c.res.headers.set('Content-Security-Policy', API_CSP);
  });

  app.get('/', (c) => {
    const page = api.dashboard(DASHBOARD_LINKS);
    if (!page) {
      const message = new NoReportError().message;
      c.header('Content-Security-Policy', "default-src 'none'; style-src 'unsafe-inline'");
      return c.html(
        `<!doctype html><html lang="en"><meta charset="utf-8"><title>sitrep</title><body style="font-family:system-ui;margin:2em"><h1>sitrep</h1><p>${escapeText(message)}</p></body></html>`,
        404,
      );
    }
    c.header('Content-Security-Policy', `${page.contentSecurityPolicy}; frame-ancestors 'none'`);
    return c.html(page.html);
  });

  app.get('/api/openapi.json', (c) => c.json(openApiDocument(options.version)));

  app.get('/api/report', (c) => {
    const latest = api.latest();
    if (!latest) throw new NoReportError();
    return c.json(latest);
  });

  app.get('/api/documents/:id', (c) => {
    const doc = api.document(c.req.param('id'));
    return doc ? c.json(doc) : error(c, 404, 'not_found', `no document ${c.req.param('id')} in the latest report`);
  });

  for (const name of LIST_ROUTES) {
    app.get(`/api/${name}`, (c) => c.json(api[name](parseListQuery(c.req.query()))));
  }

  app.notFound((c) => error(c, 404, 'not_found', `no route ${c.req.method} ${c.req.path}; see /api/openapi.json`));
  app.onError((e, c) => {
    if (e instanceof QueryError) return error(c, 400, e.code, e.message);
    if (e instanceof NoReportError) return error(c, 404, e.code, e.message);
    return error(c, 500, 'internal', 'internal error');
  });
  return app;
}
