import { describe, expect, it } from 'vitest';
import type { Doc, Mention } from '../model/index.js';
import { createQuotesStage, loadQuoteCues } from './index.js';
import { docFromWords, spanOf } from './testing.js';

const stage = createQuotesStage(loadQuoteCues());
const quotes = (doc: Doc) => stage.run(doc).quotes!;
const brief = (doc: Doc) => quotes(doc).map((q) => ({ text: q.text, direct: q.direct, speaker: q.speakerText, cue: q.cue }));

function mention(doc: Doc, words: string, type: Mention['type'], actorId: string | null, chain: number | null, n = 0): Mention {
  return { ...spanOf(doc, words, n), text: words, type, actorId, chain };
}

describe('direct quotes', () => {
  it('takes the speaker from the clause after the quote', () => {
    const doc = docFromWords('“/PUNCT Iran/PROPN and/CCONJ Iraq/PROPN share/VERB strong/ADJ ties/NOUN ,/PUNCT ”/PUNCT Rouhani/PROPN said/VERB/say ./PUNCT');
    expect(brief(doc)).toEqual([{ text: 'Iran and Iraq share strong ties', direct: true, speaker: 'Rouhani', cue: 'said' }]);
  });

  it('takes the speaker from an inverted clause', () => {
    const doc = docFromWords('“/PUNCT We/PRON will/AUX never/ADV give/VERB up/ADP ,/PUNCT ”/PUNCT said/VERB/say the/DET minister/NOUN ./PUNCT');
    expect(brief(doc)[0]).toMatchObject({ speaker: 'the minister', cue: 'said' });
  });

  it('ends an unclosed quote at its own reporting clause and keeps "quoted as saying"', () => {
    const doc = docFromWords(
      '“/PUNCT These/DET commonalities/NOUN connect/VERB us/PRON in/ADP many/ADJ ways/NOUN and/CCONJ Rouhani/PROPN was/AUX quoted/VERB/quote as/SCONJ saying/VERB/say by/ADP President.ir/PROPN ./PUNCT ¶ He/PRON left/VERB ./PUNCT',
    );
    const [q] = quotes(doc);
    expect(q).toMatchObject({ text: 'These commonalities connect us in many ways', direct: true, speakerText: 'Rouhani', cue: 'quoted as saying' });
  });

  it('gives scare quotes inside a reporting clause to the clause’s speaker', () => {
    const doc = docFromWords(
      'President/PROPN Hassan/PROPN Rouhani/PROPN spoke/VERB/speak ./PUNCT He/PRON described/VERB/describe the/DET cooperation/NOUN as/ADP a/DET “/PUNCT very/ADV good/ADJ case/NOUN in/ADP point/NOUN ”/PUNCT ./PUNCT',
    );
    expect(quotes(doc).filter((q) => q.direct)).toMatchObject([{ text: 'very good case in point', speakerText: 'President Hassan Rouhani', cue: 'described' }]);
  });

  it('keeps a parenthesis and an apposition with the speaker’s name', () => {
    const doc = docFromWords(
      '“/PUNCT It/PRON is/AUX a/DET dog/NOUN whistle/NOUN to/ADP all/DET Americans/PROPN ,/PUNCT ”/PUNCT Rep./PROPN Gwen/PROPN Moore/PROPN (/PUNCT D-Wis./PROPN )/PUNCT said/VERB/say ./PUNCT ¶ “/PUNCT He/PRON is/AUX right/ADJ about/ADP the/DET ranks/NOUN ,/PUNCT ”/PUNCT Flynn/PROPN ,/PUNCT a/DET top/ADJ surrogate/NOUN ,/PUNCT said/VERB/say ./PUNCT',
    );
    const [a, b] = quotes(doc);
    expect(a!.speaker).toEqual(spanOf(doc, 'Rep. Gwen Moore (D-Wis.)'));
    expect(b!.speaker).toEqual(spanOf(doc, 'Flynn, a top surrogate'));
  });

  it('resolves "he" through the coreference chain of the entities layer', () => {
    const doc = docFromWords(
      'Zarif/PROPN arrived/VERB ./PUNCT ¶ “/PUNCT The/DET talks/NOUN went/VERB well/ADV and/CCONJ will/AUX continue/VERB ,/PUNCT ”/PUNCT he/PRON added/VERB/add ./PUNCT',
    );
    doc.mentions = [mention(doc, 'Zarif', 'PER', 'mohammad-javad-zarif', 3), mention(doc, 'he', 'PER', null, 3)];
    doc.actors = [{ id: 'mohammad-javad-zarif', name: 'Mohammad Javad Zarif', type: 'person', country: 'IRN', agent: 'GOV', role: 'Foreign Minister', code: 'IRNGOV' }];
    const [q] = quotes(doc);
    expect(q).toMatchObject({ speakerActorId: 'mohammad-javad-zarif', speakerText: 'Mohammad Javad Zarif', cue: 'added', speaker: spanOf(doc, 'he') });
  });

  it('without chains, takes "he" for the last speaker named', () => {
    const doc = docFromWords(
      'Rouhani/PROPN said/VERB/say the/DET talks/NOUN went/VERB well/ADV ./PUNCT ¶ “/PUNCT We/PRON are/AUX brothers/NOUN and/CCONJ friends/NOUN ,/PUNCT ”/PUNCT he/PRON added/VERB/add ./PUNCT',
    );
    expect(quotes(doc).find((q) => q.direct)).toMatchObject({ speakerText: 'Rouhani', speaker: spanOf(doc, 'he') });
  });

  it('resolves a description by the title it repeats', () => {
    const doc = docFromWords(
      'Iraqi/ADJ Foreign/ADJ Minister/PROPN Fuad/PROPN Hussein/PROPN arrived/VERB ./PUNCT Rouhani/PROPN said/VERB/say the/DET talks/NOUN went/VERB well/ADV ./PUNCT ¶ “/PUNCT We/PRON will/AUX never/ADV forget/VERB this/PRON ,/PUNCT ”/PUNCT the/DET Iraqi/ADJ foreign/ADJ minister/NOUN said/VERB/say ./PUNCT',
    );
    expect(quotes(doc).find((q) => q.direct)).toMatchObject({ speakerText: 'Fuad Hussein' });
  });

  it('continues the speaker of the quote before for a quote with no clause of its own', () => {
    const doc = docFromWords(
      '“/PUNCT We/PRON will/AUX win/VERB this/DET fight/NOUN ,/PUNCT ”/PUNCT Biden/PROPN said/VERB/say ./PUNCT “/PUNCT There/PRON is/AUX no/DET doubt/NOUN about/ADP it/PRON at/ADP all/DET ./PUNCT ”/PUNCT',
    );
    expect(quotes(doc).map((q) => q.speakerText)).toEqual(['Biden', 'Biden']);
  });
});

describe('reported speech', () => {
  it('takes "X said (that) …" with the clause as content, without "that"', () => {
    const doc = docFromWords('Hussein/PROPN asserted/VERB/assert that/SCONJ Baghdad/PROPN was/AUX pursuing/VERB/pursue the/DET withdrawal/NOUN ./PUNCT');
    expect(brief(doc)).toEqual([{ text: 'Baghdad was pursuing the withdrawal', direct: false, speaker: 'Hussein', cue: 'asserted' }]);
  });

  it('takes a clause before ", he added"', () => {
    const doc = docFromWords('Hassan/PROPN Rouhani/PROPN arrived/VERB ./PUNCT Iran/PROPN supports/VERB Iraq/PROPN in/ADP the/DET region/NOUN ,/PUNCT he/PRON added/VERB/add ./PUNCT');
    expect(brief(doc)).toEqual([{ text: 'Iran supports Iraq in the region', direct: false, speaker: 'Hassan Rouhani', cue: 'added' }]);
  });

  it('takes "according to X"', () => {
    const doc = docFromWords('The/DET army/NOUN withdrew/VERB from/ADP the/DET city/NOUN ,/PUNCT according/VERB/accord to/ADP the/DET ministry/NOUN ./PUNCT');
    expect(brief(doc)).toEqual([{ text: 'The army withdrew from the city', direct: false, speaker: 'the ministry', cue: 'according to' }]);
  });

  it('skips the listener of "told reporters that"', () => {
    const doc = docFromWords('Zarif/PROPN told/VERB/tell reporters/NOUN that/SCONJ the/DET deal/NOUN was/AUX dead/ADJ ./PUNCT');
    expect(brief(doc)).toEqual([{ text: 'the deal was dead', direct: false, speaker: 'Zarif', cue: 'told' }]);
  });

  it('takes an infinitive with its listener: "urged Obama to …"', () => {
    const doc = docFromWords('Pelosi/PROPN urged/VERB/urge Obama/PROPN to/PART retaliate/VERB against/ADP Russia/PROPN ./PUNCT');
    expect(brief(doc)).toEqual([{ text: 'Obama to retaliate against Russia', direct: false, speaker: 'Pelosi', cue: 'urged' }]);
  });

  it('takes a question reported with "whether"', () => {
    const doc = docFromWords('Reporters/NOUN asked/VERB/ask whether/SCONJ the/DET talks/NOUN had/AUX failed/VERB/fail ./PUNCT');
    expect(brief(doc)).toEqual([{ text: 'whether the talks had failed', direct: false, speaker: 'Reporters', cue: 'asked' }]);
  });

  it('takes the subject from the parse when there is one', () => {
    // The spokesman of the ministry said the talks failed .
    const doc = docFromWords('The/DET spokesman/NOUN of/ADP the/DET ministry/NOUN said/VERB/say the/DET talks/NOUN failed/VERB/fail ./PUNCT', {
      heads: [1, 5, 4, 4, 1, -1, 7, 8, 5, 5],
      rels: ['det', 'nsubj', 'case', 'det', 'nmod', 'root', 'det', 'nsubj', 'ccomp', 'punct'],
    });
    expect(brief(doc)).toEqual([{ text: 'the talks failed', direct: false, speaker: 'The spokesman of the ministry', cue: 'said' }]);
  });
});
