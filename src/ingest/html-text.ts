/**
 * Turns a DOM subtree into text the way a reader sees it: one paragraph per block element, paragraphs joined by
 * a blank line (so the sentence stage can find paragraph breaks), whitespace inside a paragraph collapsed as a
 * browser renders it, `<br>` kept as a line break and `<pre>` kept verbatim.
 */

/** The slice of the DOM (linkedom's, structurally) that text extraction uses; the project has no DOM lib types. */
export interface DomNode {
  readonly nodeType: number;
  readonly nodeName: string;
  readonly textContent: string | null;
  readonly childNodes: ArrayLike<DomNode>;
}

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

// biome-ignore format: a word list reads better packed
const BLOCK_TAGS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BODY', 'CAPTION', 'CENTER', 'DD', 'DETAILS', 'DIV', 'DL', 'DT',
  'FIELDSET', 'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'HTML',
  'LI', 'MAIN', 'NAV', 'OL', 'P', 'SECTION', 'SUMMARY', 'TABLE', 'TBODY', 'TFOOT', 'THEAD', 'TR', 'UL',
]);

/** Elements whose content is never article text. */
const SKIPPED_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'HEAD', 'IFRAME', 'BUTTON', 'SELECT']);

/** Table cells sit side by side: a space keeps "Aleppo" and "12" in neighbouring cells apart. */
const CELL_TAGS = new Set(['TD', 'TH']);

const HTML_WHITESPACE = /[ \t\n\r\f]+/g;

/** A paragraph's text: lines from `<br>` kept, each with its rendering whitespace collapsed and trimmed. */
const finishParagraph = (raw: string): string =>
  raw
    .split('\n')
    .map((line) => line.replace(/ {2,}/g, ' ').trim())
    .filter((line) => line !== '')
    .join('\n');

/** The paragraphs of a subtree, in document order, without empty ones. */
export function paragraphsOf(root: DomNode): string[] {
  const paragraphs: string[] = [];
  let current = '';
  const flush = (): void => {
    const paragraph = finishParagraph(current);
    if (paragraph) paragraphs.push(paragraph);
    current = '';
  };
  const visit = (node: DomNode): void => {
    if (node.nodeType === TEXT_NODE) {
      current += (node.textContent ?? '').replace(HTML_WHITESPACE, ' ');
      return;
    }
    if (node.nodeType !== ELEMENT_NODE) return;
    const tag = node.nodeName.toUpperCase();
    if (SKIPPED_TAGS.has(tag)) return;
    if (tag === 'BR') {
      current += '\n';
      return;
    }
    if (tag === 'PRE') {
      flush();
      const verbatim = (node.textContent ?? '').replace(/^\n+|\s+$/g, '');
      if (verbatim.trim()) paragraphs.push(verbatim);
      return;
    }
    const isBlock = BLOCK_TAGS.has(tag);
    if (isBlock) flush();
    if (CELL_TAGS.has(tag)) current += ' ';
    for (const child of Array.from(node.childNodes)) visit(child);
    if (isBlock) flush();
  };
  visit(root);
  flush();
  return paragraphs;
}

/** The reader's text of a subtree: its paragraphs joined by blank lines. */
export const textOf = (root: DomNode): string => paragraphsOf(root).join('\n\n');
