import type { Stage } from '../pipeline/stage.js';
import { extractTimes } from './extract.js';
import { publicationTime } from './publication.js';
import { tenseFromTokens } from './verb-tense.js';

export { extractTimes } from './extract.js';

/**
 * The time stage: temporal expressions with normalised values, anchored at
 * the publication time and at the tense of their clause, which the token
 * layer gives (the verb a time hangs on and its auxiliaries), else the
 * nearest cue word.
 */
export function createTimeStage(): Stage {
  return {
    name: 'time',
    requires: ['article', 'tokens'],
    assigns: ['times'],
    run: (doc) => {
      const { text, published } = doc.article;
      const times = extractTimes(text, published, tenseFromTokens(text, doc.tokens));
      const stamp = times.some((t) => t.role === 'publication') ? null : publicationTime(doc.article);
      return { times: stamp ? [stamp, ...times] : times };
    },
  };
}
