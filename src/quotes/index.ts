import type { Quote, Span } from '../model/index.js';
import type { Stage } from '../pipeline/stage.js';
import { cueSets, type QuoteCues } from './cues.js';
import { directQuote, type Draft } from './direct.js';
import { findMarkedQuotes } from './marks.js';
import { reportedSpeech } from './reported.js';
import { TokenView } from './sentence.js';
import { subjectOf } from './phrase.js';
import { SpeakerResolver, type Speaker } from './speaker.js';

export { QuoteCues, loadQuoteCues } from './cues.js';
export { findMarkedQuotes, type MarkedQuote } from './marks.js';

/** How far (in characters) a quote without its own clause may be from the previous one to share its speaker. */
const CARRY = 400;

/**
 * Direct quotes by their marks and reported speech by its clause, each with its speaker resolved through the
 * entities layer's mentions and chains, and the cue verb as written.
 */
export function createQuotesStage(cues: QuoteCues): Stage {
  const sets = cueSets(cues);
  return {
    name: 'quotes',
    requires: ['tokens', 'mentions', 'actors'],
    assigns: ['quotes'],
    run(doc) {
      const view = new TokenView(doc);
      const direct = findMarkedQuotes(doc.article.text, doc.article.paragraphs).flatMap((q) => {
        const draft = directQuote(view, q, sets);
        return draft ? [{ q, draft }] : [];
      });
      const covered: Span[] = direct.map(({ q, draft }) => ({ start: q.open, end: Math.max(q.close, draft.quote?.end ?? 0) }));
      const drafts = [...direct.map((d) => d.draft), ...reportedSpeech(view, sets, covered), ...sentenceSubjects(view)].sort((a, b) => a.at - b.at);
      return { quotes: resolveSpeakers(drafts, new SpeakerResolver(view, doc)).sort((a, b) => a.start - b.start) };
    },
  };
}

/** Speakers in reading order, so that "he" means the last one named; a direct quote with no clause of its own continues the one before. */
function resolveSpeakers(drafts: Draft[], speakers: SpeakerResolver): Quote[] {
  let previous: { quote: Quote; speaker: Speaker } | null = null;
  const out: Quote[] = [];
  for (const { quote, phrase } of drafts) {
    if (!quote) {
      if (phrase) speakers.see(phrase);
      continue;
    }
    let speaker: Speaker | null = phrase ? speakers.resolve(phrase) : null;
    if (speaker) quote.speaker = speaker.span;
    else if (quote.direct && previous && quote.start - previous.quote.end < CARRY) {
      speaker = previous.speaker;
      quote.cue = previous.quote.cue;
      quote.speaker = previous.quote.speaker;
    }
    if (speaker) {
      quote.speakerActorId = speaker.actorId;
      quote.speakerText = speaker.text;
      if (quote.direct) previous = { quote, speaker };
    }
    out.push(quote);
  }
  return out;
}

/** The subject of each sentence's first verb: who the story is about as it goes, for later pronouns. */
function sentenceSubjects(view: TokenView): Draft[] {
  const out: Draft[] = [];
  for (const [s, e] of view.sentences) {
    for (let v = s; v < e; v++) {
      if (!view.isVerb(v)) continue;
      const phrase = subjectOf(view, v);
      if (phrase) out.push({ quote: null, phrase, at: view.tokens[phrase.first]!.start - 0.5 });
      break;
    }
  }
  return out;
}
