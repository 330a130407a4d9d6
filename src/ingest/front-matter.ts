import { parse as parseYaml } from 'yaml';

export type FrontMatter =
  /** No front matter: the whole text is the body. */
  | { kind: 'none' }
  /** `fields` from the YAML mapping; `body` is everything after the closing delimiter line, untouched. */
  | { kind: 'found'; fields: Record<string, unknown>; body: string }
  /** Delimited like front matter but not valid YAML: rejected, because silently losing the date is worse. */
  | { kind: 'invalid'; detail: string };

/** `---` on the first line, then YAML, then `---` (or `...`) on a line of its own. CRLF files work too. */
const OPENING = /^---[ \t]*\r?\n/;
const CLOSING = /^(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/m;

/**
 * Splits Markdown front matter from the body. A leading `---` block whose YAML is not a mapping (say a
 * horizontal rule followed by prose) is not front matter, and the text stays whole.
 */
export function splitFrontMatter(text: string): FrontMatter {
  const opening = OPENING.exec(text);
  if (!opening) return { kind: 'none' };
  const rest = text.slice(opening[0].length);
  const closing = CLOSING.exec(rest);
  if (!closing) return { kind: 'none' };
  const yamlSource = rest.slice(0, closing.index);
  const body = rest.slice(closing.index + closing[0].length);
  let parsed: unknown;
  try {
    parsed = parseYaml(yamlSource);
  } catch (error) {
    const firstLine = (error instanceof Error ? error.message : String(error)).split('\n')[0] ?? '';
    return { kind: 'invalid', detail: firstLine };
  }
  if (parsed === null || parsed === undefined) return { kind: 'found', fields: {}, body };
  if (typeof parsed !== 'object' || Array.isArray(parsed)) return { kind: 'none' };
  return { kind: 'found', fields: parsed as Record<string, unknown>, body };
}
