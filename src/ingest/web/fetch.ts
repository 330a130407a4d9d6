/**
 * The guarded fetcher: every URL sitrep reads goes through here. It resolves the host itself, refuses
 * non-public addresses (unless allowed), connects to exactly the address it checked (a pinned `lookup`, so a
 * second DNS answer cannot swap in 127.0.0.1 — "DNS rebinding"), follows redirects by hand re-checking every
 * hop, enforces connect and total timeouts, streams the body and aborts past the size cap, and accepts only
 * the content types ingest can read. Failures come back as a `FetchFailure` with a rejection code, never thrown.
 *
 * node:http/https is used rather than global fetch: undici's fetch cannot pin the connect address per request
 * without a custom dispatcher, and node:http takes a `lookup` function directly.
 */
import { lookup as dnsLookup } from 'node:dns/promises';
import http from 'node:http';
import https from 'node:https';
import type { LookupFunction } from 'node:net';
import { isIP } from 'node:net';
import type { Readable } from 'node:stream';
import zlib from 'node:zlib';
import type { RejectionCode } from '../../model/index.js';
import { ADDRESS_CLASS_WORDS, classifyAddress, isAllowedAddress } from './address-policy.js';
import { CONNECT_TIMEOUT_MS, MAX_REDIRECTS, TOTAL_TIMEOUT_MS, USER_AGENT, WEB_MAX_BYTES } from './web-limits.js';

export interface ResolvedAddress {
  readonly address: string;
  readonly family: 4 | 6;
}

/** Host name → every address it resolves to. Tests pass a stub; the default asks the system resolver. */
export type Resolver = (hostname: string) => Promise<readonly ResolvedAddress[]>;

export const systemResolver: Resolver = async (hostname) =>
  (await dnsLookup(hostname, { all: true, verbatim: true })).map((a) => ({
    address: a.address,
    family: a.family === 6 ? 6 : 4,
  }));

export interface FetchOptions {
  /** `--allow-private`: fetch from any address (own network, localhost). */
  readonly allowPrivate: boolean;
  /** Exact addresses allowed besides public ones (a local mirror; tests allow their 127.0.0.1 server this way). */
  readonly allowAddresses?: readonly string[];
  readonly connectTimeoutMs: number;
  readonly totalTimeoutMs: number;
  readonly maxBytes: number;
  readonly maxRedirects: number;
  readonly resolve: Resolver;
}

export const defaultFetchOptions = (overrides: Partial<FetchOptions> = {}): FetchOptions => ({
  allowPrivate: false,
  connectTimeoutMs: CONNECT_TIMEOUT_MS,
  totalTimeoutMs: TOTAL_TIMEOUT_MS,
  maxBytes: WEB_MAX_BYTES,
  maxRedirects: MAX_REDIRECTS,
  resolve: systemResolver,
  ...overrides,
});

/** What a body is, by its Content-Type (or, without one, by its first bytes). */
export type WebKind = 'html' | 'text' | 'feed-xml' | 'feed-json';

export interface Fetched {
  readonly ok: true;
  /** The URL the body came from, after redirects. */
  readonly url: string;
  readonly kind: WebKind;
  readonly charset: string | null;
  readonly body: Buffer;
}

export interface FetchFailure {
  readonly ok: false;
  readonly code: RejectionCode;
  /** A sentence naming the URL and what went wrong. */
  readonly reason: string;
}

export type FetchOutcome = Fetched | FetchFailure;

class FetchError extends Error {
  constructor(
    readonly code: RejectionCode,
    message: string,
  ) {
    super(message);
  }
}

const MEDIA_KINDS: Readonly<Record<string, WebKind>> = {
  'text/html': 'html',
  'application/xhtml+xml': 'html',
  'text/plain': 'text',
  'application/rss+xml': 'feed-xml',
  'application/atom+xml': 'feed-xml',
  'application/rdf+xml': 'feed-xml',
  'application/xml': 'feed-xml',
  'text/xml': 'feed-xml',
  'application/feed+json': 'feed-json',
  'application/json': 'feed-json',
};

const ACCEPT =
  'text/html, application/xhtml+xml, application/rss+xml, application/atom+xml, application/feed+json, ' +
  'application/xml;q=0.9, text/plain;q=0.8';

export const READABLE_MEDIA_TYPES = 'HTML, XHTML, plain text, RSS, Atom or JSON Feed';

/** The media type and charset of a Content-Type header. */
export function parseContentType(header: string | undefined): { media: string | null; charset: string | null } {
  if (!header) return { media: null, charset: null };
  const [media = '', ...params] = header.split(';');
  const charset = params
    .map((p) => /^\s*charset\s*=\s*"?([^";\s]+)"?/i.exec(p)?.[1])
    .find((c): c is string => c !== undefined);
  return { media: media.trim().toLowerCase() || null, charset: charset ?? null };
}

/** A body without a Content-Type, judged by its start: HTML, a feed, or unknown. */
function sniffKind(body: Buffer): WebKind | null {
  const head = body.subarray(0, 512).toString('utf8').trimStart().toLowerCase();
  if (/^(?:<!doctype html|<html[\s>])/.test(head)) return 'html';
  if (/^<\?xml|^<rss[\s>]|^<feed[\s>]|^<rdf:rdf[\s>]/.test(head)) return 'feed-xml';
  if (/^\{\s*"version"\s*:\s*"https:\/\/jsonfeed\.org/.test(head)) return 'feed-json';
  return null;
}

/** A pinned `lookup`: the socket connects to the address that was checked, whatever DNS says now. */
function pinnedLookup(address: ResolvedAddress): LookupFunction {
  return ((_hostname: string, options: { all?: boolean }, callback: (...args: unknown[]) => void) => {
    if (options?.all) callback(null, [{ address: address.address, family: address.family }]);
    else callback(null, address.address, address.family);
  }) as unknown as LookupFunction;
}

const hostOf = (url: URL): string => url.hostname.replace(/^\[|\]$/g, '');

/** Resolves the host and returns the address to connect to, or throws `blocked_address` / `fetch_failed`. */
async function checkedAddress(url: URL, options: FetchOptions): Promise<ResolvedAddress> {
  const host = hostOf(url);
  const literal = isIP(host);
  let addresses: readonly ResolvedAddress[];
  if (literal) addresses = [{ address: host, family: literal === 6 ? 6 : 4 }];
  else {
    try {
      addresses = await options.resolve(host);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException | null)?.code;
      throw new FetchError('fetch_failed', `the host ${host} could not be resolved (${code ?? String(error)})`);
    }
  }
  if (addresses.length === 0) throw new FetchError('fetch_failed', `the host ${host} has no address`);
  // Every answer must pass: an attacker who controls DNS chooses which one a client would use.
  for (const a of addresses) {
    if (!isAllowedAddress(a.address, options.allowPrivate) && !options.allowAddresses?.includes(a.address)) {
      const words = ADDRESS_CLASS_WORDS[classifyAddress(a.address)];
      throw new FetchError(
        'blocked_address',
        `${host} resolves to ${a.address}, ${words}; sitrep does not fetch from such addresses ` +
          '(pass --allow-private to read from your own network)',
      );
    }
  }
  return addresses[0] as ResolvedAddress;
}

/** The URL checks that need no network: scheme, credentials. */
function checkUrl(raw: string): URL {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new FetchError('bad_url', 'it is not a valid URL');
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new FetchError('bad_url', `sitrep reads only http and https URLs, not ${url.protocol.replace(/:$/, '')}`);
  }
  if (url.username || url.password) throw new FetchError('bad_url', 'URLs with a user name or password are not read');
  return url;
}

interface HopResponse {
  readonly status: number;
  readonly headers: http.IncomingHttpHeaders;
  readonly response: http.IncomingMessage;
}

/** Sends one GET to the pinned address; resolves when the headers arrive. */
function requestHop(url: URL, address: ResolvedAddress, options: FetchOptions, deadline: number): Promise<HopResponse> {
  return new Promise((resolve, reject) => {
    const remaining = deadline - Date.now();
    if (remaining <= 0) return reject(new FetchError('timeout', 'no answer within the time limit'));
    const client = url.protocol === 'https:' ? https : http;
    const request = client.request({
      protocol: url.protocol,
      hostname: hostOf(url), // kept as the name so TLS checks the certificate (and SNI) against it
      port: url.port || undefined,
      path: `${url.pathname}${url.search}`,
      method: 'GET',
      agent: false, // a fresh connection per request: no pooled socket to another address
      lookup: pinnedLookup(address),
      headers: { 'user-agent': USER_AGENT, accept: ACCEPT, 'accept-encoding': 'gzip, deflate, br' },
    });
    const fail = (error: FetchError) => {
      clearTimeout(connectTimer);
      request.destroy(error);
      reject(error);
    };
    const connectTimer = setTimeout(
      () => fail(new FetchError('timeout', `could not connect within ${options.connectTimeoutMs / 1000} s`)),
      Math.min(options.connectTimeoutMs, remaining),
    );
    const totalTimer = setTimeout(
      () => fail(new FetchError('timeout', `no answer within ${options.totalTimeoutMs / 1000} s`)),
      remaining,
    );
    request.on('socket', (socket) => {
      socket.once(url.protocol === 'https:' ? 'secureConnect' : 'connect', () => clearTimeout(connectTimer));
    });
    request.on('error', (error) => {
      clearTimeout(connectTimer);
      clearTimeout(totalTimer);
      reject(error instanceof FetchError ? error : new FetchError('fetch_failed', describeNetError(error)));
    });
    request.on('response', (response) => {
      clearTimeout(connectTimer);
      clearTimeout(totalTimer);
      resolve({ status: response.statusCode ?? 0, headers: response.headers, response });
    });
    request.end();
  });
}

function describeNetError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  if (code === 'ECONNREFUSED') return 'the connection was refused';
  if (code === 'ECONNRESET') return 'the connection was reset';
  if (code === 'EHOSTUNREACH' || code === 'ENETUNREACH') return 'the host is unreachable';
  if (code?.startsWith('ERR_TLS') || code?.includes('CERT')) return `the TLS certificate was not accepted (${code})`;
  return code ?? (error instanceof Error ? error.message : String(error));
}

/** The body, decompressed, up to `maxBytes`: past it the download is aborted with `too_large`. */
function readBody(hop: HopResponse, options: FetchOptions, deadline: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const { response } = hop;
    const encoding = String(hop.headers['content-encoding'] ?? 'identity').toLowerCase();
    let stream: Readable = response;
    if (encoding === 'gzip' || encoding === 'x-gzip') stream = response.pipe(zlib.createGunzip());
    else if (encoding === 'deflate') stream = response.pipe(zlib.createInflate());
    else if (encoding === 'br') stream = response.pipe(zlib.createBrotliDecompress());
    else if (encoding !== 'identity') {
      response.destroy();
      return reject(new FetchError('fetch_failed', `the body uses an unsupported encoding (${encoding})`));
    }
    const chunks: Buffer[] = [];
    let size = 0;
    let settled = false;
    const finish = (error: Error | null) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      if (error) {
        response.destroy();
        if (stream !== response) stream.destroy();
        reject(error instanceof FetchError ? error : new FetchError('fetch_failed', describeNetError(error)));
      } else resolve(Buffer.concat(chunks));
    };
    const timer = setTimeout(
      () => finish(new FetchError('timeout', `the body did not arrive within ${options.totalTimeoutMs / 1000} s`)),
      Math.max(0, deadline - Date.now()),
    );
    stream.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > options.maxBytes) {
        finish(new FetchError('too_large', `the body is larger than the ${options.maxBytes} byte limit`));
        return;
      }
      chunks.push(chunk);
    });
    stream.on('error', (error) => finish(error));
    if (stream !== response) response.on('error', (error) => finish(error));
    response.on('aborted', () => finish(new FetchError('fetch_failed', 'the server closed the connection early')));
    stream.on('end', () => finish(null));
  });
}

const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);

/**
 * Fetches one URL under the guard. `url` is what the user (or a feed) gave; the reason of a failure names it,
 * and the hop where it failed when a redirect led there.
 */
export async function guardedFetch(raw: string, options: FetchOptions): Promise<FetchOutcome> {
  const deadline = Date.now() + options.totalTimeoutMs;
  let current: URL | null = null;
  try {
    current = checkUrl(raw);
    for (let hops = 0; ; hops++) {
      const address = await checkedAddress(current, options);
      const hop = await requestHop(current, address, options, deadline);
      if (REDIRECT_STATUSES.has(hop.status) && hop.headers.location) {
        hop.response.destroy();
        if (hops >= options.maxRedirects) {
          throw new FetchError('too_many_redirects', `it redirects more than ${options.maxRedirects} times`);
        }
        let next: URL;
        try {
          next = checkUrl(new URL(hop.headers.location, current).href);
        } catch (error) {
          throw error instanceof FetchError
            ? new FetchError(error.code, `it redirects to ${hop.headers.location}, and ${error.message}`)
            : error;
        }
        current = next;
        continue;
      }
      if (hop.status < 200 || hop.status > 299) {
        hop.response.destroy();
        throw new FetchError('fetch_failed', `the server answered HTTP ${hop.status}`);
      }
      const { media, charset } = parseContentType(hop.headers['content-type']);
      let kind = media ? MEDIA_KINDS[media] : undefined;
      if (media && !kind) {
        hop.response.destroy();
        throw new FetchError(
          'bad_content_type',
          `it is ${media}, which sitrep does not read (it reads ${READABLE_MEDIA_TYPES})`,
        );
      }
      const declared = Number(hop.headers['content-length']);
      if (Number.isFinite(declared) && declared > options.maxBytes && !hop.headers['content-encoding']) {
        hop.response.destroy();
        throw new FetchError('too_large', `it is ${declared} bytes, over the ${options.maxBytes} byte limit`);
      }
      const body = await readBody(hop, options, deadline);
      kind ??= sniffKind(body) ?? undefined;
      if (!kind)
        throw new FetchError('bad_content_type', 'it has no Content-Type and does not look like HTML or a feed');
      return { ok: true, url: current.href, kind, charset, body };
    }
  } catch (error) {
    const e = error instanceof FetchError ? error : new FetchError('fetch_failed', describeNetError(error));
    const via = current && current.href !== raw && current.href !== safeHref(raw) ? ` (at ${current.href})` : '';
    return { ok: false, code: e.code, reason: `${raw}${via}: ${e.message}.` };
  }
}

const safeHref = (raw: string): string | null => {
  try {
    return new URL(raw).href;
  } catch {
    return null;
  }
};
