// npm run eval -- quotes [-v] [--entities]: dyad's quotes stage on PolNeAR dev (../shared/data/polnear/dev, measurement only:
// the corpus states no licence) and on the seed article.
//
// PolNeAR marks each attribution's Content, Source and Cue. One annotation per article is used (the first file
// when two annotators did it). A content span counts as exact when it equals dyad's after trimming, at both
// ends, whitespace, quotation marks, the punctuation [,.;:] and a leading "that"; as overlap when the two share
// any character. A discontinuous gold content (“…,” he said, “…”) counts
// as one gold quote per piece, since dyad gives each stretch of quoted words its own span. A gold quote is
// direct when its content starts with a quotation mark; for direct quotes, recall is over those and precision
// over every gold content (dyad's direct quote inside a reported one, “that … ‘…’”, is no false alarm by overlap;
// a second line leaves such nested quotes out of exact precision, as the gold gives them no span to compare with). Speaker accuracy: of the gold quotes matched by overlap,
// those whose dyad speaker words overlap the gold Source. Entities are not run unless --entities is given
// (no mentions), so speakers come from the clause alone.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { emptyDoc, type Article, type Doc, type Quote, type Span } from '../src/model/index.js';
import { annotate, loadNlpModels } from '../src/nlp/index.js';
import { createPipeline } from '../src/pipeline/index.js';
import { createQuotesStage, loadQuoteCues } from '../src/quotes/index.js';
import { readArticle } from '../src/read/index.js';
import { pct, sharedPath } from './_shared.js';

interface GoldQuote extends Span { direct: boolean; sources: Span[] }

export default function quotesEval(flags: string[]): void {
  const verbose = flags.includes('-v');
  const models = loadNlpModels();
  const stage = createQuotesStage(loadQuoteCues());
  const dev = sharedPath('data', 'polnear', 'dev');
  if (dev) polnear(dev, models, stage, verbose);
  // The same with the entities and actors stages first, as in the pipeline: speakers through mentions and chains.
  if (dev && flags.includes('--entities')) {
    const pipeline = createPipeline();
    const before = pipeline.stages.slice(1, pipeline.stages.findIndex((s) => s.name === 'actors') + 1);
    console.log('with entities and actors:');
    polnear(dev, models, stage, verbose, (doc) => {
      for (const s of before) Object.assign(doc, s.run(doc));
    });
  }
  const seed = sharedPath('fixtures', 'seed');
  if (seed) seedQuotes(seed, models, stage, verbose);
}

type Models = ReturnType<typeof loadNlpModels>;
type QuotesStage = ReturnType<typeof createQuotesStage>;

function polnear(dev: string, models: Models, stage: QuotesStage, verbose: boolean, prepare?: (doc: Doc) => void): void {
  const anns = readdirSync(join(dev, 'attributions')).sort();
  const counts = { all: new Tally(), direct: new Tally(), nested: new Tally() };
  let nestedCount = 0;
  let tokens = 0;
  let ms = 0;
  for (const file of readdirSync(join(dev, 'text')).sort()) {
    const stem = file.replace(/\.txt$/, '');
    const ann = anns.find((a) => a.startsWith(stem + '_'));
    if (!ann) continue;
    const text = readFileSync(join(dev, 'text', file), 'utf8');
    const gold = readGold(readFileSync(join(dev, 'attributions', ann), 'utf8'), text);
    const doc = docOf(text, models);
    prepare?.(doc);
    tokens += doc.tokens.length;
    const t0 = performance.now();
    const quotes = stage.run(doc).quotes!;
    ms += performance.now() - t0;
    counts.all.add(text, gold, quotes);
    counts.direct.add(text, gold.filter((g) => g.direct), quotes.filter((q) => q.direct), gold);
    // Mixed quotation ("said voting fraud is “a big, big problem”"): PolNeAR gives the quoted words inside a
    // reported content no span of their own, so their exact bounds cannot be judged; left out of precision here.
    const nested = (q: Quote) => !gold.some((g) => same(text, q, g)) && gold.some((g) => !g.direct && g.start <= q.start && q.end <= g.end);
    counts.nested.add(text, gold.filter((g) => g.direct), quotes.filter((q) => q.direct && !nested(q)), gold);
    nestedCount += quotes.filter((q) => q.direct && nested(q)).length;
    if (verbose) {
      for (const g of gold) if (!quotes.some((q) => overlaps(q, g))) console.log(`  missed ${g.direct ? 'direct' : 'reported'}: ${text.slice(g.start, g.end).slice(0, 100)}`);
      for (const q of quotes) if (!gold.some((g) => overlaps(q, g))) console.log(`  extra ${q.direct ? 'direct' : 'reported'}: ${q.text.slice(0, 100)}`);
      for (const g of gold.filter((x) => x.direct)) {
        const q = quotes.find((x) => x.direct && overlaps(x, g));
        if (q && !same(text, q, g)) console.log(`  inexact direct: got «${trimmed(text, q).slice(0, 70)}» want «${trimmed(text, g).slice(0, 70)}»`);
      }
      for (const g of gold) {
        const q = quotes.find((x) => overlaps(x, g));
        if (q && g.sources.length && !(q.speaker && g.sources.some((s) => overlaps(q.speaker!, s)))) {
          console.log(`  speaker ${g.direct ? 'direct' : 'reported'}: got "${q.speaker ? text.slice(q.speaker.start, q.speaker.end) : '-'}" want "${g.sources.map((s) => text.slice(s.start, s.end)).join(' / ')}" in ${q.text.slice(0, 60)}${q.speaker ? '' : ` after «${text.slice(Math.max(0, q.start - 120), q.start).replace(/\s+/g, ' ')}» then «${text.slice(q.end, q.end + 60).replace(/\s+/g, ' ')}»`}`);
        }
      }
    }
  }
  console.log(`PolNeAR dev: ${counts.all.gold} content pieces (${counts.direct.gold} direct), dyad ${counts.all.predicted} quotes (${counts.direct.predicted} direct); quotes stage ${Math.round(tokens / (ms / 1000))} tokens/s`);
  for (const [name, t] of Object.entries(counts)) {
    const label = name === 'nested' ? `direct, the ${nestedCount} quoted words inside a reported content left out of precision:\n        ` : name.padEnd(6);
    console.log(`  ${label} content F1 exact ${t.f1('exact')} (P ${t.p('exact')}, R ${t.r('exact')}), overlap ${t.f1('overlap')} (P ${t.p('overlap')}, R ${t.r('overlap')}); speaker ${t.speakerOk}/${t.speakerAll} = ${pct(t.speakerOk / Math.max(1, t.speakerAll))}`);
  }
}

class Tally {
  gold = 0;
  predicted = 0;
  hit = { exact: 0, overlap: 0 };
  found = { exact: 0, overlap: 0 };
  speakerOk = 0;
  speakerAll = 0;

  /** Recall over `gold`; precision over `against` (for direct quotes: any attribution's content, since a quote inside reported speech is no false alarm). */
  add(text: string, gold: GoldQuote[], quotes: Quote[], against: GoldQuote[] = gold): void {
    this.gold += gold.length;
    this.predicted += quotes.length;
    for (const g of gold) {
      if (quotes.some((q) => same(text, q, g))) this.hit.exact++;
      const match = quotes.filter((q) => overlaps(q, g)).sort((a, b) => shared(b, g) - shared(a, g))[0];
      if (!match) continue;
      this.hit.overlap++;
      if (g.sources.length) {
        this.speakerAll++;
        if (match.speaker && g.sources.some((s) => overlaps(match.speaker!, s))) this.speakerOk++;
      }
    }
    for (const q of quotes) {
      if (against.some((g) => same(text, q, g))) this.found.exact++;
      if (against.some((g) => overlaps(q, g))) this.found.overlap++;
    }
  }

  p(kind: 'exact' | 'overlap'): string {
    return pct(this.found[kind] / Math.max(1, this.predicted));
  }
  r(kind: 'exact' | 'overlap'): string {
    return pct(this.hit[kind] / Math.max(1, this.gold));
  }
  f1(kind: 'exact' | 'overlap'): string {
    const p = this.found[kind] / Math.max(1, this.predicted);
    const r = this.hit[kind] / Math.max(1, this.gold);
    return pct(p + r ? (2 * p * r) / (p + r) : 0);
  }
}

function readGold(ann: string, text: string): GoldQuote[] {
  const spans = new Map<string, { type: string; span: Span; pieces: Span[] }>();
  for (const line of ann.split('\n')) {
    const m = /^(T\d+)\t(\w+) ([\d ;]+)\t/.exec(line);
    if (!m) continue;
    const pieces = m[3]!.split(';').map((p) => p.trim().split(' ').map(Number)).map(([start, end]) => ({ start: start!, end: end! }));
    spans.set(m[1]!, { type: m[2]!, span: { start: pieces[0]!.start, end: pieces[pieces.length - 1]!.end }, pieces });
  }
  const out: GoldQuote[] = [];
  for (const line of ann.split('\n')) {
    if (!line.startsWith('E')) continue;
    const args = line.split('\t')[1]!.split(' ').map((a) => a.split(':'));
    const content = args.filter(([k]) => k === 'Content').flatMap(([, id]) => spans.get(id!)?.pieces ?? []);
    const sources = args.filter(([k]) => k === 'Source').map(([, id]) => spans.get(id!)?.span).filter((s): s is Span => !!s);
    for (const c of content) out.push({ ...c, direct: /^[“"]/.test(text.slice(c.start, c.end).trim()), sources });
  }
  return out;
}

function docOf(text: string, models: Models): Doc {
  const paragraphs: Span[] = [];
  for (const m of text.matchAll(/[^\n]+(?:\n(?!\n)[^\n]+)*/g)) paragraphs.push({ start: m.index!, end: m.index! + m[0].length });
  const article = { id: 'polnear', externalId: null, url: null, source: null, siteArticleId: null, title: '', published: null, language: 'en', byline: null, dateline: null, text, paragraphs, metadataFrom: {} } as unknown as Article;
  const doc = emptyDoc(article);
  Object.assign(doc, annotate(models, text, paragraphs));
  return doc;
}

const EDGE = /^(?:[\s“”"‘’',.;:]|that\s)+|[\s“”"‘’',.;:]+$/g;

function trimmed(text: string, s: Span): string {
  return text.slice(s.start, s.end).replace(EDGE, '').replace(EDGE, '');
}

function same(text: string, a: Span, b: Span): boolean {
  return overlaps(a, b) && trimmed(text, a) === trimmed(text, b);
}

function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

function shared(a: Span, b: Span): number {
  return Math.min(a.end, b.end) - Math.max(a.start, b.start);
}

function seedQuotes(dir: string, models: Models, stage: QuotesStage, verbose: boolean): void {
  const gold = JSON.parse(readFileSync(join(dir, 'gold.json'), 'utf8')) as { quotes: Array<{ speaker: string; direct: boolean; starts_with: string }> };
  const article = readArticle({ name: 'seed/article.txt', bytes: readFileSync(join(dir, 'article.txt')), hints: {} });
  const doc = emptyDoc(article);
  Object.assign(doc, annotate(models, article.text, article.paragraphs));
  const quotes = stage.run(doc).quotes!;
  const norm = (s: string) => s.toLowerCase().replace(/[’‘]/g, "'").replace(/[^a-z0-9$ ]+/g, ' ').replace(/\s+/g, ' ').trim();
  let ok = 0;
  for (const g of gold.quotes) {
    const hit = quotes.some((q) => norm(q.text).startsWith(norm(g.starts_with).slice(0, 40)) && q.direct === g.direct && norm(q.speakerText).split(' ').includes(norm(g.speaker).split(' ').pop()!));
    ok += hit ? 1 : 0;
    if (verbose && !hit) console.log(`  seed missed: ${g.speaker}: ${g.starts_with}`);
  }
  console.log(`seed: ${ok}/${gold.quotes.length} quotes with the right speaker and directness (${quotes.length} found)`);
}
