import { describe, expect, it } from 'vitest';
import { loadNlpModels } from '../nlp/index.js';
import { loadAgentWords } from './agent-words.js';
import { createCoder, loadRules } from './index.js';
import { loadOntology } from './ontology/index.js';
import { sentenceDoc } from './sentence-doc.js';

const ontology = loadOntology();
const rules = loadRules(ontology);
const models = loadNlpModels();
// Example sentences have no actors layer: proper nouns stand for actors.
const coder = createCoder(ontology, rules, { require: 'none', actorWords: loadAgentWords() });

describe('the rules in data/rules', () => {
  it('load, with unique ids and CAMEO codes', () => {
    expect(rules.all.length).toBeGreaterThan(100);
    for (const r of rules.all) expect(ontology.isCameo(r.code), r.id).toBe(true);
  });

  // One test per rule: its own example sentence gives an event of its code's root.
  for (const rule of rules.all) {
    if (rule.complementOnly) {
      // A complement-only rule names what a frame asks for: its example codes the frame's event, not its own.
      it(`${rule.id} codes nothing alone but gives its frame a sub-code in its example`, () => {
        const got = coder(sentenceDoc(models, rule.example)).map((e) => e.cameo);
        expect(got.filter((c) => c.length === 4 || c.startsWith('10') || c.startsWith('02')), `${rule.example} -> ${got.join(',')}`).not.toEqual([]);
        expect(got.some((c) => c === rule.code)).toBe(false);
      });
      continue;
    }
    it(`${rule.id} codes its example as ${rule.code}`, () => {
      const got = coder(sentenceDoc(models, rule.example)).map((e) => e.cameo);
      expect(got.map((c) => c.slice(0, 2)), `${rule.example} -> ${got.join(',')}`).toContain(rule.code.slice(0, 2));
    });
  }
});
