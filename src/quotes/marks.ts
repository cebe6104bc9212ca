import type { Span } from '../model/index.js';

/** A stretch of text between quotation marks. `closed` is false when the opening mark is never closed. */
export interface MarkedQuote {
  /** The opening mark. */
  open: number;
  /** Just after the closing mark, or the end of the paragraph where an unclosed quote stops. */
  close: number;
  /** The words inside the marks. */
  start: number;
  end: number;
  closed: boolean;
}

const OPEN = new Set(['“', '„', '«']);
const CLOSE = new Set(['”', '»']);

/**
 * Quotations by their marks, paragraph by paragraph: curly marks by their shape, straight ones by their side
 * (an opening mark follows a space or bracket and precedes a word; a mark right after a digit is inches).
 * A quote left open at the end of a paragraph continues into the next when that one opens with a mark (the
 * convention for quotes of several paragraphs); otherwise it ends with its paragraph.
 */
export function findMarkedQuotes(text: string, paragraphs: readonly Span[]): MarkedQuote[] {
  const out: MarkedQuote[] = [];
  // A quote still open at the end of its paragraph, with that paragraph's end.
  let carried: Open | null = null;
  for (const p of paragraphs) {
    let open: Open | null = null;
    // Marks of the other kind opened inside the current quote, not yet closed: a quote within the quote.
    let inner = 0;
    const firstMark = firstNonSpace(text, p.start, p.end);
    if (carried && !(firstMark >= 0 && isOpening(text, firstMark))) {
      out.push(unclosed(text, carried));
      carried = null;
    }
    for (let i = p.start; i < p.end; i++) {
      const c = text[i]!;
      if (c !== '"' && !OPEN.has(c) && !CLOSE.has(c)) continue;
      if (open === null) {
        if (isOpening(text, i)) {
          open = carried && i === firstMark ? carried : { open: i, start: i + 1, paragraphEnd: p.end };
          carried = null;
          inner = 0;
        }
      } else {
        const same = pairs(text[open.open]!, c);
        if (!same && isOpening(text, i)) inner++;
        else if (!same && inner > 0 && isClosing(text, i, open.start)) inner--;
        // A closing mark of the other kind with none of its kind open closes the quote too: sources mix the two.
        else if (isClosing(text, i, open.start)) {
          out.push({ open: open.open, close: i + 1, start: open.start, end: trimEnd(text, open.start, i), closed: true });
          open = null;
        }
      }
    }
    if (open) carried = { ...open, paragraphEnd: p.end };
  }
  if (carried) out.push(unclosed(text, carried));
  return out.filter((q) => q.end > q.start);
}

interface Open {
  open: number;
  start: number;
  paragraphEnd: number;
}

function unclosed(text: string, q: Open): MarkedQuote {
  return { open: q.open, close: q.paragraphEnd, start: q.start, end: trimEnd(text, q.start, q.paragraphEnd), closed: false };
}

/** A straight mark closes only a straight one, a curly one only a curly one: the other kind inside is a quote within the quote. */
function pairs(opening: string, closing: string): boolean {
  return opening === '"' ? closing === '"' : closing !== '"';
}

function isOpening(text: string, i: number): boolean {
  const c = text[i]!;
  if (OPEN.has(c)) return true;
  if (c !== '"') return false;
  const before = i > 0 ? text[i - 1]! : ' ';
  const after = text[i + 1] ?? ' ';
  return /[\s([{\-—–:]/.test(before) && /\S/.test(after);
}

function isClosing(text: string, i: number, start: number): boolean {
  const c = text[i]!;
  if (CLOSE.has(c)) return true;
  if (c !== '"' || i === start) return false;
  // 12" pipe, 5'11": a straight mark right after a digit is inches, unless a quote is open and words precede it.
  const before = text[i - 1]!;
  if (/\d/.test(before) && /\d/.test(text.slice(start, i).trim()[0] ?? '') && !/\s/.test(text.slice(start, i))) return false;
  return /\S/.test(before);
}

function firstNonSpace(text: string, from: number, to: number): number {
  for (let i = from; i < to; i++) if (!/\s/.test(text[i]!)) return i;
  return -1;
}

/** The end of the quoted words, past trailing spaces and the comma that English puts inside the marks. */
function trimEnd(text: string, start: number, end: number): number {
  while (end > start && /[\s,;]/.test(text[end - 1]!)) end--;
  return end;
}
