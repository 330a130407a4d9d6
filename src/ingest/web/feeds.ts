/**
 * Feeds: RSS 2.0, Atom (and RDF) via @extractus/feed-extractor's `extractFromXml`, JSON Feed via
 * `extractFromJson`, always on a body the guarded fetcher already fetched (the library's own fetch is never used).
 */
import { extractFromJson, extractFromXml, type FeedData } from '@extractus/feed-extractor';
import { MAX_FEED_ITEMS } from './web-limits.js';

/** One feed entry as sitrep uses it: the article link and what the feed says about it. */
export interface FeedEntry {
  readonly link: string | null;
  readonly title: string | null;
  readonly published: string | null;
}

export interface ParsedFeed {
  readonly title: string | null;
  readonly entries: readonly FeedEntry[];
  /** Entries beyond MAX_FEED_ITEMS, left unread. */
  readonly skipped: number;
}

export type FeedParse = { ok: true; feed: ParsedFeed } | { ok: false; detail: string };

const text = (value: unknown): string | null =>
  typeof value === 'string' && value.trim() !== '' ? value.replace(/\s+/g, ' ').trim() : null;

function toParsed(data: FeedData): ParsedFeed {
  const all = (data.entries ?? []).map(
    (e): FeedEntry => ({ link: text(e.link), title: text(e.title), published: text(e.published) }),
  );
  return {
    title: text(data.title),
    entries: all.slice(0, MAX_FEED_ITEMS),
    skipped: Math.max(0, all.length - MAX_FEED_ITEMS),
  };
}

/** Parses an XML feed body. Options: no truncated descriptions (unused), relative links made absolute. */
export function parseXmlFeed(body: string, baseUrl: string): FeedParse {
  try {
    return { ok: true, feed: toParsed(extractFromXml(body, { baseUrl, descriptionMaxLen: 0 })) };
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    // The library calls an Atom feed without entries "unrecognized": it is a feed with nothing new in it.
    if (/unrecognized/i.test(detail) && /<feed[\s>][\s\S]*<\/feed>/.test(body)) {
      return { ok: true, feed: { title: null, entries: [], skipped: 0 } };
    }
    return { ok: false, detail: /well-formed/i.test(detail) ? 'the XML is not well-formed' : detail.toLowerCase() };
  }
}

/** Parses a JSON Feed body (https://jsonfeed.org): it must say its version and hold an `items` array. */
export function parseJsonFeed(body: string, baseUrl: string): FeedParse {
  let data: unknown;
  try {
    data = JSON.parse(body);
  } catch (error) {
    return { ok: false, detail: `it is not valid JSON (${error instanceof Error ? error.message : String(error)})` };
  }
  if (!data || typeof data !== 'object' || Array.isArray(data)) return { ok: false, detail: 'it is not a JSON object' };
  const object = data as Record<string, unknown>;
  if (typeof object.version !== 'string' || !object.version.startsWith('https://jsonfeed.org/version/')) {
    return { ok: false, detail: 'it is JSON but not a JSON Feed (no "version": "https://jsonfeed.org/version/…")' };
  }
  if (object.items !== undefined && !Array.isArray(object.items)) {
    return { ok: false, detail: 'its "items" is not an array' };
  }
  try {
    return { ok: true, feed: toParsed(extractFromJson(object, { baseUrl, descriptionMaxLen: 0 })) };
  } catch (error) {
    return { ok: false, detail: error instanceof Error ? error.message : String(error) };
  }
}

/** Query parameters that only track the click, never choose the article. */
const TRACKING_PARAMS = /^(?:utm_[a-z_]+|fbclid|gclid|mc_cid|mc_eid)$/i;

/**
 * A URL in the form used to recognise the same item again: fragment dropped, tracking parameters (utm_*) dropped,
 * host lower-cased (by URL), default port dropped. Returns null for a string that is not a URL.
 */
export function normaliseUrl(raw: string): string | null {
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    return null;
  }
  url.hash = '';
  for (const key of [...url.searchParams.keys()]) if (TRACKING_PARAMS.test(key)) url.searchParams.delete(key);
  url.search = url.searchParams.toString() ? `?${url.searchParams.toString()}` : '';
  return url.href;
}
