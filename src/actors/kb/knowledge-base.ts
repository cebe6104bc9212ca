import type { ActorEntry, ActorType, AgentEntry, CountryEntry, KbEntry, Role } from './schema.js';
import { looseKey, looseOf, nameKey } from './normalise.js';
import { mergeActor, mergeCountry } from './merge.js';
import { genericActor, type GenericActor } from './generic.js';
import { NameIndex, type PrebuiltIndex } from './name-index.js';
import { inOffice, rolesAt, standingAt, toDay, type RolesAtOptions, type Standing, type StandingOptions } from './roles.js';

export type MatchKind = 'name' | 'loose' | 'surname';

export interface ActorMatch {
  actor: ActorEntry;
  /** How the name matched: a full name or alias, the same without "al-" particles, or a person's last name alone. */
  match: MatchKind;
  /** The actor belongs to one of the context countries. */
  inContext: boolean;
  /** Its roles at the date asked about (empty without a date). */
  roles: Role[];
  /** Its role, code and agent at the date asked about (null without a date). */
  standing: Standing | null;
}

export interface FindOptions {
  /** The countries the article is about (ISO alpha-3): candidates from them rank first. */
  countries?: readonly string[];
  /** The article's date: candidates holding an office then rank first. */
  date?: string | Date;
  /** Also match a person by last name alone ("Rouhani"), unless the word is a common English word. Default true. */
  surnames?: boolean;
  /** The name has no title before it, though its first word may look like one ("Hunter Biden"): match it whole. */
  asWritten?: boolean;
}

export interface KnowledgeBaseOptions {
  /** Words that alone name no person ("will", "may"). */
  commonWords?: Iterable<string>;
  /** Entries added after the base: hand-written updates and users' files. */
  additions?: Iterable<KbEntry>;
  /** The base's name indexes as built by `npm run build:kb` (`exportIndex`), to save indexing at start-up. */
  index?: PrebuiltIndex;
}

/** The loaded knowledge base with its indexes. Build one with `loadKnowledgeBase()`. */
export class KnowledgeBase {
  readonly actors = new Map<string, ActorEntry>();
  readonly countries = new Map<string, CountryEntry>();
  readonly agents = new Map<string, AgentEntry>();
  private byName = new NameIndex();
  private byLoose = new NameIndex();
  private bySurname = new NameIndex();
  private readonly byAdjective = new Map<string, string>();
  private readonly byCapital = new Map<string, string>();
  private readonly byCountryName = new Map<string, string>();
  private readonly commonWords: ReadonlySet<string>;

  /**
   * `base` entries (the committed data) extend one another only by id; each of the `additions` (hand-written
   * updates, users' files) extends the actor with its id or, for a person, the one person of its country with its name.
   */
  constructor(base: Iterable<KbEntry>, options: KnowledgeBaseOptions = {}) {
    this.commonWords = new Set([...(options.commonWords ?? [])].map(nameKey));
    for (const entry of base) this.put(entry, false);
    for (const country of this.countries.values()) {
      this.indexCountry(country);
      const id = country.iso3.toLowerCase();
      const own = countryActor(country);
      const seen = this.actors.get(id);
      this.actors.set(id, seen ? mergeActor(own, seen) : own);
    }
    // A prebuilt index is used only if it was built from these very actors; otherwise they are indexed here.
    const index = options.index;
    if (index && index.actors === this.actors.size) {
      this.byName = new NameIndex(index.names);
      this.byLoose = new NameIndex(index.loose);
      this.bySurname = new NameIndex(index.surnames);
    } else for (const actor of this.actors.values()) this.indexActor(actor);
    this.indexed = true;
    for (const entry of options.additions ?? []) this.add(entry);
  }

  /** The name indexes, to be written by the build and given back as `options.index`. */
  exportIndex(): PrebuiltIndex {
    return { actors: this.actors.size, names: this.byName.toTable(), loose: this.byLoose.toTable(), surnames: this.bySurname.toTable() };
  }

  private indexed = false;

  /** Adds an entry; one whose id (or, for a person, name and country) is already known extends that actor. */
  add(entry: KbEntry): void {
    this.put(entry, true);
  }

  private put(entry: KbEntry, byName: boolean): void {
    if (entry.kind === 'country') {
      const seen = this.countries.get(entry.iso3);
      const merged = seen ? mergeCountry(seen, entry) : entry;
      this.countries.set(entry.iso3, merged);
      if (this.indexed) this.indexCountry(merged);
    } else if (entry.kind === 'agent') {
      this.agents.set(nameKey(entry.word), entry);
    } else {
      const id = this.actors.has(entry.id) ? entry.id : byName ? (this.samePerson(entry) ?? entry.id) : entry.id;
      const seen = this.actors.get(id);
      const actor = seen ? mergeActor(seen, entry) : entry;
      this.actors.set(id, actor);
      if (this.indexed && seen && entry.removeNames?.length) this.unindexActor(seen, actor);
      if (this.indexed) this.indexActor(actor);
    }
  }

  actor(id: string): ActorEntry | null {
    return this.actors.get(id) ?? null;
  }

  /** The one country of every actor of these types named so, as written ("Gaza", "Hamas"), else null. */
  soleCountry(name: string, types: ReadonlySet<ActorType>): string | null {
    const countries = new Set(this.findActors(name, { asWritten: true }).filter((m) => types.has(m.actor.type)).map((m) => m.actor.country));
    const [only] = countries;
    return countries.size === 1 && only ? only : null;
  }

  /**
   * Actors with this name or alias, best first: in the context countries, holding office at the date, exact before
   * loose. A single word also finds people by last name ("Hussein"), and leading titles and nationality words are
   * set aside when the whole does not match ("Iraqi Foreign Minister Fuad Hussein" -> "Fuad Hussein").
   */
  findActors(name: string, options: FindOptions = {}): ActorMatch[] {
    const words = name.trim().split(/\s+/);
    for (let skip = 0; skip < (options.asWritten ? 1 : Math.min(words.length, 6)); skip++) {
      if (skip > 0 && !this.isTitle(words.slice(0, skip))) continue;
      const found = this.match(words.slice(skip).join(' '), options);
      if (found.length > 0) return found;
    }
    return [];
  }

  private match(name: string, options: FindOptions): ActorMatch[] {
    const key = nameKey(name);
    if (!key) return [];
    const single = !key.includes(' ');
    const common = single && this.commonWords.has(key);
    const found = new Map<string, MatchKind>();
    for (const id of this.byName.get(key)) found.set(id, 'name');
    if (found.size === 0) {
      const loose = looseOf(key);
      for (const id of [...this.byLoose.get(loose), ...(loose !== key ? this.byName.get(loose) : [])]) found.set(id, 'loose');
    }
    if (single && !common && options.surnames !== false) {
      for (const id of this.bySurname.get(key)) if (!found.has(id)) found.set(id, 'surname');
    }
    const context = new Set(options.countries ?? []);
    const day = options.date ? toDay(options.date) : null;
    const matches: ActorMatch[] = [];
    for (const [id, match] of found) {
      const actor = this.actors.get(id)!;
      // A common word alone ("Will", "May", "who") names no person, and names anything else only when
      // written exactly as listed ("WHO", "IS").
      if (common && (actor.type === 'person' || ![actor.name, ...actor.aliases].includes(name.trim()))) continue;
      const roles = day ? rolesAt(actor, day) : [];
      const standing = day ? standingAt(actor, day) : null;
      const inContext = actorCountries(actor).some((c) => context.has(c));
      matches.push({ actor, match, inContext, roles, standing });
    }
    return matches.sort((a, b) => score(b) - score(a));
  }

  /** Whether these words are all titles and nationality words ("Iraqi Foreign Minister", "General"). */
  private isTitle(words: string[]): boolean {
    if (words.length === 0) return true;
    for (let n = Math.min(3, words.length); n >= 1; n--) {
      const phrase = words.slice(0, n).join(' ');
      if ((this.agentForWord(phrase) || (n === 1 && this.countryByAdjective(phrase))) && this.isTitle(words.slice(n))) return true;
    }
    return false;
  }

  /** The roles `actor` holds on `date`, best first. */
  rolesAt(actor: ActorEntry | string, date: string | Date, options?: RolesAtOptions): Role[] {
    const a = typeof actor === 'string' ? this.actors.get(actor) : actor;
    return a ? rolesAt(a, date, options) : [];
  }

  /** Role, code, agent and country of `actor` at `date` (see `standingAt`). */
  standingAt(actor: ActorEntry | string, date: string | Date, options?: StandingOptions): Standing | null {
    const a = typeof actor === 'string' ? this.actors.get(actor) : actor;
    return a ? standingAt(a, date, options) : null;
  }

  /** A role as a reader would say it: "President" of IRN -> "President of Iran". */
  roleLabel(role: Role): string {
    if (!role.role) return `(untitled, coded ${role.code})`;
    const country = role.country ? this.countries.get(role.country) : undefined;
    return country && !nameKey(role.role).includes(nameKey(country.name)) ? `${role.role} of ${country.name}` : role.role;
  }

  country(code: string): CountryEntry | null {
    return this.countries.get(code.toUpperCase()) ?? null;
  }

  /** A country by its name or an alias ("Iraq", "Republic of Iraq", "Persia"). */
  countryByName(name: string): CountryEntry | null {
    return this.lookup(this.byCountryName, name);
  }

  /** A country by its name, an alias, an adjective or a demonym ("Iraq", "US", "Iraqi"). */
  findCountry(word: string): CountryEntry | null {
    return this.countryByName(word) ?? this.countryByAdjective(word);
  }

  /** A generic actor named by nationality and role: "the Iraqi Parliament" -> IRQLEG (see `genericActor`). */
  genericActor(phrase: string): GenericActor | null {
    return genericActor(this, phrase);
  }

  /** A country by an adjective or demonym ("Iraqi", "Iraqis"). */
  countryByAdjective(word: string): CountryEntry | null {
    return this.lookup(this.byAdjective, word);
  }

  /** A country by its capital ("Tehran"). */
  countryByCapital(city: string): CountryEntry | null {
    return this.lookup(this.byCapital, city);
  }

  /** The agent code of a role word ("minister" -> GOV, "Parliament" -> LEG), trying singular forms of plurals. */
  agentForWord(word: string): AgentEntry | null {
    const key = nameKey(word);
    for (const k of [key, ...singulars(key)]) {
      const entry = this.agents.get(k);
      if (entry) return entry;
    }
    return null;
  }

  /** Number of entries per kind of actor, and of countries and agent words. */
  counts(): Record<string, number> {
    const counts: Record<string, number> = { countries: this.countries.size, 'agent words': this.agents.size };
    for (const actor of this.actors.values()) counts[actor.type] = (counts[actor.type] ?? 0) + 1;
    counts['people with a dated role after 2015'] = [...this.actors.values()].filter(
      (a) => a.type === 'person' && a.roles.some((r) => (r.to ?? r.asOf ?? '9999') >= '2016' && r.agent !== 'ELI'),
    ).length;
    return counts;
  }

  private lookup(index: Map<string, string>, name: string): CountryEntry | null {
    const code = index.get(nameKey(name));
    return code ? (this.countries.get(code) ?? null) : null;
  }

  private samePerson(entry: ActorEntry): string | null {
    if (entry.type !== 'person' || !entry.country) return null;
    for (const name of [entry.name, ...entry.aliases]) {
      const ids = this.byName.get(nameKey(name)).filter((id) => {
        const a = this.actors.get(id);
        return a?.type === 'person' && actorCountries(a).includes(entry.country!);
      });
      if (ids.length === 1) return ids[0]!;
    }
    return null;
  }

  private indexCountry(country: CountryEntry): void {
    for (const n of [country.name, ...country.aliases]) this.byCountryName.set(nameKey(n), country.iso3);
    for (const a of country.adjectives) this.byAdjective.set(nameKey(a), country.iso3);
    // A capital whose name is a common word once its article is set aside ("The Valley") would be every valley.
    for (const c of country.capital) if (!this.byCapital.has(nameKey(c)) && !this.commonWords.has(nameKey(c))) this.byCapital.set(nameKey(c), country.iso3);
  }

  private indexActor(actor: ActorEntry): void {
    const keys = indexKeys(actor);
    for (const key of keys.names) this.byName.add(key, actor.id);
    for (const key of keys.loose) this.byLoose.add(key, actor.id);
    for (const key of keys.surnames) this.bySurname.add(key, actor.id);
  }

  /** Takes the keys of `before` that `after` (the same actor, with names removed) no longer has out of the indexes. */
  private unindexActor(before: ActorEntry, after: ActorEntry): void {
    const [old, now] = [indexKeys(before), indexKeys(after)];
    for (const key of old.names) if (!now.names.has(key)) this.byName.remove(key, before.id);
    for (const key of old.loose) if (!now.loose.has(key)) this.byLoose.remove(key, before.id);
    for (const key of old.surnames) if (!now.surnames.has(key)) this.bySurname.remove(key, before.id);
  }
}

/** The keys an actor is indexed under: its names; those with an article without it; a person's last names. */
const JOINED_ARTICLE = /^(?:al|el|ul|ad|an|ar|as|at|az|ash|ath)[-‐'’]/i;

function indexKeys(actor: ActorEntry): { names: Set<string>; loose: Set<string>; surnames: Set<string> } {
  const keys = { names: new Set<string>(), loose: new Set<string>(), surnames: new Set<string>() };
  for (const n of [actor.name, ...actor.aliases]) {
    const key = nameKey(n);
    keys.names.add(key);
    // Only names with an article need a second key; the others are found under their own (see match). A person's
    // single-word loose key comes only from an article joined to the name ("al-Bashir"): "Al Gore" is no loose
    // "Gore", which would pass every surname rule.
    const loose = looseOf(key);
    if (loose !== key && (actor.type !== 'person' || loose.includes(' ') || JOINED_ARTICLE.test(n))) keys.loose.add(loose);
    const words = key.split(' ');
    const last = words.at(-1)!;
    if (actor.type === 'person' && words.length > 1 && last.length > 2) keys.surnames.add(last);
  }
  return keys;
}

/** Every country is also an actor (the state as a whole), under its lower-case ISO code. */
function countryActor(country: CountryEntry): ActorEntry {
  return {
    kind: 'actor',
    id: country.iso3.toLowerCase(),
    name: country.name,
    aliases: country.aliases,
    type: 'country',
    country: country.iso3,
    code: country.cameo,
    agent: null,
    born: null,
    died: null,
    roles: [],
    source: country.source,
  };
}

function actorCountries(actor: ActorEntry): string[] {
  const out = actor.country ? [actor.country] : [];
  for (const r of actor.roles) if (r.country && !out.includes(r.country)) out.push(r.country);
  return out;
}

function score(m: ActorMatch): number {
  const kind = m.match === 'name' ? 4 : m.match === 'loose' ? 2 : 0;
  const office = inOffice(m.standing) ? 8 : 0;
  const type = m.actor.type === 'person' ? 0 : 1;
  return (m.inContext ? 16 : 0) + office + kind + type;
}

function singulars(word: string): string[] {
  const out: string[] = [];
  if (word.endsWith('ies')) out.push(`${word.slice(0, -3)}y`);
  if (word.endsWith('es')) out.push(word.slice(0, -2));
  if (word.endsWith('s')) out.push(word.slice(0, -1));
  if (word.endsWith('men')) out.push(`${word.slice(0, -3)}man`);
  return out;
}
