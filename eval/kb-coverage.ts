// npm run eval -- kb-coverage: how much of issue 4's office coverage the knowledge base holds. For every UN member,
// the years 2000-2025 in which some person is known to hold a head of state or government role on 1 July; for the
// 60 UN members named most often in the bundled news (examples/), the years 2015-2025 with a foreign minister,
// a defence minister, a speaker and a chief of the armed forces. Lists the countries and years missing.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadKnowledgeBase, type ActorEntry, type KnowledgeBase, type Role } from '../src/actors/kb/index.js';
import { endOf, startOf } from '../src/actors/kb/roles.js';
import { pct } from './_shared.js';

const OFFICES = {
  'head of state or government':
    /^(?:(?:Acting |Interim |Transitional |Caretaker )?(?:President|Prime Minister)(?: of the (?:Republic|State|Swiss Confederation|Confederation|Presidential Council|Sovereign(?:ty)? Council|Transitional (?:Presidential )?Council|Council of (?:State|Ministers)|Presidency|Government)\b.*)?|Premier|Chancellor|Taoiseach|King|Queen|Emir|Sultan|Emperor|Supreme Leader\b.*|Head of (?:State|Government)|Head of the military government|Chief Adviser\b.*|Chairman of the (?:State Affairs Commission|Presidential (?:Leadership )?Council|Sovereign(?:ty)? Council|Transitional Military Council|Council of Ministers|Presidency|State Administration Council)|Co-Prince|Captain Regent|Grand Duke|Prince|Governor-General|Governors-GENERAL)$/i,
  'foreign minister': /^(?:Acting )?(?:Foreign (?:Minister|Secretary)|Minister (?:of|for) (?:Foreign|External) (?:Affairs|Relations)|External Affairs Minister|Secretary of State(?: for Foreign(?: and Commonwealth)?(?: and Development)? Affairs)?$|Secretary of Foreign Affairs|Minister of International Relations and Cooperation)\b/i,
  'defence minister': /^(?:Acting )?(?:Defen[cs]e (?:Minister|Secretary)|Minister (?:of|for) (?:National )?Defen[cs]e|Secretary of (?:National )?Defen[cs]e|Minister of (?:the )?(?:Revolutionary )?Armed Forces)\b/i,
  speaker:
    /^(?:(?:Lord )?Speaker\b.*|Ceann Comhairle|Marshal of the (?:Sejm|Senate)|(?:President|Chair(?:man|person)?) of the (?:National Assembly|Chamber of (?:Deputies|Representatives)|Senate|Bundestag|Parliament|Assembly(?: of the Republic)?|State Duma|Federation Council|Congress(?: of Deputies)?|Legislative\b.*|National Council(?: of Provinces)?|Grand National Assembly|House of (?:Representatives|Assembly)|Verkhovna Rada|Riigikogu|Sejm|Storting|National People's Congress|Standing Committee\b.*|Supreme People's Assembly))$/i,
  'armed forces chief':
    /^(?:Chief of (?:the )?(?:\w+ )*(?:General|Defen[cs]e|Joint|Army|Armed Forces|Military) Staff\b.*|Chief of Staff of the (?:Army|Armed Forces|Defen[cs]e Forces?)|Chief of (?:the )?(?:\w+ )*Defen[cs]e(?: Forces?)?|Chairman of the Joint Chiefs of Staff|Commander(?:-in-Chief)? of (?:the )?(?:\w+ )*(?:Armed Forces|National Army|Defen[cs]e Services|Defen[cs]e Forces?|Army)\b.*|Chief of the Armed Forces|Army Chief)$/i,
} as const;
type Office = keyof typeof OFFICES;

const GRACE_DAYS = 730;
// States that became independent after 2000 count from the year after (UN, "Member States": South Sudan joined
// on 2011-07-14, Timor-Leste on 2002-09-27, Montenegro on 2006-06-28).
const INDEPENDENT_FROM: Record<string, number> = { SSD: 2012, TLS: 2003, MNE: 2007 };
const TOP = 60;

export default function evaluate(): void {
  const kb = loadKnowledgeBase({ userDir: null });
  const members = [...kb.countries.values()].filter((c) => c.unMember).map((c) => c.iso3);
  const holders = officeHolders(kb);
  report('head of state or government', members, range(2000, 2025), holders);
  const top = newsCountries(kb, members).slice(0, TOP);
  console.log(`the ${TOP} UN members named most often in examples/: ${top.join(' ')}`);
  for (const office of ['foreign minister', 'defence minister', 'speaker', 'armed forces chief'] as const) report(office, top, range(2015, 2025), holders);
}

/** Days (1 July of each year) on which each country has someone in each office: "IRQ|foreign minister" -> years. */
function officeHolders(kb: KnowledgeBase): Map<string, Set<number>> {
  const covered = new Map<string, Set<number>>();
  for (const actor of kb.actors.values()) {
    if (actor.type !== 'person') continue;
    for (const role of actor.roles) {
      const office = officeOf(role);
      const country = role.country === undefined ? actor.country : role.country;
      if (!office || !country) continue;
      const key = `${country}|${office}`;
      const years = covered.get(key) ?? new Set<number>();
      for (const year of range(2000, 2025)) if (heldOn(role, actor, `${year}-07-01`)) years.add(year);
      covered.set(key, years);
    }
  }
  return covered;
}

function officeOf(role: Role): Office | null {
  if (!role.role) return null;
  for (const [office, pattern] of Object.entries(OFFICES) as Array<[Office, RegExp]>) if (pattern.test(role.role)) return office;
  return null;
}

/** Held on `day`, an open role counting for two years past the date its source confirms it to (as the actors stage presumes). */
function heldOn(role: Role, actor: ActorEntry, day: string): boolean {
  if (role.from && startOf(role.from) > day) return false;
  if (actor.died && endOf(actor.died) < day) return false;
  if (role.to) return endOf(role.to) >= day;
  if (!role.asOf) return true;
  const until = new Date(Date.parse(endOf(role.asOf)) + GRACE_DAYS * 86_400_000).toISOString().slice(0, 10);
  return until >= day;
}

/** UN members by the number of bundled articles naming them (country name or adjective). */
function newsCountries(kb: KnowledgeBase, members: readonly string[]): string[] {
  const texts: string[] = [];
  for (const folder of ['voa', 'wikinews']) {
    const dir = join(import.meta.dirname, '..', 'examples', folder);
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.jsonl'))) {
      for (const line of readFileSync(join(dir, file), 'utf8').split('\n')) if (line.trim()) texts.push((JSON.parse(line) as { text: string }).text);
    }
  }
  // One pass of the longest names first, so that "Papua New Guinea" is not Guinea nor "South Sudan" Sudan.
  const byName = new Map<string, string>();
  for (const country of kb.countries.values()) {
    for (const name of [country.name, ...country.adjectives.filter((a) => a.length > 3)]) if (!byName.has(name)) byName.set(name, country.iso3);
  }
  const pattern = new RegExp(`\\b(?:${[...byName.keys()].sort((a, b) => b.length - a.length).map(escape).join('|')})\\b`, 'g');
  const counts = new Map(members.map((iso3) => [iso3, 0]));
  for (const text of texts) {
    for (const iso3 of new Set(Array.from(text.matchAll(pattern), (m) => byName.get(m[0])!))) if (counts.has(iso3)) counts.set(iso3, counts.get(iso3)! + 1);
  }
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([iso3]) => iso3);
}

function report(office: Office, countries: readonly string[], years: readonly number[], holders: Map<string, Set<number>>): void {
  let have = 0;
  let total = 0;
  const gaps: string[] = [];
  for (const iso3 of countries) {
    const held = holders.get(`${iso3}|${office}`) ?? new Set<number>();
    const counted = years.filter((y) => y >= (INDEPENDENT_FROM[iso3] ?? 0));
    const missing = counted.filter((y) => !held.has(y));
    total += counted.length;
    have += counted.length - missing.length;
    if (missing.length) gaps.push(`${iso3} ${spans(missing)}`);
  }
  console.log(`${office}, ${years[0]}-${years.at(-1)}, ${countries.length} countries: ${pct(have / total)} of country-years (${countries.length - gaps.length} countries complete)`);
  if (gaps.length) console.log(`  missing: ${gaps.join('; ')}`);
}

function range(from: number, to: number): number[] {
  return Array.from({ length: to - from + 1 }, (_, i) => from + i);
}

/** 2001,2002,2003,2007 -> "2001-03,2007". */
function spans(years: readonly number[]): string {
  const parts: string[] = [];
  for (let i = 0; i < years.length; ) {
    let j = i;
    while (j + 1 < years.length && years[j + 1] === years[j]! + 1) j++;
    parts.push(j > i ? `${years[i]}-${String(years[j]).slice(2)}` : String(years[i]));
    i = j + 1;
  }
  return parts.join(',');
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
