import { describe, expect, it } from 'vitest';
import { loadNlpModels } from '../nlp/index.js';
import { createPipeline } from '../pipeline/index.js';
import { loadAgentWords } from './agent-words.js';
import { createCoder, loadRules } from './index.js';
import { loadOntology } from './ontology/index.js';
import { sentenceDoc } from './sentence-doc.js';

const ontology = loadOntology();
const coder = createCoder(ontology, loadRules(ontology), { require: 'either', actorWords: loadAgentWords() });
const models = loadNlpModels();

// What must not be coded: metaphor, sport, denial, negation, hypotheticals (eval/gold/events-negative.jsonl has more).
const NEGATIVES = [
  "The army of fans attacked the referee's decision after the final whistle.",
  'Critics attacked the film for its slow pace.',
  'Iran did not attack the ships in the Gulf, the ministry said.',
  'Turkey denied attacking Kurdish villages.',
  'If Russia invaded Finland, NATO would respond.',
  'Peace would allow the withdrawal of troops from the region.',
  'Japan failed to reach an agreement with China.',
  'The police prevented an attack on the embassy.',
  'The Iraqi foreign minister returned to Baghdad on Monday.',
  'President Mugabe fired his vice president in November.',
  'U.S. officials have yet to comment on the Iraqi claims.',
  'Iran is yet to respond to the American proposal.',
  'Reporters asked whether Iran would resume talks with the United States.',
];

describe('sentences that code no event', () => {
  for (const sentence of NEGATIVES) {
    it(`codes nothing in "${sentence}"`, () => {
      expect(coder(sentenceDoc(models, sentence)).map((e) => `${e.cameo} ${e.rule}`)).toEqual([]);
    });
  }
});

describe('places on both sides', () => {
  it('codes no assault between two towns no actor resolved: "Chelsea beat Tottenham" is football', () => {
    const pipeline = createPipeline();
    const doc = pipeline.code({ name: 'football', bytes: new TextEncoder().encode('Chelsea beat Tottenham on Thursday night in London. The match in Chelsea drew thousands of fans from Tottenham.'), format: 'text', hints: { published: '2024-05-02' } });
    expect(doc.events.map((e) => `${e.cameo} ${e.source.code}>${e.target.code}`)).toEqual([]);
    const shelled = pipeline.code({ name: 'shelling', bytes: new TextEncoder().encode('Russian forces shelled Kharkiv overnight.'), format: 'text', hints: { published: '2024-05-02' } });
    expect(shelled.events.map((e) => `${e.source.code}>${e.target.code}`)).toContain('RUSMIL>UKR');
  });
});

describe('the press', () => {
  it('takes speaking with a news outlet for an interview, not a consultation (04)', () => {
    const pipeline = createPipeline();
    const code = (text: string) => pipeline.code({ name: 'press', bytes: new TextEncoder().encode(text), format: 'text', hints: { published: '2021-01-01' } }).events.map((e) => e.cameo);
    expect(code('The Chinese foreign minister spoke with VOA on Monday.')).toEqual([]);
    expect(code('Erdogan spoke with Macron on Monday.')).toContain('040');
    expect(code('Kenyan journalists met President Uhuru Kenyatta on Monday.')).toContain('040');
  });
});

describe('sides named through a possessor', () => {
  it('takes "the company\'s shares" for no actor: shares that "attacked new highs" code nothing', () => {
    const text = "The company's shares attacked new highs on Monday.";
    const doc = createPipeline().code({ name: 'shares', bytes: new TextEncoder().encode(text), format: 'text', hints: { published: '2020-01-01' } });
    // As in the eval of single sentences: one resolved side is enough to code.
    const oneSide = createCoder(ontology, loadRules(ontology), { require: 'either' });
    expect(oneSide(doc).map((e) => `${e.cameo} ${e.rule}`)).toEqual([]);
  });
});

describe('nouns of events under other verbs', () => {
  it('does not make whoever condemns an attack its attacker', () => {
    const events = coder(sentenceDoc(models, "Iran's foreign ministry condemned the attack on the Saudi embassy."));
    expect(events.map((e) => e.cameo)).toContain('111');
    expect(events.filter((e) => e.cameo.startsWith('19')).map((e) => e.source.text)).not.toContain('ministry');
    for (const sentence of ['Iran condemned the wave of attacks on Saudi Arabia.', 'The Iraqi army stopped an attack on the Turkish embassy.']) {
      const attackers = coder(sentenceDoc(models, sentence)).filter((e) => e.cameo.startsWith('19')).map((e) => e.source.text);
      expect(attackers.filter(Boolean), sentence).toEqual([]);
    }
  });

  it('makes whoever launches an attack its attacker', () => {
    expect(coder(sentenceDoc(models, 'Turkey launched an attack on Kurdish militias.')).map((e) => e.cameo)).toContain('190');
  });
});

describe('stance', () => {
  it('codes "refused to meet" as a rejection of a meeting (125), not a meeting', () => {
    const codes = coder(sentenceDoc(models, 'President Katsav refused to meet King Abdullah in Tel Aviv.')).map((e) => e.cameo);
    expect(codes).toContain('125');
    expect(codes.some((c) => c.startsWith('04'))).toBe(false);
  });

  it('codes "will visit" as an intent to meet (036)', () => {
    expect(coder(sentenceDoc(models, 'The German foreign minister will visit Albania in June.')).map((e) => e.cameo)).toContain('036');
  });

  it('codes a visit still to come, named by a noun, as an intent to meet (036), not a visit ("Modi\'s upcoming visit")', () => {
    const codes = (text: string) => coder(sentenceDoc(models, text)).map((e) => e.cameo);
    expect(codes("Modi's upcoming visit to the Maldives was announced on Monday.")).toEqual(['036']);
    expect(codes("Trump's planned trip to Warsaw drew protests.")).not.toContain('042');
    expect(codes("Macron's visit to China ended on Friday.")).toEqual(['042']);
    // Not a visit qualified itself, which may be past.
    expect(codes("Xi's long-planned visit to Moscow took place on Monday.")).toContain('042');
  });
});
