import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { type DomNode, textOf } from './html-text.js';
import { cleanString, type MetaDraft } from './metadata.js';

/** The slice of linkedom's Element that metadata extraction uses (the project has no DOM lib types). */
interface DomElement extends DomNode {
  getAttribute(name: string): string | null;
  querySelectorAll(selector: string): ArrayLike<DomElement>;
  remove(): void;
}
interface DomDocument {
  readonly documentElement: DomElement | null;
  readonly body: DomElement | null;
  readonly title: string;
  querySelectorAll(selector: string): ArrayLike<DomElement>;
}

/** What an HTML page yields: its reader text (may be empty) and its metadata, most trusted source first. */
export interface HtmlContent {
  readonly text: string;
  readonly drafts: readonly MetaDraft[];
}

/** linkedom makes the first element of a bare fragment (`<p>…</p>`) the root, so fragments get a page around them. */
const parseDocument = (html: string): DomDocument =>
  parseHTML(/<html[\s>]/i.test(html) ? html : `<!doctype html><html><head></head><body>${html}</body></html>`)
    .document as unknown as DomDocument;

/** `<meta property|name=… content=…>` by lower-cased key; the first occurrence wins, as in browsers. */
function metaTags(doc: DomDocument): Map<string, string> {
  const tags = new Map<string, string>();
  for (const meta of Array.from(doc.querySelectorAll('meta'))) {
    const key = (meta.getAttribute('property') ?? meta.getAttribute('name') ?? meta.getAttribute('http-equiv'))
      ?.trim()
      .toLowerCase();
    const content = meta.getAttribute('content');
    if (key && content?.trim() && !tags.has(key)) tags.set(key, content);
  }
  return tags;
}

const ARTICLE_TYPE = /(?:^|:)(?:\w*Article|BlogPosting|Report)$/;

/** Every object in a JSON-LD value, descending through arrays and `@graph`. */
function* jsonLdObjects(value: unknown): Generator<Record<string, unknown>> {
  if (Array.isArray(value)) for (const item of value) yield* jsonLdObjects(item);
  else if (value && typeof value === 'object') {
    const object = value as Record<string, unknown>;
    yield object;
    if (object['@graph']) yield* jsonLdObjects(object['@graph']);
  }
}

const isArticle = (object: Record<string, unknown>): boolean => {
  const types = Array.isArray(object['@type']) ? object['@type'] : [object['@type']];
  return types.some((t) => typeof t === 'string' && ARTICLE_TYPE.test(t));
};

/** The first NewsArticle/Article (or other *Article) described by the page's JSON-LD blocks. */
function jsonLdArticle(doc: DomDocument): Record<string, unknown> | null {
  for (const script of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
    try {
      for (const object of jsonLdObjects(JSON.parse(script.textContent ?? ''))) if (isArticle(object)) return object;
    } catch {
      // Pages often carry broken JSON-LD; the other metadata still counts.
    }
  }
  return null;
}

const firstValue = (value: unknown): unknown => (Array.isArray(value) ? value[0] : value);

/**
 * Metadata drafts in trust order. Open Graph / `article:` tags come first because they are written for sharing
 * and carry the clean title; JSON-LD next; `<title>` (often suffixed with the site name), generic `<meta>` date
 * tags and Readability's byline guess last.
 */
function htmlMetadata(doc: DomDocument): MetaDraft[] {
  const tags = metaTags(doc);
  const ld = jsonLdArticle(doc);
  const mainEntity = firstValue(ld?.mainEntityOfPage) as Record<string, unknown> | string | undefined;
  const openGraph: MetaDraft = {
    title: cleanString(tags.get('og:title')),
    outlet: cleanString(tags.get('og:site_name')),
    url: cleanString(tags.get('og:url')),
    published: tags.get('article:published_time'),
    language: doc.documentElement?.getAttribute('lang'),
    byline: cleanString(tags.get('author')),
  };
  const jsonLd: MetaDraft = ld
    ? {
        title: cleanString(ld.headline),
        outlet: cleanString(firstValue(ld.publisher)),
        url: cleanString(ld.url) ?? cleanString(typeof mainEntity === 'string' ? mainEntity : mainEntity?.['@id']),
        published: ld.datePublished,
        language:
          cleanString(ld.inLanguage) ?? cleanString((ld.inLanguage as { alternateName?: unknown })?.alternateName),
        byline: cleanString(ld.author),
      }
    : {};
  const canonical = Array.from(doc.querySelectorAll('link[rel="canonical"]'))[0]?.getAttribute('href');
  const plain: MetaDraft = {
    title: cleanString(doc.title),
    url: cleanString(canonical),
    published: ['date', 'dc.date', 'dc.date.issued', 'dcterms.date', 'pubdate', 'publish-date', 'publishdate']
      .map((key) => tags.get(key))
      .find(Boolean),
    language: tags.get('content-language') ?? tags.get('og:locale'),
    byline: cleanString(tags.get('byline') ?? tags.get('article:author')),
  };
  return [openGraph, jsonLd, plain];
}

/** Body text without Readability: used when it finds no article (very short pages, odd layouts). */
function wholeBodyText(html: string): string {
  const doc = parseDocument(html);
  for (const el of Array.from(doc.querySelectorAll('nav, header, footer, aside, form'))) el.remove();
  return doc.body ? textOf(doc.body) : '';
}

/**
 * Reads an HTML page: metadata first (Readability rewrites the DOM), then the article's main text by
 * Readability, with paragraphs separated by blank lines. The stored text is this extracted text, not the markup.
 */
export function extractHtml(html: string): HtmlContent {
  const doc = parseDocument(html);
  const drafts = htmlMetadata(doc);
  let text = '';
  let byline: string | null = null;
  try {
    // linkedom's document is structurally what Readability needs; the serializer hands back the DOM node.
    const article = new Readability(doc as never, { serializer: (node: unknown) => node as DomNode }).parse();
    if (article?.content) text = textOf(article.content);
    byline = cleanString(article?.byline);
  } catch {
    text = '';
  }
  if (!text.trim()) text = wholeBodyText(html);
  return { text, drafts: [...drafts, { byline }] };
}

/** The `<meta charset>` an HTML file declares in its first kilobyte (for pages not in UTF-8), or null. */
export function declaredCharset(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.subarray(0, 1024)).toString('latin1');
  return /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head)?.[1] ?? null;
}

/** True when a text with no extension (or stdin) starts like an HTML page. */
export const looksLikeHtml = (text: string): boolean => /^\s*(?:<!doctype html|<html[\s>])/i.test(text);
