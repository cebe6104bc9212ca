import { beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadNlpModels, MODELS_DIR, type NlpModels } from './models.js';
import { decodeModel, weightsFrom } from './model-file.js';
import { Weights } from './perceptron.js';
import { Tagger, type TaggerMeta } from './tagger.js';
import { Parser, type ParserMeta } from './parser.js';
import { segment } from './sentences.js';
import { analyseSentences, analyseWords, annotate } from './annotate.js';
import { createNlpStage } from './index.js';
import { emptyDoc, type Article } from '../model/index.js';

let models: NlpModels;
beforeAll(() => {
  models = loadNlpModels();
});

const TEXT = 'Iran supports Iraq’s participation in regional interactions, he added.\n\nRouhani denounced the US assassination of General Qasem Soleimani.';

describe('the committed models', () => {
  it('load and tag, lemmatise and parse a sentence', () => {
    const words = ['President', 'Hassan', 'Rouhani', 'said', 'Iran', 'strongly', 'rejects', 'any', 'foreign', 'intervention', '.'];
    const a = analyseWords(models, words);
    const said = words.indexOf('said');
    expect(a[said]).toMatchObject({ upos: 'VERB', xpos: 'VBD', lemma: 'say', head: -1, rel: 'root' });
    const subject = a.findIndex((w) => w.head === said && w.rel === 'nsubj');
    // UD heads a name on its first word: "Hassan" heads the flat name "Hassan Rouhani".
    expect(words[subject]).toBe('Hassan');
    expect(a[words.indexOf('Rouhani')]).toMatchObject({ head: subject, rel: 'flat' });
    expect(a[words.indexOf('rejects')]).toMatchObject({ head: said, rel: 'ccomp', lemma: 'reject' });
    expect(a.filter((w) => w.head === -1)).toHaveLength(1);
  });

  it('analyses a batch of sentences as it analyses each alone, an empty one included', () => {
    const sentences = [['Iran', 'rejects', 'foreign', 'intervention', '.'], [], ['Zarif', 'welcomed', 'the', 'visit', '.']];
    const batch = analyseSentences(models, sentences);
    expect(batch).toHaveLength(3);
    expect(batch[1]).toEqual([]);
    expect(batch[0]).toEqual(analyseWords(models, sentences[0]!));
    expect(batch[2]).toEqual(analyseWords(models, sentences[2]!));
    expect(batch[2]![1]).toMatchObject({ lemma: 'welcome', head: -1, rel: 'root' });
  });

  it('tags and parses words that are names of Object methods (a page\'s inline script once crashed the tagger)', () => {
    const words = ['The', 'constructor', 'said', 'valueOf', 'and', 'toString', 'were', 'hasOwnProperty', '.'];
    const a = analyseWords(models, words);
    expect(a).toHaveLength(words.length);
    expect(a[1]).toMatchObject({ upos: 'NOUN', xpos: 'NN', lemma: 'constructor' });
    for (const w of a) expect(typeof w.xpos).toBe('string');
  });

  it('tags a function word in capitals after a preposition, or a verb in capitals before a noun, as an abbreviation, not in a shouted sentence', () => {
    const tag = (sentence: string) => models.tagger.tag(sentence.split(' ')).map((t) => t.upos);
    expect(tag('the battle against IS , was long .')[3]).toBe('PROPN');
    expect(tag('THIS IS GREAT !')[1]).toBe('AUX');
    // … and a verb or pronoun in capitals before a noun, but not a determiner written in capitals for emphasis.
    expect(tag('they arrested seven additional IS members .')[4]).toBe('PROPN');
    expect(tag('there is NO way out .')[2]).toBe('DET');
  });

  it('tags as an auxiliary only a word the treebanks tag so: a closed class', () => {
    const upos = (sentence: string, word: string) => models.tagger.tag(sentence.split(' '))[sentence.split(' ').indexOf(word)]!.upos;
    expect(upos('Iraqis protested against the deal .', 'Iraqis')).not.toBe('AUX');
    expect(upos('Sunnis protested in Baghdad .', 'Sunnis')).not.toBe('AUX');
    expect(upos('THE UN SHOULD ACT NOW', 'SHOULD')).toBe('AUX');
    expect(upos('They should have gone .', 'should')).toBe('AUX');
  });

  it('tags a name whose Arabic article is written in lower case as a proper noun ("al-Shabaab"), not a word with a hyphen', () => {
    const tags = models.tagger.tag('The army fought al-Shabaab and well-armed el-Sisi loyalists'.split(' '));
    expect(tags[3]).toEqual({ upos: 'PROPN', xpos: 'NNP' });
    expect(tags[5]!.upos).not.toBe('PROPN');
    expect(tags[6]).toEqual({ upos: 'PROPN', xpos: 'NNP' });
  });

  it('tags a participle between a subject and a noun phrase as a past tense, not before a time or another verb', () => {
    const xpos = (sentence: string, word: string) => models.tagger.tag(sentence.split(' ')).map((t) => t.xpos)[sentence.split(' ').indexOf(word)];
    expect(xpos('Germany on Wednesday lifted sanctions against South Africa , a spokesman said .', 'lifted')).toBe('VBD');
    expect(xpos('Ministers appointed last month , the palace said , will take office on Monday .', 'appointed')).not.toBe('VBD');
    expect(xpos('Protesters gathered last week , marched to parliament , demanded new elections .', 'gathered')).toBe('VBD');
    expect(xpos('Saudi jets bombed Houthi rebels .', 'bombed')).toBe('VBD');
    expect(xpos('Police arrested a suspect , a man named John Smith .', 'named')).not.toBe('VBD');
    expect(xpos('The weapons seized in the raid included rifles .', 'seized')).toBe('VBN');
  });

  it('keeps a proper adjective the lemmatiser has not seen as its own lemma ("Ukrainian", not "ukIranian")', () => {
    expect(models.lemmatizer.lemma('Ukrainian', 'JJ')).toBe('Ukrainian');
    expect(models.lemmatizer.lemma('bigger', 'JJR')).toBe('big');
  });

  it('keeps the double l of a verb of one syllable and takes away the British one ("shelled" shell, "travelled" travel)', () => {
    expect(models.lemmatizer.lemma('shelled', 'VBD')).toBe('shell');
    expect(models.lemmatizer.lemma('yelling', 'VBG')).toBe('yell');
    expect(models.lemmatizer.lemma('travelled', 'VBD')).toBe('travel');
    expect(models.lemmatizer.lemma('compelled', 'VBN')).toBe('compel');
    expect(models.lemmatizer.lemma('quelled', 'VBD')).toBe('quell');
    expect(models.lemmatizer.lemma('fuelled', 'VBD')).toBe('fuel');
  });

  it('marks passive subjects and agents', () => {
    const words = ['Soleimani', 'was', 'killed', 'by', 'a', 'US', 'drone', 'strike', '.'];
    const a = analyseWords(models, words);
    expect(a[0]).toMatchObject({ head: 2, rel: 'nsubj:pass' });
    expect(a[1]).toMatchObject({ head: 2, rel: 'aux:pass' });
    expect(a[7]).toMatchObject({ head: 2, rel: 'obl:agent' });
  });

  it('never leave a word under a punctuation mark, as UD never does', () => {
    const sentences = [
      'Rouhani denounced the US assassination early last year of senior Iranian and Iraqi anti-terror commanders , General Qasem Soleimani and Abu Mahdi al-Muhandis , as " the most shameless " example of foreign intervention in the Arab country .',
      'The talks , which began on Monday in Geneva , ended without an agreement , officials said .',
      'Officials : the army , police and militias -- all of them -- were deployed .',
    ];
    for (const sentence of sentences) {
      const words = sentence.split(' ');
      const a = analyseWords(models, words);
      const underPunctuation = words.filter((_, i) => a[i]!.upos !== 'PUNCT' && a[i]!.head >= 0 && a[a[i]!.head]!.upos === 'PUNCT');
      expect(underPunctuation, sentence).toEqual([]);
    }
  });

  it('fill the nlp stage: sentences within paragraphs, tokens pointing into the text', () => {
    const cut = TEXT.indexOf('\n\n');
    const article = { text: TEXT, paragraphs: [{ start: 0, end: cut }, { start: cut + 2, end: TEXT.length }] } as Article;
    const stage = createNlpStage(models);
    const { sentences, tokens } = stage.run(emptyDoc(article)) as ReturnType<typeof annotate>;
    expect(sentences.map((s) => TEXT.slice(s.start, s.end))).toEqual([TEXT.slice(0, cut), TEXT.slice(cut + 2)]);
    const added = tokens.findIndex((t) => TEXT.slice(t.start, t.end) === 'added');
    const he = tokens.findIndex((t) => TEXT.slice(t.start, t.end) === 'he');
    expect(tokens[he]).toMatchObject({ head: added, rel: 'nsubj', sentence: 0 });
    for (const t of tokens) {
      expect(t.head === -1 || tokens[t.head]!.sentence === t.sentence).toBe(true);
    }
    expect(TEXT.slice(tokens[3]!.start, tokens[3]!.end)).toBe('’s');
  });

  it('tag and parse with the sums of words\' own features kept as with every feature summed afresh', () => {
    // The committed weights are 16-bit integers: the tagger and parser keep the sums of the features of a word
    // alone. The same weights as floats take the path that sums every feature for every decision.
    const asFloats = (name: string, bits: number, classes: number, arrays: ReturnType<typeof decodeModel>['arrays']) =>
      new Weights({ ...weightsFrom(name, bits, classes, arrays), quantised: undefined });
    const t = decodeModel(readFileSync(join(MODELS_DIR, 'tagger.bin')));
    const tm = t.meta as { bits: number; meta: TaggerMeta };
    const floatTagger = new Tagger({ ...tm.meta, dictionary: models.tagger.meta.dictionary, lexicon: models.tagger.meta.lexicon }, asFloats('w', tm.bits, tm.meta.tags.length, t.arrays), models.tagger['clusters']);
    const p = decodeModel(readFileSync(join(MODELS_DIR, 'parser.bin')));
    const pm = p.meta as { actionBits: number; labelBits: number; meta: ParserMeta };
    const floatParser = new Parser(pm.meta, asFloats('a', pm.actionBits, 3, p.arrays), new Weights(weightsFrom('l', pm.labelBits, pm.meta.labels.length, p.arrays)));
    const stories = readFileSync(join(MODELS_DIR, '..', 'examples', 'voa', 'voa_stories.jsonl'), 'utf8').split('\n', 3);
    const text = stories.map((line) => (JSON.parse(line) as { text: string }).text).join('\n');
    const paragraphs = [...text.matchAll(/[^\n]+/g)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
    const { words, sentences } = segment(text, paragraphs);
    expect(sentences.length).toBeGreaterThan(10);
    // Twice over: the second time every word's sums are already kept.
    for (const pass of [1, 2]) {
      for (const s of sentences) {
        const forms = words.slice(s.first, s.last).map((w) => w.form);
        const tags = models.tagger.tag(forms);
        expect(tags, `pass ${pass}`).toEqual(floatTagger.tag(forms));
        const upos = tags.map((x) => x.upos), xpos = tags.map((x) => x.xpos);
        expect(models.parser.parse(forms, upos, xpos)).toEqual(floatParser.parse(forms, upos, xpos));
      }
    }
  });
});
