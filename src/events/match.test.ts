import { describe, expect, it } from 'vitest';
import { loadNlpModels } from '../nlp/index.js';
import { loadAgentWords } from './agent-words.js';
import { createCoder, loadRules } from './index.js';
import { loadOntology } from './ontology/index.js';
import { sentenceDoc } from './sentence-doc.js';

const ontology = loadOntology();
const models = loadNlpModels();
const coder = createCoder(ontology, loadRules(ontology), { require: 'none', actorWords: loadAgentWords() });
const codes = (sentence: string) => coder(sentenceDoc(models, sentence)).map((e) => e.cameo);

describe('the words a rule needs', () => {
  it('finds an object through its -ies plural, which the lemmatiser may keep: "reduced food supplies"', () => {
    expect(codes('The United Nations reduced food supplies to Cambodia.')).toContain('1623');
  });

  it('needs a direct object where the rule says so: "returned the statues to Benin", not "returned to Benin"', () => {
    expect(codes('France returned the looted statues to Benin.').map((c) => c.slice(0, 2))).toContain('08');
    expect(codes('The minister returned to Benin.')).toEqual([]);
  });
});
