// npx tsx scripts/kb/duplicate-people.ts [--all] — lists pairs of people in the knowledge base (data/kb with its
// updates) that may be one person entered twice: a hand-written entry in data/kb/updates/ that took an id of its own
// instead of extending the converted (Phoenix/CountryInfo) entry of the same person, or two hand-written entries.
// A pair is listed when the two share a country and either
//   (name) a name or alias, compared as loose name keys (case, accents, dots and Arabic articles aside), or the first
//          and last words of a name of three words or more ("Ali Ardeshir Larijani" and "Ali Larijani"): often one
//          person seen at two points of a career (a minister in the converted data, a head of government since), or
//   (term) a word of their names that few people's names have, and terms in an office of the same kind (the role's
//          title without "of ...") that overlap in time ("Joseph Kabila Kabange" and "Joseph Kabila", both President
//          of the DR Congo from 2001).
// Many "name" pairs are relatives or namesakes (the Al Sabah, Al Thani, Kim, Lee): review each.
// Without --all, only pairs with at least one hand-written entry are listed. Prints, per pair, both ids with their
// names, where they come from and their roles, for review: a true duplicate is merged by hand (the update extends
// the converted entry's id and the other entry goes; see data/kb/SOURCES.md).
import { loadKnowledgeBase } from '../../src/actors/kb/load.js';
import { looseKey } from '../../src/actors/kb/normalise.js';
import { endOf, startOf } from '../../src/actors/kb/roles.js';
import type { ActorEntry, Role } from '../../src/actors/kb/schema.js';

const all = process.argv.includes('--all');
const kb = loadKnowledgeBase({ userDir: null });
const base = loadKnowledgeBase({ userDir: null, updates: false });

const people = [...kb.actors.values()].filter((a) => a.type === 'person');
const byKey = new Map<string, Set<string>>();
const add = (key: string, id: string) => {
  if (!key) return;
  let ids = byKey.get(key);
  if (!ids) byKey.set(key, (ids = new Set()));
  ids.add(id);
};
for (const person of people) {
  for (const name of [person.name, ...person.aliases]) {
    const key = looseKey(name);
    add(key, person.id);
    const words = key.split(' ');
    if (words.length >= 3) add(`${words[0]} ${words.at(-1)}`, person.id);
  }
}

// Words of people's names, and how many people have each: a word most names share ("mohamed", "bin") says nothing.
const wordCount = new Map<string, number>();
const wordsOf = (a: ActorEntry) => new Set([a.name, ...a.aliases].flatMap((n) => looseKey(n).split(' ')).filter((w) => w.length >= 4));
for (const person of people) for (const w of wordsOf(person)) wordCount.set(w, (wordCount.get(w) ?? 0) + 1);
const RARE = 30;

const countries = (a: ActorEntry) => new Set([a.country, ...a.roles.map((r) => r.country)].filter((c): c is string => !!c));
const kindOf = (r: Role) =>
  r.role
    ? r.role
        .toLowerCase()
        .replace(/\s+(?:of|for)\s.*$/, '')
        .replace(/^(?:acting|interim|de facto)\s+/, '')
    : `code ${r.agent ?? r.code.slice(3, 6)}`;
/** The last day of a role; an open one ends where its source stops confirming it (a converted role "as of 2012"). */
const lastDay = (r: Role) => (r.to ?? r.asOf ? endOf((r.to ?? r.asOf)!) : '9999');
/** Both held an office of the same kind, with a title, in the same country at the same time (more than a handover day). */
const sameTerm = (a: ActorEntry, b: ActorEntry) =>
  a.roles.some((r) =>
    b.roles.some(
      (q) => r.role && q.role && kindOf(r) === kindOf(q) && (r.country ?? a.country) === (q.country ?? b.country) && r.from && q.from &&
        startOf(r.from) < lastDay(q) && startOf(q.from) < lastDay(r),
    ),
  );
const overlaps = <T>(a: Set<T>, b: Set<T>) => [...a].some((x) => b.has(x));
const kinds = (a: ActorEntry) => new Set(a.roles.map(kindOf));
const origin = (a: ActorEntry) => (base.actors.has(a.id) ? (a.source.includes('dyad maintainers') ? 'converted + update' : 'converted') : 'update only');

// Candidate pairs: people sharing a name key, and people sharing a rare name word (tested for a common term below).
const candidates = new Map<string, string>();
const pairsOf = (ids: Iterable<string>, why: string) => {
  const list = [...ids].sort();
  for (let i = 0; i < list.length; i++) for (let j = i + 1; j < list.length; j++) if (!candidates.has(`${list[i]} ${list[j]}`)) candidates.set(`${list[i]} ${list[j]}`, why);
};
for (const [key, ids] of byKey) if (ids.size > 1) pairsOf(ids, `name "${key}"`);
const byWord = new Map<string, string[]>();
for (const person of people) for (const w of wordsOf(person)) if ((wordCount.get(w) ?? 0) <= RARE) byWord.set(w, [...(byWord.get(w) ?? []), person.id]);
for (const [word, ids] of byWord) if (ids.length > 1) pairsOf(ids, `term, word "${word}"`);

let listed = 0;
for (const [pair, why] of candidates) {
  const [a, b] = pair.split(' ').map((id) => kb.actors.get(id)!) as [ActorEntry, ActorEntry];
  if (!all && base.actors.has(a.id) && base.actors.has(b.id)) continue;
  if (!overlaps(countries(a), countries(b))) continue;
  if (why.startsWith('term') && !sameTerm(a, b)) continue;
  listed++;
  console.log(`== ${why}${overlaps(kinds(a), kinds(b)) ? '' : ' (no office of the same kind)'}`);
  for (const x of [a, b]) {
    console.log(`  ${x.id} [${origin(x)}] ${x.name}${x.aliases.length ? ` (${x.aliases.join('; ')})` : ''}`);
    for (const r of x.roles) console.log(`      ${r.from ?? '?'} – ${r.to ?? (r.asOf ? `(as of ${r.asOf})` : '')}  ${r.role ?? '(untitled)'}  ${r.code}`);
  }
}
console.log(`${listed} pairs`);
