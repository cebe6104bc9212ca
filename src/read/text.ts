import { cleanParagraph } from './clean.js';
import type { Extracted } from './extracted.js';

/**
 * Paragraphs of plain text: blocks between blank lines, their lines joined
 * (hard-wrapped text). Text with no blank line at all has a paragraph per line.
 * Header lines stay separate so that the title and dateline can be told apart.
 */
export function extractText(text: string): Extracted {
  const normalised = text.replace(/\r\n?/g, '\n');
  const blocks = normalised.split(/\n[ \t\u00A0]*\n/).filter((b) => b.trim());
  const linePerParagraph = blocks.length === 1;
  const paragraphs: string[] = [];
  let inHeader = true;
  for (const block of blocks) {
    const lines = block.split('\n').map(cleanParagraph).filter(Boolean);
    if (linePerParagraph || (inHeader && lines.every((l) => l.length <= 120))) {
      paragraphs.push(...lines);
    } else {
      paragraphs.push(cleanParagraph(lines.join(' ')));
    }
    if (lines.some((l) => l.length > 120)) inHeader = false;
  }
  return { paragraphs, from: {} };
}
