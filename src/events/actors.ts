import type { Actor, Doc, Mention, Place } from '../model/index.js';
import type { SideWords } from './rules/load.js';
import { spanIndex } from './span-index.js';
import type { Tree } from './tree.js';

/** One side of an event: the actor when known, its code, and the words that name it. */
export interface Side {
  actorId: string | null;
  code: string;
  text: string;
  /** Token that names it, for evidence. */
  token: number;
  /** Characters of the mention that names it, for evidence. */
  mention?: { start: number; end: number };
  /** A town or country that no actor resolved, standing for its country ("shelled Kharkiv"). */
  place?: boolean;
}

const TOWN_NOUNS = new Set(['city', 'town', 'village', 'capital']);

const FIRST_PERSON = new Set(['i', 'me', 'my', 'we', 'us', 'our']);

/** Verbs that name what their object is: "what he called aggression", "what it described as a provocation". */
const NAMING = new Set(['call', 'describe', 'term', 'dub', 'label', 'brand']);

/** Dependents that name the same actor as their head ("Foreign Minister Fuad Hussein", "the US administration"). */
const NAME_PARTS = new Set(['compound', 'flat', 'amod', 'appos']);

/**
 * Reads actors the way every coder does: the mention covering a token, its
 * actor, or the actor of its coreference chain. Built once per document.
 */
export class ActorIndex {
  private readonly byToken: (Mention | null)[];
  private readonly actors: Map<string, Actor>;
  private readonly chainActor = new Map<number, string>();
  private readonly placeByToken: (Place | null)[];
  /** For each token inside a direct quote, the actor who said it. */
  private readonly quotedBy: (string | null)[];
  /** For each token of a role printed before a name ("Sweden's Minister of Justice, Gunnar Strömmer"), that name's actor. */
  private readonly roleOf: (string | null)[];

  constructor(
    doc: Readonly<Doc>,
    private readonly tree: Tree,
    private readonly words: SideWords,
  ) {
    this.actors = new Map(doc.actors.map((a) => [a.id, a]));
    for (const m of doc.mentions) if (m.chain !== null && m.actorId && !this.chainActor.has(m.chain)) this.chainActor.set(m.chain, m.actorId);
    const sorted = [...doc.mentions].sort((a, b) => a.start - b.start);
    let k = 0;
    this.placeByToken = spanIndex(doc.tokens, doc.places.filter((p) => p.country));
    this.quotedBy = spanIndex(doc.tokens, doc.quotes.filter((q) => q.direct && q.speakerActorId)).map((q) => q?.speakerActorId ?? null);
    this.roleOf = spanIndex(doc.tokens, rolesBefore(doc)).map((r) => r?.actorId ?? null);
    this.byToken = doc.tokens.map((t) => {
      while (k < sorted.length && sorted[k]!.end <= t.start) k++;
      for (let j = k; j < sorted.length && sorted[j]!.start <= t.start; j++) if (sorted[j]!.end > t.start) return sorted[j]!;
      return null;
    });
  }

  /** The number of tokens. */
  get size(): number {
    return this.byToken.length;
  }

  /** The side named by the phrase headed at `h`, or one with no actor (code '') when no mention resolves. */
  sideAt(h: number): Side {
    const side = this.ownSideAt(h);
    if (side.code) return side;
    // "A group of African diplomats", "thousands of Iraqi Kurds", "one third of the guerrillas": the actor is the one counted.
    const counted = this.countedIn(h);
    return counted !== undefined ? { ...this.ownSideAt(counted), token: h } : side;
  }

  /** A side acted on: as `sideAt`, and "rejected Putin's response", "welcomed Iran's decision" are aimed at the possessor. */
  targetAt(h: number): Side {
    const side = this.sideAt(h);
    if (side.code || !this.words.ownedActs.has(this.tree.lemma(h)) || /subj/.test(this.tree.rel(h))) return side;
    const owner = this.tree.children[h]!.find((c) => this.tree.rel(c) === 'nmod:poss' && this.isActor(c));
    return owner === undefined ? side : { ...this.sideAt(owner), token: h };
  }

  /** "hundreds of thousands of people": a count of a count counts the same actor. */
  private countedIn(h: number, depth = 0): number | undefined {
    if (depth > 2 || (this.tree.tokens[h]!.upos !== 'NUM' && !this.words.countWords.has(this.tree.lemma(h)))) return undefined;
    const counted = this.tree.children[h]!.filter((c) => this.tree.base(c) === 'nmod' && this.tree.prep(c) === 'of');
    return counted.find((c) => this.ownSideAt(c).code) ?? counted.map((c) => this.countedIn(c, depth + 1)).find((c) => c !== undefined);
  }

  private ownSideAt(h: number): Side {
    const speaker = this.speakerFor(h);
    if (speaker) return { ...speaker, text: this.tree.form(h), token: h };
    const mention = this.mentionFor(h);
    const actorId = mention ? (mention.actorId ?? (mention.chain !== null ? (this.chainActor.get(mention.chain) ?? null) : null)) : null;
    const actor = actorId ? this.actors.get(actorId) : undefined;
    // "shelled Kharkiv … encircled the city": the town named last, not the civilians of the article's own country.
    const town = !actor || actor.id.startsWith('code:') ? this.townBefore(h) : null;
    if (town) return { actorId: null, code: town.country!, text: mention?.text ?? this.tree.form(h), token: h, place: true };
    // A city or country named as a doer ("ties with Tehran") stands for its country when no actor resolved it.
    const place = actor ? null : this.placeByToken[h];
    // … but "the Jeddah talks" names where, not who, and so does "Iowa" in "Iowa and New Hampshire officials".
    if (place && this.tree.tokens[h]!.upos === 'PROPN' && this.tree.base(h) !== 'compound' && !this.placeBeforeConjunct(h)) return { actorId: null, code: place.country!, text: place.text, token: h, place: true };
    return { actorId: actor ? actor.id : null, code: actor?.code ?? '', text: mention?.text ?? this.tree.form(h), token: h, ...(mention ? { mention: { start: mention.start, end: mention.end } } : {}) };
  }

  /**
   * The actor nearest to the head of the phrase at `h`, searching its subtree breadth-first; null when none. The one
   * who names it is not in it: "condemned what he called an act of aggression by India" is aimed at India.
   */
  nearestInside(h: number): Side | null {
    let level = [h];
    for (let depth = 0; level.length && depth < 6; depth++) {
      for (const n of level) if (this.isActor(n)) return this.sideAt(n);
      // … nor is the source of the words ("investigating the shooting as terrorism, according to prosecutor X"), nor
      // where they went out ("hailed the report on Twitter").
      const inside = (c: number) => this.tree.prep(c) !== 'according' && !(this.tree.prep(c) === 'on' && this.isChannel(c));
      level = level.flatMap((n) => (NAMING.has(this.tree.lemma(n)) ? this.tree.children[n]!.filter((c) => this.tree.base(c) !== 'nsubj' && inside(c)) : this.tree.children[n]!.filter(inside)));
    }
    return null;
  }

  /**
   * "the city", "the besieged town", "the enclave's main city": the place named last, in the sentence or the two
   * before, when nothing else says which ("the city of Mosul", "the Iraqi city", "Iraq's capital" do).
   */
  private townBefore(h: number): Place | null {
    const { tree } = this;
    if (!TOWN_NOUNS.has(tree.lower(h))) return null;
    const kids = tree.children[h]!;
    const the = (n: number) => tree.children[n]!.some((k) => tree.base(k) === 'det' && tree.lower(k) === 'the');
    // "the enclave's main city": a possessor that is a common noun with "the" names no other place.
    const owner = kids.find((k) => tree.rel(k) === 'nmod:poss');
    const described = owner !== undefined ? tree.tokens[owner]!.upos === 'NOUN' && the(owner) : the(h);
    if (!described) return null;
    if (kids.some((k) => (k !== owner && !['det', 'amod', 'case', 'punct'].includes(tree.base(k))) || (/^\p{Lu}/u.test(tree.form(k)) && tree.base(k) === 'amod'))) return null;
    const sentence = tree.tokens[h]!.sentence;
    for (let t = h - 1; t >= 0 && tree.tokens[t]!.sentence >= sentence - 2; t--) if (this.placeByToken[t]) return this.placeByToken[t]!;
    return null;
  }

  /** "Iowa and New Hampshire officials": a place coordinated with a noun that a place modifies modifies it too. */
  private placeBeforeConjunct(h: number): boolean {
    const { tree } = this;
    return tree.children[h]!.some((k) => tree.base(k) === 'conj' && tree.tokens[k]!.upos === 'NOUN' && tree.children[k]!.some((c) => tree.base(c) === 'compound' && this.placeByToken[c]));
  }

  /**
   * "Uganda said it had paid": a pronoun in a reported clause with no actor of its own is the
   * reporter, when the reporter is an actor and nothing else in between could be meant.
   */
  private speakerFor(h: number): Side | null {
    if (this.tree.tokens[h]!.upos !== 'PRON' || this.isActor(h)) return null;
    // "“I urge the Taliban to reverse their decision,” Bennett said": the first person of a quote is its speaker.
    const speaker = this.quotedBy[h];
    if (speaker && FIRST_PERSON.has(this.tree.lower(h))) {
      const actor = this.actors.get(speaker);
      if (actor) return { actorId: actor.id, code: actor.code, text: this.tree.form(h), token: h };
    }
    if (!['it', 'he', 'she', 'they', 'we', 'i'].includes(this.tree.lower(h))) return null;
    let clause = this.tree.head(h);
    for (let steps = 0; clause >= 0 && steps < 3; steps++, clause = this.tree.head(clause)) {
      if (this.tree.base(clause) !== 'ccomp') continue;
      const say = this.tree.head(clause);
      if (!this.words.reporting.has(this.tree.lemma(say))) return null;
      const subject = this.tree.deps(say, 'nsubj')[0];
      if (subject === undefined || this.tree.tokens[subject]!.upos === 'PRON') return null;
      // "officials confirmed it has killed three people": "it" is not the plural reporter.
      if (this.tree.lower(h) === 'it' && /^NNP?S$/.test(this.tree.tokens[subject]!.xpos)) return null;
      const side = this.sideAt(subject);
      return side.code ? side : null;
    }
    return null;
  }

  /** The country of a side: its actor's, or the place's it stands for; null for one of no country ("the administration"). */
  countryOf(side: Side): string | null {
    if (side.place) return side.code;
    return (side.actorId ? this.actors.get(side.actorId)?.country : null) ?? null;
  }

  /** The nearest actor before token `i` (in its sentence or the one before) of a country, another than `country`. */
  partnerBefore(i: number, country: string): Side | null {
    const sentence = this.tree.tokens[i]!.sentence;
    for (let n = i - 1; n >= 0 && this.tree.tokens[n]!.sentence >= sentence - 1; n--) {
      if (!this.isActor(n)) continue;
      const side = this.sideAt(n);
      const other = this.countryOf(side);
      if (other && other !== country) return side;
    }
    return null;
  }

  /** The actor whose role, printed before its name, covers the token: the country of "India's Foreign Secretary Vikram Misri". */
  roleHolder(i: number): string | null {
    return this.roleOf[i] ?? null;
  }

  /** Whether the phrase at `h` names a platform or broadcast medium ("Twitter", "state television"). */
  private isChannel(h: number): boolean {
    const words = this.tree.phrase(h).filter((i) => this.tree.base(i) !== 'det' && this.tree.base(i) !== 'case').map((i) => this.tree.lower(i));
    return this.words.channels.has(words.join(' '));
  }

  /** Whether the token is inside a mention that resolves to an actor. */
  isActor(i: number): boolean {
    const m = this.byToken[i];
    return !!m && !!(m.actorId ?? (m.chain !== null ? this.chainActor.get(m.chain) : undefined));
  }

  private mentionFor(h: number): Mention | null {
    const own = this.byToken[h];
    if (own && this.resolves(own)) return own;
    // The head of "the new US administration" is not inside the mention "US"; its name parts are.
    // Not a phrase with a preposition of its own, which the parser took for an apposition ("the shooting, according to
    // prosecutor X").
    const parts = this.tree.children[h]!.filter((c) => (NAME_PARTS.has(this.tree.rel(c)) || NAME_PARTS.has(this.tree.base(c))) && this.tree.prep(c) === null);
    parts.sort((a, b) => Math.abs(a - h) - Math.abs(b - h));
    for (const c of parts) {
      const m = this.byToken[c];
      if (m && this.resolves(m)) return m;
    }
    return own ?? null;
  }

  private resolves(m: Mention): boolean {
    return !!(m.actorId ?? (m.chain !== null ? this.chainActor.get(m.chain) : undefined));
  }
}

/** The span of each mention's role where the text prints it just before the name (with a comma between or not). */
function rolesBefore(doc: Readonly<Doc>): Array<{ start: number; end: number; actorId: string }> {
  const text = doc.article.text;
  const out: Array<{ start: number; end: number; actorId: string }> = [];
  for (const m of doc.mentions) {
    if (!m.role || !m.actorId) continue;
    const start = text.lastIndexOf(m.role, m.start);
    if (start < 0 || !/^[\s,]*$/.test(text.slice(start + m.role.length, m.start))) continue;
    out.push({ start, end: start + m.role.length, actorId: m.actorId });
  }
  return out;
}
