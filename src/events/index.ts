import type { Stage } from '../pipeline/stage.js';
import { createCoder, type CoderOptions } from './coder.js';
import type { Ontology } from './ontology/index.js';
import type { Rules } from './rules/load.js';

export { createCoder, type Coder, type CoderOptions } from './coder.js';
export { loadRules, rulesDir, type Rules } from './rules/load.js';
export { Rule, Role, Frame } from './rules/schema.js';

/**
 * The events stage: coded events from the rules in data/rules over the
 * dependency parse, with actors from the mentions and actors layers (empty
 * until those stages run), dates from the times layer and places from the
 * places layer.
 */
export function createEventsStage(ontology: Ontology, rules: Rules, options: CoderOptions = {}): Stage {
  const coder = createCoder(ontology, rules, options);
  return {
    name: 'events',
    requires: ['sentences', 'tokens', 'mentions', 'actors', 'times', 'places', 'quotes'],
    assigns: ['events'],
    run: (doc) => ({ events: coder(doc) }),
  };
}
