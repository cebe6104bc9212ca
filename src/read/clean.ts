// Soft hyphens and zero-width spaces are invisible in a browser and only split words.
const INVISIBLE = /[\u00AD\u200B\u2060\uFEFF]/g;

/** One paragraph's text as a reader sees it: invisible characters gone, runs of white space one space. */
export function cleanParagraph(text: string): string {
  return text.replace(INVISIBLE, '').replace(/\s+/g, ' ').trim();
}

/** Lower case letters and digits only, for comparing a line with a title. */
export function comparable(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

export function wordCount(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}
