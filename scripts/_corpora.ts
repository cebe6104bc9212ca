// Training data for the language core: UD English EWT (CC BY-SA 4.0) and the
// genres of UD English GUM whose texts are openly licensed (not essay, letter,
// podcast, fiction or whow, which are non-commercial). See models/README.md.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseConllu, type ConlluSentence } from '../src/nlp/conllu.js';

const OPEN_GUM_GENRES = new Set(['academic', 'bio', 'conversation', 'court', 'interview', 'news', 'speech', 'textbook', 'vlog', 'voyage']);

export function corpusFolder(): string {
  return process.argv.slice(2).find((a) => !a.startsWith('-')) ?? join(process.cwd(), '..', 'shared', 'corpora');
}

export function read(folder: string, file: string): ConlluSentence[] {
  return parseConllu(readFileSync(join(folder, file), 'utf8'));
}

/**
 * The training sentences: EWT train plus the openly licensed genres of GUM train; with `--with-dev` (the committed
 * models, `withDev`) also EWT dev and GUM's dev and test in those genres. EWT test and PUD, on which dyad is measured, never.
 */
export function trainingSentences(folder: string, withDev: boolean): ConlluSentence[] {
  const open = (file: string) => read(folder, file).filter((s) => OPEN_GUM_GENRES.has(s.docId.split('_')[1] ?? ''));
  const out = [...read(folder, 'ud-english-ewt/en_ewt-ud-train.conllu'), ...open('ud-english-gum/en_gum-ud-train.conllu')];
  if (withDev) out.push(...read(folder, 'ud-english-ewt/en_ewt-ud-dev.conllu'), ...open('ud-english-gum/en_gum-ud-dev.conllu'), ...open('ud-english-gum/en_gum-ud-test.conllu'));
  return out;
}

export const tagOf = (w: { upos: string; xpos: string }) => `${w.upos} ${w.xpos === '_' ? w.upos : w.xpos}`;

/** Paragraphs rebuilt from a treebank: sentence texts joined by a space, with where each sentence ends. */
export function paragraphs(sentences: readonly ConlluSentence[]): Array<{ text: string; ends: number[] }> {
  const out: Array<{ text: string; ends: number[] }> = [];
  for (const s of sentences) {
    if (s.newPar || !out.length) out.push({ text: '', ends: [] });
    const p = out[out.length - 1]!;
    if (p.text) p.text += ' ';
    p.text += s.text;
    p.ends.push(p.text.length);
  }
  return out;
}
