import { parseHTML } from 'linkedom';
import { cleanParagraph } from '../clean.js';

// Elements that start a new paragraph; everything else is inline text.
const BLOCK = new Set(
  'ADDRESS ARTICLE ASIDE BLOCKQUOTE DD DETAILS DIV DL DT FIELDSET FIGCAPTION FIGURE FOOTER FORM H1 H2 H3 H4 H5 H6 HEADER HR LI MAIN NAV OL P PRE SECTION SUMMARY TABLE TBODY TD TFOOT TH THEAD TR UL'.split(
    ' ',
  ),
);
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'svg', 'SVG', 'BUTTON', 'SELECT', 'TEXTAREA']);

/** The paragraphs of an HTML fragment, in reading order: one per block, split again at `<br><br>`. */
export function paragraphsOf(html: string): string[] {
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`) as unknown as { document: Document };
  const out: string[] = [];
  let buffer = '';
  const flush = () => {
    for (const part of buffer.split(/\n\s*\n/)) {
      const text = cleanParagraph(part);
      if (text) out.push(text);
    }
    buffer = '';
  };
  const walk = (node: Node) => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) {
        buffer += child.nodeValue ?? '';
      } else if (child.nodeType === 1) {
        const tag = (child as Element).tagName.toUpperCase();
        if (SKIP.has(tag)) continue;
        if (tag === 'BR') {
          buffer += '\n';
        } else if (BLOCK.has(tag)) {
          flush();
          walk(child);
          flush();
        } else {
          walk(child);
        }
      }
    }
  };
  walk(document.body);
  flush();
  return out;
}
