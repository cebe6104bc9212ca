import { describe, expect, it } from 'vitest';
import type { Doc } from '../model/index.js';
import { createPipeline } from '../pipeline/index.js';
import { honourAt } from './honours.js';

// Names as news from Malaysia, West Africa and the Arab world print them: the whole pipeline over short texts.
const pipeline = createPipeline();
const code = (text: string, published: string): Doc =>
  pipeline.code({ name: 'names', bytes: new TextEncoder().encode(text), format: 'text', hints: { published } });
const actorOf = (doc: Doc, text: string) => doc.actors.find((a) => a.id === doc.mentions.find((m) => m.text === text)?.actorId);

describe('honours before a name', () => {
  it('measures an honour by its words, and a surname alone is none', () => {
    const words = (text: string) => text.split(' ');
    expect(honourAt(words('Datuk Seri Anwar Ibrahim'), 0)).toBe(2);
    expect(honourAt(words("Dato ' Sri Najib Razak"), 0)).toBe(3);
    expect(honourAt(words('Tan Sri Muhyiddin Yassin'), 0)).toBe(2);
    expect(honourAt(words('Alhaji Atiku Abubakar'), 0)).toBe(1);
    expect(honourAt(words('Tan Cheng Bock'), 0)).toBe(0);
    expect(honourAt(words('Sri Mulyani Indrawati'), 0)).toBe(0);
  });

  it('leaves the honour out of the name, which the knowledge base then knows, and reads the role across it', () => {
    const doc = code('Prime Minister Datuk Seri Anwar Ibrahim met Tan Sri Muhyiddin Yassin in Putrajaya on Monday.', '2024-11-22');
    expect(actorOf(doc, 'Anwar Ibrahim')).toMatchObject({ id: 'anwar-ibrahim', code: 'MYSGOV' });
    expect(doc.mentions.find((m) => m.text === 'Anwar Ibrahim')?.role).toMatch(/^Prime Minister/);
    expect(actorOf(doc, 'Muhyiddin Yassin')?.country).toBe('MYS');
    expect(doc.mentions.filter((m) => m.type === 'PER').map((m) => m.text)).toEqual(['Anwar Ibrahim', 'Muhyiddin Yassin']);
  });
});

describe('one name romanised several ways', () => {
  it('finds "Khawaja Mohammad Asif" under the knowledge base\'s "Khawaja Muhammad Asif"', () => {
    const doc = code('Defense Minister Khawaja Mohammad Asif condemned the strikes on Wednesday.', '2025-05-07');
    expect(actorOf(doc, 'Khawaja Mohammad Asif')?.code).toMatch(/^PAKGOV/);
  });
});

describe('a town named in full once', () => {
  it('is the town where its first word stands alone later, not a person the knowledge base has by that name', () => {
    const doc = code('Power cuts hit Iloilo City on Sunday.\n\nThe Iloilo consumers asked President Rodrigo Duterte for help. Iloilo has waited for weeks.', '2020-07-05');
    expect(doc.mentions.filter((m) => m.text === 'Iloilo').map((m) => m.type)).not.toContain('PER');
    expect(doc.actors.map((a) => a.id)).not.toContain('ratu-josefa-iloilo');
  });
});


describe('a description by a title joined by a hyphen', () => {
  it('names one who holds that title, not another official of the country: "the director-general" is not the president', () => {
    const doc = code('South African President Cyril Ramaphosa spoke on Monday. Zane Dangor told the court that aid was blocked. The director-general accused Israel of breaking the law.', '2025-05-01');
    const described = doc.mentions.find((m) => m.text.toLowerCase() === 'the director-general' || m.text === 'director-general');
    expect(described).toBeDefined();
    expect(described?.actorId).not.toBe('cyril-ramaphosa');
  });
});
