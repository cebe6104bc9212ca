import { describe, expect, it } from 'vitest';
import { createQuotesStage, loadQuoteCues } from './index.js';
import { docFromWords } from './testing.js';

const stage = createQuotesStage(loadQuoteCues());
const quotes = (words: string) => stage.run(docFromWords(words)).quotes!;

describe('what is not a quote', () => {
  it('does not take a short phrase in marks with no verb of saying for a quote', () => {
    expect(quotes('The/DET so-called/ADJ “/PUNCT peace/NOUN plan/NOUN ”/PUNCT failed/VERB/fail ./PUNCT')).toEqual([]);
  });

  it('reads a text that ends on a verb, with no stop after it', () => {
    expect(quotes('The/DET minister/NOUN resigned/VERB/resign')).toEqual([]);
  });

  it('does not take a title in marks for a quote', () => {
    expect(quotes('She/PRON read/VERB/read “/PUNCT War/PROPN and/CCONJ Peace/PROPN ”/PUNCT again/ADV ./PUNCT')).toEqual([]);
  });

  it('does not take inch marks for a quote', () => {
    expect(quotes('The/DET TV/NOUN has/VERB/have a/DET 55"/NUM screen/NOUN and/CCONJ a/DET 12"/NUM stand/NOUN ./PUNCT')).toEqual([]);
  });

  it('does not take "said" with only a place and time after it for reported speech', () => {
    expect(quotes('Rouhani/PROPN said/VERB/say in/ADP Tehran/PROPN on/ADP Wednesday/PROPN ./PUNCT')).toEqual([]);
  });

  it('does not take "the said agreement" for a cue', () => {
    expect(quotes('The/DET said/ADJ agreement/NOUN expired/VERB/expire last/ADJ year/NOUN ./PUNCT')).toEqual([]);
  });

  it('does not take a verb with a noun object for reported speech', () => {
    expect(quotes('Rouhani/PROPN denounced/VERB/denounce the/DET assassination/NOUN of/ADP the/DET general/NOUN ./PUNCT')).toEqual([]);
  });
});
