// npm run eval -- nlp: the language core against its targets.
//  - tokens and sentences from raw text (EWT test, PUD), scored by character spans;
//  - UPOS, XPOS, lemma, UAS and LAS on gold tokens with predicted tags (EWT test, PUD news, PUD Wikipedia);
//  - the seed article: paragraphs, sentences, and the subject of each reporting verb.
import { readFileSync } from 'node:fs';
import { loadNlpModels, parseConllu, annotate } from '../src/nlp/index.js';
import { readArticle } from '../src/read/index.js';
import { pct, sharedPath } from './_shared.js';
import { scoreSegmentation } from './_segmentation.js';
import { scoreParsing } from './_parsing.js';

const REPORTING = new Set(['say', 'add', 'stress', 'denounce', 'assert', 'welcome']);

export default function nlp(): void {
  const ewtPath = sharedPath('corpora', 'ud-english-ewt', 'en_ewt-ud-test.conllu');
  const pudPath = sharedPath('corpora', 'ud-english-pud', 'en_pud-ud-test.conllu');
  const seedPath = sharedPath('fixtures', 'seed', 'article.txt');
  const started = Date.now();
  const models = loadNlpModels();
  console.log(`models loaded in ${Date.now() - started} ms`);
  const sets: Array<[string, ReturnType<typeof parseConllu>]> = [];
  if (ewtPath) sets.push(['EWT test', parseConllu(readFileSync(ewtPath, 'utf8'))]);
  if (pudPath) {
    const pud = parseConllu(readFileSync(pudPath, 'utf8'));
    sets.push(['PUD all', pud], ['PUD news', pud.filter((s) => s.id.startsWith('n'))], ['PUD wiki', pud.filter((s) => s.id.startsWith('w'))]);
  }
  console.log('\nraw text (targets: EWT tokens ≥ 98 %, sentences ≥ 90 %; PUD sentences ≥ 97 %)');
  for (const [name, tb] of sets.filter(([n]) => n === 'EWT test' || n === 'PUD all')) {
    const r = scoreSegmentation(tb, models.boundaries);
    console.log(`  ${name.padEnd(9)} tokens F1 ${pct(r.tokens.f1, 2)}  sentences F1 ${pct(r.sentences.f1, 2)} (P ${pct(r.sentences.precision)}, R ${pct(r.sentences.recall)})`);
  }
  console.log('\ngold tokens, predicted tags (targets on EWT test: UPOS ≥ 95.5 %, UAS ≥ 87 %, LAS ≥ 84 %; LAS as CoNLL 2018 scores it, universal relations)');
  for (const [name, tb] of sets) {
    const t0 = Date.now();
    const r = scoreParsing(models, tb);
    const seconds = (Date.now() - t0) / 1000;
    console.log(
      `  ${name.padEnd(9)} ${String(r.words).padStart(6)} words  UPOS ${pct(r.upos, 2)}  XPOS ${pct(r.xpos, 2)}  lemma ${pct(r.lemma, 2)}  UAS ${pct(r.uas, 2)}  LAS ${pct(r.las, 2)} (with subtypes ${pct(r.lasSubtypes, 2)})  (${Math.round(r.words / seconds)} words/s)`,
    );
  }
  if (seedPath) seed(models, readFileSync(seedPath));
}

function seed(models: ReturnType<typeof loadNlpModels>, bytes: Buffer): void {
  const article = readArticle({ name: 'seed', bytes, format: 'text', hints: {} });
  const { text, paragraphs } = article;
  const { sentences, tokens } = annotate(models, text, paragraphs);
  const crossing = sentences.filter((s) => !paragraphs.some((p) => p.start <= s.start && s.end <= p.end)).length;
  const domain = text.indexOf('President.ir');
  const domainBroken = domain >= 0 && sentences.some((s) => s.end > domain && s.end < domain + 'President.ir'.length);
  console.log(`\nseed article: ${paragraphs.length} paragraphs, ${sentences.length} sentences, ${crossing} crossing a paragraph, President.ir ${domainBroken ? 'BROKEN' : 'whole'}`);
  // Finite reporting verbs need their speaker as subject; a participle ("stressing") takes it from its head.
  let ok = 0;
  let total = 0;
  tokens.forEach((t, i) => {
    if (t.upos !== 'VERB' || !REPORTING.has(t.lemma)) return;
    const finite = /^VB[DZP]$/.test(t.xpos);
    if (finite) total++;
    const subject = tokens.findIndex((d) => d.head === i && d.rel.startsWith('nsubj'));
    const subjectText = subject < 0 ? '(none)' : phrase(text, tokens, subject);
    if (finite && subject >= 0) ok++;
    console.log(`  ${text.slice(t.start, t.end).padEnd(10)} ${t.xpos.padEnd(4)} ${t.rel.padEnd(6)} nsubj = ${subjectText}`);
  });
  console.log(`  ${ok} of ${total} finite reporting verbs have a subject`);
}

/** The text of the compound/flat/amod/det phrase around a head word. */
function phrase(text: string, tokens: ReturnType<typeof annotate>['tokens'], head: number): string {
  let first = head;
  let last = head;
  tokens.forEach((t, i) => {
    if (t.head === head && /^(compound|flat|amod|det|nmod:poss|case)/.test(t.rel)) {
      first = Math.min(first, i);
      last = Math.max(last, i);
    }
  });
  return text.slice(tokens[first]!.start, tokens[last]!.end);
}
