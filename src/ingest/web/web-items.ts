/**
 * Web inputs → ingest items: one article URL, a feed URL (its items' links followed), or a feed list file
 * (`--feeds`). Pages go through the same reader as local files (`contentItems`), so an HTML page reads the
 * same whether saved or fetched. Every failure is a rejection naming the URL; the batch goes on.
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import type { Rejection, RejectionCode, SourceDocument } from '../../model/index.js';
import { contentItems } from '../content.js';
import { decodeBytes } from '../decode.js';
import type { MetaDraft } from '../metadata.js';
import { describeFsError, isMissingError, rejections } from '../rejection.js';
import type { IngestItem, ReadContext } from '../types.js';
import { type FeedEntry, normaliseUrl, parseJsonFeed, parseXmlFeed } from './feeds.js';
import { type Fetched, type FetchOptions, guardedFetch } from './fetch.js';

/** Items already known from earlier runs (the watch loop's store): consulted before fetching an item link. */
export interface SeenFilter {
  hasSeen(key: string): boolean;
}

/** State shared by every web input of one ingest run: the fetch policy and what was already read. */
export interface WebSession {
  readonly fetch: FetchOptions;
  readonly seen?: SeenFilter;
  /** Normalised item URLs read in this run. */
  readonly urls: Set<string>;
  /** Content keys (see contentKey) read in this run. */
  readonly contents: Set<string>;
}

export const newWebSession = (fetch: FetchOptions, seen?: SeenFilter): WebSession => ({
  fetch,
  ...(seen ? { seen } : {}),
  urls: new Set(),
  contents: new Set(),
});

/** True for an input that names a web address rather than a file. */
export const isWebInput = (input: string): boolean => /^https?:\/\//i.test(input);

/** The key under which an item URL is remembered. */
export const urlKey = (normalisedUrl: string): string => `url:${normalisedUrl}`;

/**
 * The key under which an item's content is remembered: the text's hash with its outlet. The same text from the same
 * outlet under a second link is a duplicate; the same text from another outlet is a copy, kept so that the
 * provenance stage can link the two.
 */
export function contentKey(document: SourceDocument): string {
  const outlet = document.meta.outlet ?? hostOf(document.meta.url ?? document.input) ?? '';
  const digest = createHash('sha256').update(`${document.contentHash}\u0000${outlet.toLowerCase()}`).digest('hex');
  return `content:${digest.slice(0, 32)}`;
}

const hostOf = (raw: string): string | null => {
  try {
    return new URL(raw).hostname;
  } catch {
    return null;
  }
};

const reject = (input: string, code: RejectionCode, reason: string): IngestItem => ({
  kind: 'rejected',
  rejection: { input, code, reason } satisfies Rejection,
});

/** A page's items: the fetched body read by the local reader, with the fetched address as its URL. */
async function* pageItems(
  input: string,
  fetched: Fetched,
  context: ReadContext,
  fallback: readonly MetaDraft[],
): AsyncGenerator<IngestItem> {
  const kind = fetched.kind === 'html' ? 'html' : 'text';
  yield* contentItems(input, fetched.body, kind, { url: fetched.url }, context, { charset: fetched.charset, fallback });
}

function decodeBody(fetched: Fetched): string | null {
  const decoded = decodeBytes(fetched.body, fetched.charset);
  return decoded.ok ? decoded.text : null;
}

/** One URL given on the command line: an article page, or a feed whose items are then read. */
export async function* urlItems(url: string, context: ReadContext, session: WebSession): AsyncGenerator<IngestItem> {
  const fetched = await guardedFetch(url, session.fetch);
  if (!fetched.ok) return yield reject(url, fetched.code, fetched.reason);
  if (fetched.kind === 'feed-xml' || fetched.kind === 'feed-json') {
    return yield* feedBodyItems(url, fetched, context, session);
  }
  yield* withOrigin(pageItems(url, fetched, context, []), null, session, url);
}

/** A feed URL (from `--feeds`): must be a feed. */
export async function* feedItems(
  feedUrl: string,
  context: ReadContext,
  session: WebSession,
): AsyncGenerator<IngestItem> {
  const fetched = await guardedFetch(feedUrl, session.fetch);
  if (!fetched.ok) return yield reject(feedUrl, fetched.code, fetched.reason);
  if (fetched.kind !== 'feed-xml' && fetched.kind !== 'feed-json') {
    return yield reject(
      feedUrl,
      'bad_feed',
      `${feedUrl}: it is a ${fetched.kind === 'html' ? 'web page' : 'plain text'}, not an RSS, Atom or JSON feed.`,
    );
  }
  yield* feedBodyItems(feedUrl, fetched, context, session);
}

async function* feedBodyItems(
  feedUrl: string,
  fetched: Fetched,
  context: ReadContext,
  session: WebSession,
): AsyncGenerator<IngestItem> {
  const body = decodeBody(fetched);
  if (body === null) return yield reject(feedUrl, 'bad_feed', `${feedUrl}: the feed is not valid text.`);
  const parsed = fetched.kind === 'feed-json' ? parseJsonFeed(body, fetched.url) : parseXmlFeed(body, fetched.url);
  if (!parsed.ok) return yield reject(feedUrl, 'bad_feed', `${feedUrl}: not a readable feed: ${parsed.detail}.`);
  if (parsed.feed.skipped > 0) {
    yield reject(
      feedUrl,
      'too_large',
      `${feedUrl}: the feed has more items than sitrep reads at once; the last ${parsed.feed.skipped} were skipped.`,
    );
  }
  for (const [index, entry] of parsed.feed.entries.entries()) {
    yield* entryItems(feedUrl, index, entry, context, session);
  }
}

async function* entryItems(
  feedUrl: string,
  index: number,
  entry: FeedEntry,
  context: ReadContext,
  session: WebSession,
): AsyncGenerator<IngestItem> {
  const label = `${feedUrl}#item${index + 1}`;
  if (!entry.link) return yield reject(label, 'bad_feed', `${label}: the feed item has no link to an article.`);
  const normalised = normaliseUrl(entry.link);
  if (!normalised) return yield reject(label, 'bad_feed', `${label}: the item link ${entry.link} is not a URL.`);
  if (session.urls.has(normalised)) {
    return yield reject(entry.link, 'duplicate', `${entry.link}: the feed lists this article again; read once.`);
  }
  session.urls.add(normalised);
  if (session.seen?.hasSeen(urlKey(normalised))) return; // read by an earlier poll: nothing new, nothing to say
  const fetched = await guardedFetch(entry.link, session.fetch);
  if (!fetched.ok) return yield reject(entry.link, fetched.code, fetched.reason);
  if (fetched.kind !== 'html' && fetched.kind !== 'text') {
    return yield reject(entry.link, 'bad_content_type', `${entry.link}: the item links to a feed, not an article.`);
  }
  const fallback: MetaDraft[] = [{ title: entry.title, published: entry.published }];
  yield* withOrigin(pageItems(entry.link, fetched, context, fallback), feedUrl, session, normalised);
}

/** Drops documents whose content was already read (this run or, for the watch, before) and tags the rest. */
async function* withOrigin(
  items: AsyncGenerator<IngestItem>,
  feed: string | null,
  session: WebSession,
  url: string,
): AsyncGenerator<IngestItem> {
  for await (const item of items) {
    if (item.kind !== 'document') {
      yield item;
      continue;
    }
    const key = contentKey(item.document);
    if (session.contents.has(key) || session.seen?.hasSeen(key)) {
      yield reject(
        item.document.input,
        'duplicate',
        `${item.document.input}: the same article text from the same outlet was already read; counted once.`,
      );
      continue;
    }
    session.contents.add(key);
    yield { ...item, origin: { feed, url: normaliseUrl(url) ?? url, contentKey: key } };
  }
}

/** A `--feeds` file: one feed URL per line; blank lines and lines starting with # are skipped. */
export async function readFeedList(file: string): Promise<{ urls: string[]; problems: Rejection[] }> {
  let content: string;
  try {
    content = await readFile(file, 'utf8');
  } catch (error) {
    return {
      urls: [],
      problems: [
        isMissingError(error) ? rejections.notFound(file) : rejections.unreadable(file, describeFsError(error)),
      ],
    };
  }
  const urls: string[] = [];
  const problems: Rejection[] = [];
  for (const [i, raw] of content.split(/\r?\n/).entries()) {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) continue;
    if (!isWebInput(line) || normaliseUrl(line) === null) {
      problems.push({
        input: `${file}:${i + 1}`,
        code: 'bad_url',
        reason: `${file} line ${i + 1}: "${line}" is not an http(s) URL. Write one feed URL per line (# starts a comment).`,
      });
    } else urls.push(line);
  }
  if (urls.length === 0 && problems.length === 0) problems.push(rejections.empty(file, 'lists no feed URLs'));
  return { urls, problems };
}
