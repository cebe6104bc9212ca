import { hashString } from '../nlp/hash.js';
import { Weights } from '../nlp/perceptron.js';
import { capitalisedPhrasesOf, features, isCapitalised, LINK_WORDS, lowerCaseWords, MAX_FEATURES, prepare, WordCache, type Prepared, type SentenceInput } from './features.js';
import { GAZ_LOC, GAZ_ORG, GAZ_PER, GAZ_PLACE, isNameLink, keyOfTokens, tokenKey, type Gazetteer, type GazetteerMatch } from './gazetteer.js';
import { honourAt } from './honours.js';
import type { TagSpan } from './iob.js';
import type { WordClusters } from '../nlp/clusters.js';
import { bilouToSpans, decodeStep, transitions } from './tags.js';
import { ORGANISATION_HEADS, withOrganisationHeads } from './organisation-names.js';
import { withDefinedAcronyms } from './acronyms.js';
import { REGION_KINDS } from './place-countries.js';

// Greedy left-to-right averaged-perceptron sequence labeller over BILOU tags (Ratinov & Roth 2009), with the
// previous two predicted tags as features and transitions kept well formed.

export interface RecognizerMeta {
  tags: string[];
}

export const START_TAG = hashString('<s>');
export const START_TAG2 = hashString('<s2>');

export class Recognizer {
  private readonly tagIds: Int32Array;
  private readonly allowed: (prev: number, next: number, last: boolean) => boolean;
  private readonly feats = new Int32Array(MAX_FEATURES);
  private readonly scores: Float64Array;
  private readonly index: Map<string, number>;
  private readonly cache: WordCache;

  constructor(
    readonly meta: RecognizerMeta,
    private readonly weights: Weights,
    readonly gazetteer: Gazetteer,
    clusters?: WordClusters,
  ) {
    this.tagIds = Int32Array.from(meta.tags, (t) => hashString(t));
    this.allowed = transitions(meta.tags);
    this.scores = new Float64Array(meta.tags.length);
    this.index = new Map(meta.tags.map((t, i) => [t, i]));
    this.cache = new WordCache(gazetteer, clusters);
    this.o = meta.tags.indexOf('O');
    this.opens = Uint8Array.from(meta.tags, (t) => (t[0] === 'B' || t[0] === 'I' ? 1 : 0));
  }

  private readonly o: number;
  private readonly opens: Uint8Array;

  private outside(out: readonly number[], i: number): boolean {
    return i === 0 || !this.opens[out[i - 1]!];
  }

  /** A name the knowledge base knows as one type only takes that type ("Huawei" is a company, not a person). */
  private typedByGazetteer(words: readonly string[], span: TagSpan): TagSpan {
    const types = this.typesOf(words, span.start, span.end) & (GAZ_PER | GAZ_ORG | GAZ_LOC);
    const type = types === GAZ_PER ? 'PER' : types === GAZ_ORG ? 'ORG' : types === GAZ_LOC ? 'LOC' : null;
    return type && type !== span.type && this.meta.tags.includes(`U-${type}`) ? { ...span, type } : span;
  }

  private typesOf(words: readonly string[], start: number, end: number): number {
    return this.gazetteer.typesOf(keyOfTokens(words.slice(start, end)));
  }

  /** Tag indices of a prepared sentence. */
  decode(p: Prepared, edited = false): number[] {
    const out: number[] = [];
    let prevId = START_TAG;
    let prev2Id = START_TAG2;
    for (let i = 0; i < p.n; i++) {
      // In edited text, a word without a capital or digit starts no name: outside one, it needs no scoring.
      if (edited && !p.caps[i] && this.outside(out, i)) {
        out.push(this.o);
        prev2Id = prevId;
        prevId = this.tagIds[this.o]!;
        continue;
      }
      const n = features(p, i, prevId, prev2Id, this.feats);
      this.scores.fill(0);
      this.weights.score(this.feats, n, this.scores);
      const tag = decodeStep(this.meta.tags, this.scores, out, i, i === p.n - 1, this.allowed, this.index);
      out.push(tag);
      prev2Id = prevId;
      prevId = this.tagIds[tag]!;
    }
    return out;
  }

  /** Entity spans (token indices within each sentence) of the sentences of one document. */
  recognise(sentences: readonly SentenceInput[]): TagSpan[][] {
    const lowerSeen = lowerCaseWords(sentences.map((s) => s.words));
    const edited = isEdited(sentences);
    const spans = sentences.map((s) => {
      if (!s.words.length) return [];
      const prepared = prepare(s, lowerSeen, this.cache);
      const tags = this.decode(prepared, edited);
      const found = withDoubleBarrelledNames(s.words, joinedOverLinkWords(s.words, bilouToSpans(tags.map((t) => this.meta.tags[t]!))));
      // An honour alone ("Dato" of "Dato' Sri Najib Razak", split at its apostrophe) names nobody.
      const named = found.map((span) => withoutHonorific(s.words, this.typedByGazetteer(s.words, span))).filter((span) => honourAt(s.words, span.start) < span.end - span.start);
      const typed = withLegalForms(s.words, this.withRegnalNumbers(s, this.withPersonsAfterPlaces(s, named)));
      const organisations = withOrganisationHeads(s, typed, capitalisedPhrasesOf(prepared), {
        isPlace: (start, end) => (this.typesOf(s.words, start, end) & (GAZ_LOC | GAZ_PLACE)) !== 0,
        isOrganisation: (start, end) => (this.typesOf(s.words, start, end) & GAZ_ORG) !== 0,
      });
      return this.withKnownNames(s, organisations, prepared, lowerSeen);
    });
    const surnames = surnamesOfFullNames(sentences, spans);
    const people = this.relativesNamed(sentences, this.surnamesCarriedOver(sentences, spans, lowerSeen, surnames));
    return withDefinedAcronyms(sentences, townsCarriedOver(sentences, people, surnames));
  }

  /**
   * "Trump's wife, Melania Trump": a two-word name the model took for a place or an organisation is a person when its
   * second word names a person elsewhere in the document, alone or ending a full name, and neither the name nor its
   * first word is a place or an organisation the gazetteer knows ("Trump Tower" keeps its type by its own words).
   */
  private relativesNamed(sentences: readonly SentenceInput[], spans: TagSpan[][]): TagSpan[][] {
    const personWords = new Set<string>();
    spans.forEach((list, s) => {
      for (const span of list) if (span.type === 'PER') personWords.add(sentences[s]!.words[span.end - 1]!);
    });
    if (!personWords.size) return spans;
    return spans.map((list, s) => {
      const { words } = sentences[s]!;
      return list.map((span) => {
        if (span.type === 'PER' || span.end - span.start !== 2 || !personWords.has(words[span.start + 1]!) || !/^\p{Lu}\p{Ll}+$/u.test(words[span.start]!)) return span;
        const known = this.typesOf(words, span.start, span.end) | this.typesOf(words, span.start, span.start + 1);
        const [first, last] = [tokenKey(words[span.start]!), tokenKey(words[span.start + 1]!)];
        // Nor a common word or an organisation's head noun taken for a person elsewhere ("Libertarian Party").
        const plain = (key: string) => this.gazetteer.isTitle(key) || this.gazetteer.isCommon(key);
        return known & (GAZ_LOC | GAZ_ORG | GAZ_PLACE) || plain(first) || plain(last) || ORGANISATION_HEADS.has(words[span.start + 1]!.toLowerCase()) ? span : { ...span, type: 'PER' };
      });
    });
  }

  /**
   * Names the knowledge base knows, where the recogniser saw none, not a common word, a title or a word the document
   * also writes in lower case:
   * - a company, news medium or international organisation known by that name, and by no person or place, is an
   *   organisation: UNER EWT's training set mostly leaves "Google" or "Twitter" untagged (used as websites), its test
   *   set and news do not;
   * - a country, territory or capital, or a world region, sea, river, range or desert of the geographic names, is a
   *   place: the training set's web text seldom names "the Caucasus" or "the Nile", news and encyclopaedias often.
   */
  private withKnownNames(s: SentenceInput, spans: TagSpan[], p: Prepared, lowerSeen: ReadonlySet<string>): TagSpan[] {
    const { words } = s;
    const covered = new Uint8Array(words.length);
    for (const sp of spans) covered.fill(1, sp.start, sp.end);
    const added: TagSpan[] = [];
    for (const m of p.matches) {
      if (covered.subarray(m.start, m.end).some((c) => c)) continue;
      const key = keyOfTokens(words.slice(m.start, m.end));
      if (m.end - m.start === 1 && (this.gazetteer.isCommon(key) || this.gazetteer.isTitle(key) || lowerSeen.has(words[m.start]!.toLowerCase()))) continue;
      // After a courtesy title an institution's name is a person's ("Ms Roche").
      if (this.gazetteer.isInstitution(key)) added.push(withoutHonorific(words, { start: m.start, end: m.end, type: 'ORG' }));
      else if (this.isKnownPlace(s, p, m, key)) added.push({ start: m.start, end: m.end, type: 'LOC' });
    }
    return added.length ? [...spans, ...added].sort((a, b) => a.start - b.start) : spans;
  }

  /** A place of `withKnownNames`: a whole capitalised phrase ("the Atlantic Council" is none), not used as an adjective. */
  private isKnownPlace(s: SentenceInput, p: Prepared, m: GazetteerMatch, key: string): boolean {
    const { words } = s;
    const actorTypes = m.types & (GAZ_PER | GAZ_ORG | GAZ_LOC);
    if (actorTypes !== GAZ_LOC && !(actorTypes === 0 && this.gazetteer.isRegion(key))) return false;
    // Nor a possessive, which the gazetteer's keys join to their word ("America's" is no "Americas").
    if (this.namePartAt(words, p, m.start - 1) || this.namePartAt(words, p, m.end) || isNameLink(words[m.end - 1]!)) return false;
    // Nor a name used as an adjective ("Caribbean leaders", "the Mediterranean diet") or joined by a hyphen ("Indo-Pacific").
    return !(this.gazetteer.isAdjective(key) || (/^\p{Ll}/u.test(words[m.end] ?? '') && s.upos[m.end] === 'NOUN') || words[m.start - 1] === '-' || words[m.end] === '-');
  }

  /**
   * A regnal number after a name is part of it, and the name a person's ("King Charles III", "Pharaoh Ramesses II",
   * "Henry I of England"): after a name the model took for a person, a number from II on, or "I" before "of" or after
   * a monarch's title; a place or an organisation the model saw, or a capitalised word it left out, only after such a
   * title (not "Artemis II", "Minuteman III", "Saturn V", "Putin I was told", nor "World War II").
   */
  private withRegnalNumbers(s: SentenceInput, spans: TagSpan[]): TagSpan[] {
    const titled = (start: number, end = start) => (start > 0 && MONARCHS.test(s.words[start - 1]!)) || (end - start > 1 && MONARCHS.test(s.words[start]!));
    const numberAt = (i: number, start: number) => REGNAL.test(s.words[i] ?? '') && (s.words[i] !== 'I' || s.words[i + 1] === 'of' || titled(start, i));
    const out = spans.map((span): TagSpan => {
      if (!numberAt(span.end, span.start)) return span;
      if (span.type === 'PER') return { ...span, end: span.end + 1 };
      return span.end - span.start > 2 || !titled(span.start, span.end) ? span : { ...span, end: span.end + 1, type: 'PER' };
    });
    const covered = new Uint8Array(s.words.length + 1);
    for (const span of out) covered.fill(1, span.start, span.end);
    for (let i = 2; i < s.words.length; i++) {
      if (covered[i - 1] || covered[i] || !titled(i - 1) || !numberAt(i, i - 1) || !/^\p{Lu}\p{Ll}/u.test(s.words[i - 1]!)) continue;
      out.push({ start: i - 1, end: i + 1, type: 'PER' });
    }
    return out.length > spans.length ? out.sort((a, b) => a.start - b.start) : out;
  }

  /**
   * A town's region or country after a comma is one the gazetteer knows ("Geneva, Switzerland", "Plano, Texas"): a
   * name of two or three words it knows in no part that the model read as such a region is a person named in
   * apposition ("China's ambassador in Geneva, Chen Xu, said"), where the town follows a preposition.
   */
  private withPersonsAfterPlaces(s: SentenceInput, spans: TagSpan[]): TagSpan[] {
    const { words } = s;
    return spans.map((span, k) => {
      const before = spans[k - 1];
      const size = span.end - span.start;
      if (span.type !== 'LOC' || size < 2 || size > 3 || words[span.start - 1] !== ',' || before?.type !== 'LOC' || before.end !== span.start - 1) return span;
      // The town after a preposition, as a person's post is given: not a list or the end of a clause ("hit the Azores, Met Éireann, the ... service").
      if (s.xpos[before.start - 1] !== 'IN') return span;
      if (!(this.typesOf(words, before.start, before.end) & (GAZ_LOC | GAZ_PLACE))) return span;
      // Nor a region named by its kind ("Phoenix, Maricopa County").
      const last = words[span.end - 1]!;
      if (PLACE_HEADS.has(last) || REGION_KINDS.has(last.toLowerCase())) return span;
      for (let i = span.start; i < span.end; i++) if (!/^\p{Lu}\p{Ll}/u.test(words[i]!) || this.gazetteer.nameWordTypes(tokenKey(words[i]!)) & GAZ_LOC || this.typesOf(words, i, i + 1)) return span;
      return this.typesOf(words, span.start, span.end) ? span : { ...span, type: 'PER' };
    });
  }

  /** Whether word i is a capitalised word that may be part of a name: not one opening the sentence as any word would. */
  private namePartAt(words: readonly string[], p: Prepared, i: number): boolean {
    if (i < 0 || i >= words.length || !p.caps[i] || !/^\p{L}/u.test(words[i]!)) return false;
    return i > 0 || !this.gazetteer.isCommon(tokenKey(words[i]!));
  }

  /**
   * News names a person in full once and by surname after that ("Kori Schulman" ... "Schulman"): a capitalised
   * word that ends a full name recognised elsewhere in the document is that person where the recogniser saw no
   * name, a one-word organisation (also one the knowledge base knows: "Michael Bloomberg" ... "Bloomberg endorsed",
   * not Bloomberg News) or a place that neither the knowledge base nor the place names know (Krishnan
   * & Manning 2006 make the same point about label consistency within a document). Not a word the document also
   * writes in lower case, a common word, a title, a month or a weekday ("Theresa May" ... "in May").
   */
  private surnamesCarriedOver(sentences: readonly SentenceInput[], spans: TagSpan[][], lowerSeen: ReadonlySet<string>, surnames: ReadonlySet<string>): TagSpan[][] {
    if (!surnames.size) return spans;
    return spans.map((list, s) => {
      const { words } = sentences[s]!;
      const covered = new Int32Array(words.length).fill(-1);
      list.forEach((span, k) => covered.fill(k, span.start, span.end));
      const out = [...list];
      words.forEach((w, i) => {
        if (!surnames.has(w) || lowerSeen.has(w.toLowerCase()) || CALENDAR.test(w)) return;
        const key = tokenKey(w);
        if (this.gazetteer.isCommon(key) || this.gazetteer.isTitle(key)) return;
        const types = this.gazetteer.typesOf(key);
        if (types & GAZ_LOC) return;
        const k = covered[i]!;
        if (k < 0) out.push({ start: i, end: i + 1, type: 'PER' });
        // A town the model saw as a place stays one ("Jack Lincoln" ... "flew to Lincoln, Nebraska").
        else if (list[k]!.type !== 'PER' && list[k]!.end - list[k]!.start === 1 && !(types & GAZ_PLACE)) out[k] = { ...list[k]!, type: 'PER' };
      });
      return out.sort((a, b) => a.start - b.start);
    });
  }
}

/** Roman numerals I to XXXIX, as regnal numbers are written. */
const REGNAL = /^X{0,3}(?:I{1,3}|IV|VI{0,3}|IX|V|X)$/;
/** Titles of monarchs and popes, capitalised or not ("King Charles III", "the pharaoh Ramesses II"). */
const MONARCHS = /^(?:King|Queen|Pope|Emperor|Empress|Tsar|Czar|Tsarina|Kaiser|Sultan|Shah|Pharaoh|Caliph|Emir|Prince|Princess|Duke|Patriarch|Khan)$/i;

const CALENDAR = /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/;

// Courtesy, religious and academic titles are not part of a name (the Universal NER convention: "Mr [Osborne]",
// "Pope [Francis]"); the entities stage keeps them as role words. Not "Lady" or "Sheikh", often part of the name
// itself (Lady Gaga, Sheikh Hasina).
const HONORIFIC = /^(?:mr|mrs|ms|miss|mx|dr|sir|dame|lord|pope|prof|professor|rev|reverend|fr|father|ayatollah)\.?$/i;

/** Courtesy titles, which only people bear: a name after one is a person's ("Ms [Pugh]", "Dr [Lee]"). */
const COURTESY = /^(?:Mr|Mrs|Ms|Miss|Mx|Dr|Sir|Dame)\.?$/;

function withoutHonorific(words: readonly string[], span: TagSpan): TagSpan {
  const courtesy = (i: number) => i >= 0 && COURTESY.test(words[i]!);
  const honour = honourAt(words, span.start);
  const type = span.type !== 'PER' && (courtesy(span.start - 1) || (courtesy(span.start) && span.end - span.start > 1) || (honour > 0 && span.end - span.start > honour)) ? 'PER' : span.type;
  let start = span.start;
  for (;;) {
    const title = HONORIFIC.test(words[start]!) ? 1 : honourAt(words, start);
    if (type !== 'PER' || title === 0 || start + title >= span.end) break;
    start += title;
  }
  return start === span.start && type === span.type ? span : { ...span, start, type };
}

/**
 * A name never ends in a link word (LINK_WORDS: "of", "and", "de"...): the greedy decoder, unsure of the type of what
 * follows, sometimes closes a name there ("[University of] [North Carolina]"). The name goes on through the span
 * that follows it, keeping its first part's type (the head: a university, not a state), or else ends before it.
 */
export function joinedOverLinkWords(words: readonly string[], spans: readonly TagSpan[]): TagSpan[] {
  const out: TagSpan[] = [];
  for (let k = 0; k < spans.length; k++) {
    const span = spans[k]!;
    if (!LINK_WORDS.has(words[span.end - 1]!)) {
      out.push(span);
      continue;
    }
    const next = spans[k + 1];
    if (next && next.start === span.end) {
      out.push({ ...span, end: next.end });
      k++;
    } else if (span.end - span.start > 1) out.push({ ...span, end: span.end - 1 });
  }
  return out;
}

/**
 * A full name goes on over a hyphen to a double-barrelled surname, which the tokenizer splits as UD does ("Michael
 * Scott - Joynt"). A single name before the hyphen is more often one of two people ("the Biden - Xi summit").
 */
export function withDoubleBarrelledNames(words: readonly string[], spans: readonly TagSpan[]): TagSpan[] {
  const out: TagSpan[] = [];
  for (let k = 0; k < spans.length; k++) {
    const span = spans[k]!;
    const after = span.end + 1;
    const joins = span.type === 'PER' && span.end - span.start >= 2 && words[span.end] === '-' && /^\p{Lu}\p{Ll}+$/u.test(words[after] ?? '');
    const next = spans[k + 1];
    if (!joins || (next && next.start === after && (next.end > after + 1 || next.type !== 'PER'))) {
      out.push(span);
      continue;
    }
    out.push({ ...span, end: after + 1 });
    if (next && next.start === after) k++;
  }
  return out;
}

// Abbreviated legal forms of companies: "Inc.", "Ltd", "plc", "GmbH". Not "Company" or "Group", which also follow
// names as common nouns ("the Ford company").
// Not "AG" (attorney general) or "NV" (Nevada), which follow place names as often.
const LEGAL_FORM = /^(?:Inc|Ltd|Corp|LLC|LLP|plc|PLC|GmbH|N\.V|B\.V|Pty|Limited|Incorporated)\.?$/;

/**
 * A name followed by a legal form is a company's, and the legal form is part of it ("Enron Corp.", "First Union
 * Securities, Inc."): the span, or the capitalised words before the form when the recogniser saw no name there,
 * runs through the form as an organisation.
 */
export function withLegalForms(words: readonly string[], spans: readonly TagSpan[]): TagSpan[] {
  const out = [...spans];
  for (let i = 1; i < words.length; i++) {
    if (!LEGAL_FORM.test(words[i]!)) continue;
    if (out.some((sp) => sp.start === i)) continue;
    const inside = out.findIndex((sp) => sp.start < i && i < sp.end);
    if (inside >= 0) {
      out[inside] = { ...out[inside]!, type: 'ORG' };
      continue;
    }
    const last = words[i - 1] === ',' ? i - 2 : i - 1;
    if (last < 0) continue;
    const before = out.findIndex((sp) => sp.end === last + 1);
    if (before >= 0) {
      out[before] = { ...out[before]!, end: i + 1, type: 'ORG' };
      continue;
    }
    let start = last + 1;
    while (start > 0 && isCapitalised(words[start - 1]!) && !out.some((sp) => sp.start < start && start - 1 < sp.end)) start--;
    if (start < last && /^(?:The|A|An)$/.test(words[start]!)) start++;
    if (start <= last) out.push({ start, end: i + 1, type: 'ORG' });
  }
  return out.sort((a, b) => a.start - b.start);
}

/**
 * Whether a document follows the conventions of edited text: its sentences begin with a capital and "I" is
 * written as such. Web forum text often does not, and there names are written in lower case too.
 */
export function isEdited(sentences: readonly SentenceInput[]): boolean {
  let begun = 0;
  let capital = 0;
  for (const { words } of sentences) {
    const first = words.find((w) => /^\p{L}/u.test(w));
    if (first === undefined) continue;
    begun++;
    if (/^\p{Lu}/u.test(first)) capital++;
    if (words.includes('i')) return false;
  }
  return begun > 0 && capital >= 0.9 * begun;
}

/** The capitalised last words of the names of two words or more the recogniser found for people ("Schulman" of "Kori Schulman"). */
function surnamesOfFullNames(sentences: readonly SentenceInput[], spans: readonly TagSpan[][]): Set<string> {
  const surnames = new Set<string>();
  spans.forEach((list, s) => {
    for (const span of list) {
      const last = sentences[s]!.words[span.end - 1]!;
      if (span.type === 'PER' && span.end - span.start >= 2 && /^\p{Lu}\p{Ll}/u.test(last)) surnames.add(last);
    }
  });
  return surnames;
}

const PLACE_HEADS = new Set(['City', 'County', 'Province', 'District', 'Prefecture', 'Municipality']);

/**
 * "Iloilo City" ... "the Iloilo consumers": a word that opens a town's name the document writes with "City",
 * "Province" or the like is that town where the recogniser took it alone for a person (the knowledge base has a
 * Fijian president named Iloilo), unless it ends a person's full name in the document too.
 */
function townsCarriedOver(sentences: readonly SentenceInput[], spans: TagSpan[][], surnames: ReadonlySet<string>): TagSpan[][] {
  const towns = new Set<string>();
  spans.forEach((list, s) => {
    const { words } = sentences[s]!;
    for (const span of list) if (span.type === 'LOC' && span.end - span.start >= 2 && PLACE_HEADS.has(words[span.end - 1]!)) towns.add(words[span.start]!);
  });
  if (!towns.size) return spans;
  return spans.map((list, s) => {
    const { words } = sentences[s]!;
    const alone = (span: TagSpan) => span.type === 'PER' && span.end - span.start === 1 && towns.has(words[span.start]!) && !surnames.has(words[span.start]!);
    return list.some(alone) ? list.map((span) => (alone(span) ? { ...span, type: 'LOC' as const } : span)) : list;
  });
}
