import type { Stage } from '../pipeline/stage.js';
import { extractTimes } from './extract.js';
import { publicationTime } from './publication.js';

export { extractTimes } from './extract.js';

/**
 * The time stage: temporal expressions with normalised values, anchored at
 * the publication time. It reads the tense of a clause from cue words for
 * now; when the nlp stage is in the pipeline it will read the tokens' tags.
 */
export function createTimeStage(): Stage {
  return {
    name: 'time',
    requires: ['article'],
    assigns: ['times'],
    run: (doc) => {
      const times = extractTimes(doc.article.text, doc.article.published);
      const stamp = times.some((t) => t.role === 'publication') ? null : publicationTime(doc.article);
      return { times: stamp ? [stamp, ...times] : times };
    },
  };
}
