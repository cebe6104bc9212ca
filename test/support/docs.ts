// Hand-built documents with events, actors, mentions and quotes, for the
// store, API, export and browser tests while the stages that fill these
// layers are being built (spaCy's tests build a Doc by hand the same way).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { loadOntology } from '../../src/events/ontology/index.js';
import { emptyDoc, type Actor, type Doc, type Event, type Mention } from '../../src/model/index.js';
import { readArticle } from '../../src/read/index.js';

const ontology = loadOntology();

export function docOf(text: string, published: string | null, title = 'A story'): Doc {
  const article = readArticle({ name: 'test', bytes: Buffer.from(text), format: 'text', hints: { title } });
  return emptyDoc({ ...article, published });
}

function spanOf(doc: Doc, text: string, from = 0): { start: number; end: number } {
  const start = doc.article.text.indexOf(text, from);
  if (start < 0) throw new Error(`Test document: "${text}" is not in the text`);
  return { start, end: start + text.length };
}

export interface EventSpec {
  source: string;
  target: string;
  cameo: string;
  /** A passage of the text. */
  evidence: string;
  date?: string;
  sourceActor?: string | null;
  targetActor?: string | null;
  place?: Event['place'];
  quoteIndex?: number | null;
  modality?: string;
}

/** An event as the coder would make it, its CAMEO fields from the ontology. */
export function eventOf(doc: Doc, id: string, spec: EventSpec): Event {
  const coding = ontology.eventCoding(spec.cameo);
  if (!coding) throw new Error(`Test document: no CAMEO code ${spec.cameo}`);
  const evidence = spanOf(doc, spec.evidence);
  const sentence = Math.max(0, doc.sentences.findIndex((s) => s.start <= evidence.start && evidence.start < s.end));
  const published = doc.article.published?.slice(0, 10) ?? '2021-01-01';
  return {
    id,
    source: { actorId: spec.sourceActor ?? null, code: spec.source, text: spec.source },
    target: { actorId: spec.targetActor ?? null, code: spec.target, text: spec.target },
    ...coding,
    date: spec.date ? { value: spec.date, granularity: 'day', from: 'time' } : { value: published, granularity: 'day', from: 'publication' },
    place: spec.place ?? null,
    negated: false,
    modality: spec.modality ?? 'asserted',
    quoteIndex: spec.quoteIndex ?? null,
    evidence: { ...evidence, text: spec.evidence, sentence },
    rule: `test.${spec.cameo}`,
    confidence: 0.9,
    mentions: 1,
  };
}

/** A short story with the given events (one sentence each). */
export function storyWith(published: string, specs: Array<Omit<EventSpec, 'evidence'> & { sentence: string }>, title = 'A story'): Doc {
  const doc = docOf(specs.map((s) => s.sentence).join('\n\n'), published, title);
  doc.events = specs.map((s, i) => eventOf(doc, `e${i + 1}`, { ...s, evidence: s.sentence }));
  return doc;
}

const SEED_ACTORS: Actor[] = [
  { id: 'hassan-rouhani', name: 'Hassan Rouhani', type: 'person', country: 'IRN', agent: 'GOV', role: 'President of Iran', code: 'IRNGOV' },
  { id: 'fuad-hussein', name: 'Fuad Hussein', type: 'person', country: 'IRQ', agent: 'GOV', role: 'Minister of Foreign Affairs of Iraq', code: 'IRQGOV' },
  { id: 'IRN', name: 'Iran', type: 'country', country: 'IRN', agent: null, role: null, code: 'IRN' },
  { id: 'IRQ', name: 'Iraq', type: 'country', country: 'IRQ', agent: null, role: null, code: 'IRQ' },
  { id: 'USA', name: 'United States', type: 'country', country: 'USA', agent: null, role: null, code: 'USA' },
];

/** The seed article (EghtesadOnline, 6 Feb 2021) with the layers the finished pipeline should give it. */
export function seedDoc(): Doc {
  const bytes = readFileSync(fileURLToPath(new URL('../golden/read/seed-article.txt', import.meta.url)));
  const doc = emptyDoc(readArticle({ name: 'seed-article.txt', bytes, format: 'text', hints: {} }));
  const text = doc.article.text;
  doc.sentences = doc.article.paragraphs.map((p) => ({ ...p }));
  doc.actors = SEED_ACTORS;
  const mention = (t: string, type: Mention['type'], actorId: string | null, from = 0): Mention => ({ ...spanOf(doc, t, from), text: t, type, actorId, chain: null });
  const meeting = spanOf(doc, 'Rouhani said in a meeting');
  doc.mentions = [
    mention('Hassan Rouhani', 'PER', 'hassan-rouhani'),
    mention('Iran', 'GPE', 'IRN'),
    mention('Iraq', 'GPE', 'IRQ'),
    mention('Rouhani', 'PER', 'hassan-rouhani', meeting.start),
    mention('Fuad Hussein', 'PER', 'fuad-hussein'),
    mention('Tehran', 'GPE', 'IRN', meeting.start),
  ];
  const quote = '“Iran and Iraq share a string of strong commonalities,”';
  doc.quotes = [{ ...spanOf(doc, quote), text: quote, direct: true, speakerActorId: 'hassan-rouhani', speakerText: 'Rouhani', cue: 'said' }];
  doc.times = [{ ...spanOf(doc, 'on Wednesday'), text: 'on Wednesday', value: '2021-02-03', granularity: 'day', role: 'event' }];
  const tehran = { name: 'Tehran', country: 'IRN', lat: 35.69, lon: 51.39 };
  doc.places = [{ ...spanOf(doc, 'Tehran', meeting.start), text: 'Tehran', ...tehran }];
  doc.amounts = [{ ...spanOf(doc, '$20-billion'), text: '$20-billion', value: 20e9, unit: 'USD', per: 'year', about: 'bilateral trade' }];
  const meetingSentence = text.slice(text.indexOf('Rouhani said in a meeting'), text.indexOf('on Wednesday.') + 'on Wednesday'.length);
  doc.events = [
    eventOf(doc, 'e1', {
      source: 'IRNGOV', sourceActor: 'hassan-rouhani', target: 'IRQGOV', targetActor: 'fuad-hussein', cameo: '043',
      evidence: meetingSentence, date: '2021-02-03', place: tehran,
    }),
    eventOf(doc, 'e2', { source: 'IRNGOV', sourceActor: 'hassan-rouhani', target: 'IRQ', targetActor: 'IRQ', cameo: '051', evidence: 'Iran supports Iraq’s participation in regional interactions' }),
    eventOf(doc, 'e3', {
      source: 'IRNGOV', sourceActor: 'hassan-rouhani', target: 'USA', targetActor: 'USA', cameo: '111',
      evidence: 'Rouhani denounced the US assassination early last year', date: '2020-01-03',
    }),
  ];
  return doc;
}
