import type { Stage } from '../pipeline/stage.js';
import { extractAmounts } from './extract.js';

export { extractAmounts } from './extract.js';

/**
 * The amounts stage: money in ISO 4217 codes, percentages and counts of
 * people. It reads the words around an amount for its period and subject
 * until the nlp stage's parse is in the pipeline.
 */
export function createAmountsStage(): Stage {
  return {
    name: 'amounts',
    requires: ['article'],
    assigns: ['amounts'],
    run: (doc) => ({ amounts: extractAmounts(doc.article.text) }),
  };
}
