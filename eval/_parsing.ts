import type { ConlluSentence } from '../src/nlp/conllu.js';
import { analyseWords, type NlpModels } from '../src/nlp/index.js';

export interface ParsingScore {
  words: number;
  upos: number;
  xpos: number;
  lemma: number;
  uas: number;
  las: number;
  /** LAS with relation subtypes compared too (nsubj:pass against nsubj), stricter than CoNLL 2018. */
  lasSubtypes: number;
}

/** Tags and parses the gold words of a treebank and scores every word, punctuation included (CoNLL 2018). */
export function scoreParsing(models: NlpModels, treebank: readonly ConlluSentence[]): ParsingScore {
  const score = { words: 0, upos: 0, xpos: 0, lemma: 0, uas: 0, las: 0, lasSubtypes: 0 };
  for (const s of treebank) {
    const analysed = analyseWords(models, s.words.map((w) => w.form));
    s.words.forEach((gold, i) => {
      const a = analysed[i]!;
      score.words++;
      if (a.upos === gold.upos) score.upos++;
      if (a.xpos === gold.xpos) score.xpos++;
      if (a.lemma === gold.lemma) score.lemma++;
      if (a.head === gold.head) {
        score.uas++;
        if (universal(a.rel) === universal(gold.rel)) score.las++;
        if (a.rel === gold.rel) score.lasSubtypes++;
      }
    });
  }
  const w = score.words || 1;
  return {
    words: score.words,
    upos: score.upos / w,
    xpos: score.xpos / w,
    lemma: score.lemma / w,
    uas: score.uas / w,
    las: score.las / w,
    lasSubtypes: score.lasSubtypes / w,
  };
}

/** conll18_ud_eval.py ignores language-specific subtypes: 'nsubj:pass' scores as 'nsubj'. */
function universal(rel: string): string {
  const colon = rel.indexOf(':');
  return colon < 0 ? rel : rel.slice(0, colon);
}
