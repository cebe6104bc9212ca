import { describe, expect, it } from 'vitest';
import { loadCameoExamples, scoreCameoExamples } from '../eval/_cameo-examples.js';
import { loadOntology } from '../src/events/ontology/index.js';

const examples = loadCameoExamples();

describe('the CAMEO manual examples', () => {
  it('are 277 sentences, each with a known CAMEO code and its root', () => {
    const ontology = loadOntology();
    expect(examples).toHaveLength(277);
    for (const e of examples) {
      expect(ontology.isCameo(e.code), e.code).toBe(true);
      expect(e.root).toBe(e.code.slice(0, 2));
      expect(e.sentence).not.toMatch(/Note:|‚Äô/);
    }
  });

  it('score a coder that always answers right at 100 % and one that finds nothing at 0 %', async () => {
    const byText = new Map(examples.map((e) => [e.sentence, e.code]));
    const oracle = await scoreCameoExamples((s) => [{ cameo: byText.get(s)! }], examples);
    expect([oracle.root, oracle.exact, oracle.rootPrecision]).toEqual([1, 1, 1]);
    const nothing = await scoreCameoExamples(() => [], examples);
    expect([nothing.root, nothing.exact, nothing.none]).toEqual([0, 0, 1]);
    expect(nothing.misses).toHaveLength(examples.length);
  });

  it('count a sibling code as the right root but not the exact code', async () => {
    const one = [examples.find((e) => e.code === '111')!];
    const score = await scoreCameoExamples(() => [{ cameo: '112' }], one);
    expect([score.root, score.exact]).toEqual([1, 0]);
    expect(score.byRoot).toEqual([{ root: '11', n: 1, rootHits: 1, exactHits: 0 }]);
  });
});
