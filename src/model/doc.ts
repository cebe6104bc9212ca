import { z } from 'zod';
import { Article } from './article.js';
import { Actor, Amount, Event, Mention, Place, Quote, Sentence, TimeExpression, Token } from './layers.js';

/** The document `dyad code` prints (OUTPUT.md): the article and every layer the stages add. */
export const Doc = z.object({
  article: Article,
  sentences: z.array(Sentence),
  tokens: z.array(Token),
  mentions: z.array(Mention),
  actors: z.array(Actor),
  times: z.array(TimeExpression),
  places: z.array(Place),
  quotes: z.array(Quote),
  amounts: z.array(Amount),
  events: z.array(Event),
});
export type Doc = z.infer<typeof Doc>;

/** A layer name: what a stage requires or assigns. */
export type Layer = keyof Doc;
export const LAYERS = Object.keys(Doc.shape) as Layer[];

export function emptyDoc(article: Article): Doc {
  return { article, sentences: [], tokens: [], mentions: [], actors: [], times: [], places: [], quotes: [], amounts: [], events: [] };
}
