import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadKnowledgeBase } from '../actors/kb/index.js';
import { createPlacesStage, loadGazetteer, loadPlaceCues } from './index.js';
import type { Stage } from '../pipeline/stage.js';
import { docFromText } from './testing.js';

interface Case { text: string; name: string; country: string | null; reason: string }
const file = join(import.meta.dirname, '..', '..', 'eval', 'gold', 'places-ambiguous.jsonl');
const cases: Case[] = readFileSync(file, 'utf8').split('\n').filter((l) => l.startsWith('{')).map((l) => JSON.parse(l) as Case);

let stage: Stage;
beforeAll(() => {
  const kb = loadKnowledgeBase({ userDir: null });
  stage = createPlacesStage(loadGazetteer(kb.countries.values()), loadPlaceCues(), { mentions: false });
});
const places = (text: string) => stage.run(docFromText(text)).places!;

describe('names that are no places', () => {
  it.each(cases.filter((c) => !c.country))('does not take $name for a place: $reason', (c) => {
    const at = c.text.indexOf(c.name);
    expect(places(c.text).filter((p) => p.start === at)).toEqual([]);
  });

  it('reads a place after a sentence that opens with "Of" ("Of Argentina\'s bondholders, 38% accepted")', () => {
    expect(places("The offer closed. Of Argentina's bondholders, 38.4% accepted.").map((p) => p.text)).toContain('Argentina');
  });

  it('does not take "Jordan" for the country inside a person the entities stage found', () => {
    const doc = docFromText('Jordan Henderson scored twice. Henderson said Jordan was a good team.');
    doc.mentions = [{ start: 0, end: 16, text: 'Jordan Henderson', type: 'PER', actorId: null, chain: null }];
    expect(stage.run(doc).places!.map((p) => p.start)).toEqual([46]);
  });

  it('does not take the last word of a person the entities stage found for a place later', () => {
    const doc = docFromText('Michael Jordan owns the Hornets. Jordan said the team would rebuild.');
    doc.mentions = [{ start: 0, end: 14, text: 'Michael Jordan', type: 'PER', actorId: null, chain: null }];
    expect(stage.run(doc).places).toEqual([]);
  });

  it('does not take acronyms for towns written in lower case (EU is not Eu, France)', () => {
    expect(places('The EU and the U.N. and NATO met.')).toEqual([]);
  });

  it('does not take a month for a town (March, England)', () => {
    expect(places('Talks resumed in March and ended in August.')).toEqual([]);
  });

  it('does not take an organisation named like a town for a place', () => {
    const doc = docFromText('The White House said the talks would go on.');
    doc.mentions = [{ start: 4, end: 15, text: 'White House', type: 'ORG', actorId: null, chain: null }];
    expect(stage.run(doc).places).toEqual([]);
  });

  it('does not take a small foreign town for a place without support from the story', () => {
    expect(places('Albert scored twice on Sunday.')).toEqual([]);
  });

  it('does not take the lower-case pronoun "us" for the United States', () => {
    expect(places('He told us to leave.')).toEqual([]);
  });

  it('does not take a nationality adjective for a town', () => {
    expect(places('The Iraqi and Georgian delegations met.').map((p) => p.text)).toEqual([]);
  });
});
