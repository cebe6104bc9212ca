import type { EntityResources } from '../../entities/context.js';
import type { Stage } from '../../pipeline/stage.js';
import { describeActors } from './describe.js';

export { describeActors } from './describe.js';
export { resolveMentions } from './resolve.js';

/** The actors layer: each actor the mentions resolved to, with its role, country, agent and code at the article's date. */
export function createActorsStage(res: EntityResources): Stage {
  return {
    name: 'actors',
    requires: ['article', 'mentions'],
    assigns: ['actors'],
    run(doc) {
      return { actors: describeActors(res, doc.mentions, doc.article.published ?? null, doc.article.text) };
    },
  };
}
