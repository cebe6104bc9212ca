import type { Article, TimeExpression } from '../model/index.js';
import { formatMoment } from './calendar.js';
import { referenceMoment } from './reference.js';

/**
 * The publication time as a time of the layer, when the read stage took its
 * stamp off the text (`publishedText`): an empty span at 0 says it is not in
 * `text`. The value is the wall clock, like every value of the layer; the
 * offset stays in `article.published`.
 */
export function publicationTime(article: Pick<Article, 'published' | 'publishedText'>): TimeExpression | null {
  const moment = referenceMoment(article.published);
  if (!moment || !article.publishedText || !article.published) return null;
  const clock = /T\d{2}:\d{2}/.test(article.published);
  const value = clock ? formatMoment(moment) : article.published.slice(0, 10);
  return { start: 0, end: 0, text: article.publishedText, value, granularity: clock ? 'minute' : 'day', role: 'publication', range: null };
}
