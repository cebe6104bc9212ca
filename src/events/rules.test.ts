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

describe('comments', () => {
  it('codes a comment as a statement (010) and a refusal to comment as 011', () => {
    const codes = (sentence: string) => coder(sentenceDoc(models, sentence)).map((e) => e.cameo);
    const comment = codes('Greek Prime Minister Kyriakos Mitsotakis commented on the Turkish-Libyan border agreement.');
    expect(comment).toContain('010');
    expect(comment).not.toContain('011');
    expect(codes('NATO declined to comment on the Serbian report.')).toEqual(['011']);
  });
});

describe('leadership change', () => {
  it('reads removing or replacing a leader as a change of leadership, not removing people or things', () => {
    const codes = (sentence: string) => coder(sentenceDoc(models, sentence)).map((e) => e.cameo);
    expect(codes('Protesters demanded that the president be removed from office.')).toEqual(['1041']);
    expect(codes('DHS officials decided to remove all 40 remaining migrants from the prison.')).not.toContain('0341');
  });
});

describe('appeals', () => {
  it('reads a question as no appeal, nor removing sanctions on a government as a change of leadership, and "urged X to be calm" as one', () => {
    const codes = (sentence: string) => coder(sentenceDoc(models, sentence)).map((e) => e.cameo);
    // A question word opening the text (a check once read the token before it).
    expect(() => codes('Why Iran attacked Iraq, Kenya asked.')).not.toThrow();
    expect(codes('Reporters asked whether Iran would resume talks with the United States.')).not.toContain('020');
    expect(codes('The UN urged Israel to be calm.')).toEqual(['020']);
    expect(codes('Venezuela urged the United States to remove sanctions on the government.')).not.toContain('0241');
  });
});
