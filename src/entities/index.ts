import type { KnowledgeBase } from '../actors/kb/index.js';
import { resolveMentions } from '../actors/resolve/resolve.js';
import type { Stage } from '../pipeline/stage.js';
import { AgentWords } from './agents.js';
import { TokenView, type EntityResources } from './context.js';
import { findCandidates } from './find.js';
import { Gazetteer, loadCommonWords, loadGeographicNames, loadPlaceNames, placeRows, readPlacesFile } from './gazetteer.js';
import { loadShadowedCapitals } from './capitals.js';
import { loadGivenNames } from './given-names.js';
import { loadPlaceCountries, loadRegionCountries } from './place-countries.js';
import type { TagSpan } from './iob.js';
import { loadRecognizer } from './model.js';
import type { Recognizer } from './recognizer.js';
import { loadCountryWords, loadPortfolios, loadTitles } from './titles.js';

export { parseIob, toIob2, toSpans, type IobSentence, type TagSpan } from './iob.js';
export { scoreIob, type SpanScore } from './score.js';
export { Gazetteer } from './gazetteer.js';
export type { Recognizer } from './recognizer.js';
export type { EntityResources } from './context.js';

export interface EntityModels extends EntityResources {
  recognizer: Recognizer;
}

/** The recogniser, gazetteer, title and agent words over a loaded knowledge base (built once; ~0.3 s). */
export function loadEntityModels(kb: KnowledgeBase, options: { modelFile?: string } = {}): EntityModels {
  const places = readPlacesFile();
  const rows = placeRows(places);
  const gazetteer = new Gazetteer(kb, loadCommonWords(), loadPlaceNames(undefined, rows), loadGeographicNames());
  return {
    kb,
    gazetteer,
    titles: loadTitles(),
    portfolios: loadPortfolios(),
    countryNouns: loadCountryWords(),
    agents: new AgentWords(kb),
    countryWords: new Map(),
    shadowedCapitals: loadShadowedCapitals(kb.countries.values(), places),
    givenNames: loadGivenNames(),
    placeCountries: loadPlaceCountries(rows),
    regionCountries: loadRegionCountries(rows),
    recognizer: loadRecognizer(gazetteer, options.modelFile),
  };
}

/**
 * Mentions: named entities, role words, nationality words, generic actors, pronouns, in coreference chains and
 * resolved to actors at the article's date. Resolution lives here rather than in the actors stage because
 * chains need it (the president is the person whose office is president then); the actors stage describes
 * the actors the mentions point to.
 */
export function createEntitiesStage(models: EntityModels): Stage {
  return {
    name: 'entities',
    requires: ['article', 'sentences', 'tokens'],
    assigns: ['mentions'],
    run(doc) {
      const view = new TokenView(doc);
      const spans = recogniseTokens(models.recognizer, view);
      const candidates = findCandidates(view, models, spans);
      return { mentions: resolveMentions(view, models, candidates, doc.article.published ?? null) };
    },
  };
}

/** Entity spans over the document's tokens, as token indices into `doc.tokens`. */
export function recogniseTokens(recognizer: Recognizer, view: TokenView): TagSpan[] {
  const sentences: Array<{ first: number; words: string[]; upos: string[]; xpos: string[] }> = [];
  view.tokens.forEach((t, i) => {
    let s = sentences.at(-1);
    if (!s || view.tokens[s.first]!.sentence !== t.sentence) sentences.push((s = { first: i, words: [], upos: [], xpos: [] }));
    s.words.push(view.words[i]!);
    s.upos.push(t.upos);
    s.xpos.push(t.xpos);
  });
  return recognizer.recognise(sentences).flatMap((spans, k) => spans.map((x) => ({ ...x, start: x.start + sentences[k]!.first, end: x.end + sentences[k]!.first })));
}
