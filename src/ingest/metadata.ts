import type { DocumentMeta, PublishedBasis } from '../model/index.js';
import { normaliseDate } from './dates.js';
import { normaliseLanguage } from './language.js';

/** Metadata as one place stated it (a manifest line, front matter, HTML meta, a record), before merging. */
export interface MetaDraft {
  readonly url?: string | null;
  readonly outlet?: string | null;
  readonly title?: string | null;
  /** Raw: normalised when merged, so an unparseable date from one place lets the next one speak. */
  readonly published?: unknown;
  readonly language?: unknown;
  readonly byline?: string | null;
}

/**
 * Field names read from records, front matter and manifests, first match wins. `maintext`, `date_publish`,
 * `source_domain` and `authors` are news-please's; `source`/`publisher` are common front matter spellings.
 */
const FIELD_ALIASES = {
  url: ['url'],
  outlet: ['outlet', 'source', 'publisher', 'source_domain'],
  title: ['title', 'headline'],
  published: ['published', 'date', 'date_publish', 'datePublished'],
  language: ['language', 'lang'],
  byline: ['byline', 'author', 'authors'],
} as const;

/** A metadata value as a one-line string: names may arrive as `{ name }` objects or lists of names. */
export function cleanString(value: unknown): string | null {
  if (Array.isArray(value)) {
    const parts = value.map(cleanString).filter((s): s is string => s !== null);
    return parts.length ? parts.join(', ') : null;
  }
  if (value && typeof value === 'object' && 'name' in value) return cleanString(value.name);
  if (typeof value !== 'string') return null;
  const cleaned = value.replace(/\s+/g, ' ').trim();
  return cleaned || null;
}

/** Reads the metadata fields of a plain object (record, front matter, manifest line) by their known names. */
export function metaFromFields(fields: Readonly<Record<string, unknown>>): MetaDraft {
  const pick = (names: readonly string[]): unknown =>
    names.map((name) => fields[name]).find((v) => v !== undefined && v !== null && v !== '');
  const rawDate = pick(FIELD_ALIASES.published);
  return {
    url: cleanString(pick(FIELD_ALIASES.url)),
    outlet: cleanString(pick(FIELD_ALIASES.outlet)),
    title: cleanString(pick(FIELD_ALIASES.title)),
    published: rawDate,
    language: pick(FIELD_ALIASES.language),
    byline: cleanString(pick(FIELD_ALIASES.byline)),
  };
}

/** The first draft (in precedence order) that gives a usable value for a field. */
function firstOf<T>(drafts: readonly MetaDraft[], read: (d: MetaDraft) => T | null): T | null {
  for (const draft of drafts) {
    const value = read(draft);
    if (value !== null) return value;
  }
  return null;
}

/**
 * Merges metadata field by field, most trusted first. The manifest is listed before the file's own metadata
 * because whoever assembled the corpus wrote it for this run, often to correct the page: a syndicated copy whose
 * `og:site_name` names the wire rather than the outlet that carried it, or a CMS date that is the last edit.
 * Both count as basis `metadata`. The user's `--published` date only fills a gap (basis `user`). Language is
 * left null here when no metadata states it: it is detected from the text when the document is made.
 */
export function mergeMeta(drafts: readonly MetaDraft[], userPublished: string | null | undefined): DocumentMeta {
  const metadataDate = firstOf(drafts, (d) => normaliseDate(d.published));
  const userDate = metadataDate ? null : normaliseDate(userPublished);
  const published = metadataDate ?? userDate;
  const publishedBasis: PublishedBasis | null = metadataDate ? 'metadata' : userDate ? 'user' : null;
  return {
    url: firstOf(drafts, (d) => d.url ?? null),
    outlet: firstOf(drafts, (d) => d.outlet ?? null),
    title: firstOf(drafts, (d) => d.title ?? null),
    published,
    publishedBasis,
    language: firstOf(drafts, (d) => normaliseLanguage(d.language)),
    byline: firstOf(drafts, (d) => d.byline ?? null),
  };
}
