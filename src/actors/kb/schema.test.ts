import { describe, expect, it } from 'vitest';
import { KbEntry } from './schema.js';
import { parseEntryLine } from './load.js';

describe('knowledge-base schema', () => {
  it('accepts a person with a dated role and fills in the defaults', () => {
    const entry = KbEntry.parse({
      kind: 'actor',
      id: 'fuad-hussein',
      name: 'Fuad Hussein',
      type: 'person',
      country: 'IRQ',
      roles: [{ role: 'Foreign Minister', code: 'IRQGOV', from: '2020-06-06', source: 'test' }],
      source: 'test',
    });
    expect(entry.kind === 'actor' && entry.aliases).toEqual([]);
    expect(entry.kind === 'actor' && entry.roles[0]!.to).toBeNull();
  });

  it('accepts dates known only to the month or year', () => {
    expect(KbEntry.safeParse({ kind: 'actor', id: 'x', name: 'X', type: 'person', roles: [{ code: 'IRNMIL', from: '1998', to: '2020-01' }], source: 's' }).success).toBe(true);
  });

  it('accepts countries and agent words', () => {
    expect(KbEntry.safeParse({ kind: 'country', iso3: 'IRQ', iso2: 'IQ', cameo: 'IRQ', name: 'Iraq', adjectives: ['Iraqi'], capital: ['Baghdad'], source: 's' }).success).toBe(true);
    expect(KbEntry.safeParse({ kind: 'agent', word: 'parliament', code: 'LEG', source: 's' }).success).toBe(true);
  });

  it('rejects an entry without a source, a bad code or a bad date, naming the field', () => {
    expect(() => parseEntryLine('{"kind":"agent","word":"x","code":"LEG"}', 'f.jsonl:3')).toThrow(/^f\.jsonl:3: source: /);
    expect(() => parseEntryLine('{"kind":"agent","word":"x","code":"LEGX","source":"s"}', 'f.jsonl:1')).toThrow(/code: Expected a CAMEO code/);
    expect(() => parseEntryLine('{"kind":"actor","id":"x","name":"X","type":"person","roles":[{"code":"IRNGOV","from":"3 May 2020"}],"source":"s"}', 'f:1')).toThrow(/roles\.0\.from: Expected a date/);
    expect(() => parseEntryLine('{not json', 'f:2')).toThrow('f:2: Not valid JSON');
    expect(() => parseEntryLine('{"kind":"actor","id":"x","name":"X","type":"group","removeNames":"Y","source":"s"}', 'f:4')).toThrow(/removeNames: /);
    expect(() => parseEntryLine('{"kind":"actor","id":"x","name":"X","type":"group","removeNames":[""],"source":"s"}', 'f:5')).toThrow(/removeNames\.0: /);
  });
});
