import { segment, type BoundaryDecider } from '../src/nlp/sentences.js';
import type { ConlluSentence } from '../src/nlp/conllu.js';

export interface SegmentationScore {
  tokens: { precision: number; recall: number; f1: number };
  sentences: { precision: number; recall: number; f1: number };
  /** Gold surface tokens the tokenizer got wrong, for error analysis. */
  missed: string[];
}

/**
 * Rebuilds the raw text of a treebank (sentences of a paragraph joined by a
 * space, paragraphs by a blank line, as dyad's read stage does), runs the
 * tokenizer and sentence splitter over it, and scores surface tokens and
 * sentences by their character spans, as the CoNLL 2018 evaluation does.
 */
export function scoreSegmentation(treebank: readonly ConlluSentence[], decide?: BoundaryDecider): SegmentationScore {
  let text = '';
  const paragraphs: Array<{ start: number; end: number }> = [];
  const goldTokens = new Set<string>();
  const goldSentences = new Set<string>();
  const goldForm = new Map<string, string>();
  for (const s of treebank) {
    if (s.newPar || paragraphs.length === 0) {
      if (text) text += '\n\n';
      paragraphs.push({ start: text.length, end: text.length });
    } else text += ' ';
    const sentenceStart = text.length;
    const raw = s.text || s.tokens.map((t) => t.form + (t.spaceAfter ? ' ' : '')).join('').trim();
    let at = 0;
    for (const t of s.tokens) {
      const found = raw.indexOf(t.form, at);
      if (found < 0) continue;
      const key = `${sentenceStart + found}:${sentenceStart + found + t.form.length}`;
      goldTokens.add(key);
      goldForm.set(key, t.form);
      at = found + t.form.length;
    }
    text += raw;
    goldSentences.add(`${sentenceStart}:${text.length}`);
    paragraphs[paragraphs.length - 1]!.end = text.length;
  }
  const { words, sentences } = segment(text, paragraphs, decide);
  const predTokens = new Set<string>();
  for (let i = 0; i < words.length; ) {
    let j = i + 1;
    while (j < words.length && words[j]!.joined) j++;
    predTokens.add(`${words[i]!.start}:${words[j - 1]!.end}`);
    i = j;
  }
  const predSentences = new Set(sentences.map((s) => `${words[s.first]!.start}:${words[s.last - 1]!.end}`));
  const missed = [...goldTokens].filter((k) => !predTokens.has(k)).map((k) => goldForm.get(k)!);
  return { tokens: prf(goldTokens, predTokens), sentences: prf(goldSentences, predSentences), missed };
}

function prf(gold: Set<string>, pred: Set<string>) {
  let hit = 0;
  for (const k of pred) if (gold.has(k)) hit++;
  const precision = pred.size ? hit / pred.size : 0;
  const recall = gold.size ? hit / gold.size : 0;
  return { precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0 };
}
