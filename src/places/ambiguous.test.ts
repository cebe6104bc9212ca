import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadKnowledgeBase } from '../actors/kb/index.js';
import { createPlacesStage, loadGazetteer, loadPlaceCues } from './index.js';
import type { Stage } from '../pipeline/stage.js';
import { docFromText } from './testing.js';

interface Case { text: string; name: string; country: string | null; kind: string; reason: string }
const file = join(import.meta.dirname, '..', '..', 'eval', 'gold', 'places-ambiguous.jsonl');
const cases: Case[] = readFileSync(file, 'utf8').split('\n').filter((l) => l.startsWith('{')).map((l) => JSON.parse(l) as Case);

let stage: Stage;
beforeAll(() => {
  const kb = loadKnowledgeBase({ userDir: null });
  stage = createPlacesStage(loadGazetteer(kb.countries.values()), loadPlaceCues(), { mentions: false });
});

describe('ambiguous place names in news (eval/gold/places-ambiguous.jsonl)', () => {
  it('has at least 50 cases, each with its reason', () => {
    expect(cases.length).toBeGreaterThanOrEqual(50);
    for (const c of cases) expect(c.reason.length).toBeGreaterThan(5);
  });

  it.each(cases.filter((c) => c.country))('resolves $name: $reason', (c) => {
    const at = c.text.indexOf(c.name);
    const place = stage.run(docFromText(c.text)).places!.find((p) => p.start === at);
    expect(place?.country ?? null).toBe(c.country);
  });
});
