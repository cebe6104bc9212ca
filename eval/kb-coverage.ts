// npm run eval -- kb-coverage: how much of issue 4's office coverage the knowledge base holds. For every UN member,
// the years 2000-2025 in which some person is known to hold a head of state role, a head of government role, and
// either, on 1 July; for the 60 UN members named most often in the bundled news (examples/), the years 2015-2025
// with a foreign minister, a defence minister, a speaker and a chief of the armed forces. Lists the countries and
// years missing.
//
// Heads of state and of government are told apart by the role's title (HEADS below), read after "_" -> " ", a
// trailing "(...)" note of the converted dictionaries dropped and "Acting"/"Interim"/"Transitional"/"Caretaker"
// taken off either end:
// - head of state: President (alone, or "of the Republic/State/Union/Presidency"), Co-President, monarchs (King,
//   Queen, Emir/Amir, Sultan, Ruler, Malaysia's Paramount Ruler, Emperor, Grand Duke, Prince, Co-Prince), Captains Regent, Supreme Leader, "Head of State",
//   Libya's "Leader", a Governor-General (the monarch's representative: the KB holds the Governors-General of the
//   Commonwealth realms, not the King of each), collective presidencies and councils that hold the office
//   (Chairman of the Presidency, of the Presidential (Leadership) Council, of the Sovereignty Council, of the State
//   Affairs Commission; President of the Governing Council; Egypt's Chairman of the Supreme Council of the Armed Forces).
// - head of government: Prime Minister (alone, or followed by ", ..." / " and ..." / "of the Republic/Government"),
//   Co-Prime Minister, Premier (of the State Council), Chancellor, Federal Chancellor, Taoiseach, "Head of
//   Government", Chairman of the Council of Ministers or of the Cabinet of Ministers, Head of the (Taliban's) Supreme Council, President of the Council of
//   Ministers or of the Government, Chief Adviser.
// - both: heads of military governments and juntas (Head of the military government/junta, Chairman of the
//   Transitional Military Council, of the State Peace and Development Council, of the State Administration
//   Council, of the High Council of State), the President of the Swiss Confederation, Cuba's President of the
//   Council of State.
// Titles of sub-national or rival authorities ("President of Zanzibar", "Prime Minister of the Houthi government",
// "Emir of al-Shabaab") match none of these.
//
// Presidential systems: where one person holds both offices the KB has no head of government apart from the head
// of state, so a head of state counts as head of government in a country-year when the KB knows no head of
// government then and either (a) it knows none of that country on 1 July of any year 2000-2025 (the USA, Mexico,
// Brazil, Nigeria, Indonesia, ...; also Monaco, whose Minister of State no title above matches, and San Marino),
// or (b) the country had no head of government apart from its head of state that year (NO_SEPARATE_HEAD_OF_
// GOVERNMENT: the office abolished or not yet created, or held by the monarch; from each country's "Prime Minister
// of X" Wikipedia article). Every other year without a head of government is missing. The country-years filled by
// (a) and (b) are printed ("head of state taken as head of government") so that a reader can check them.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadKnowledgeBase, type ActorEntry, type KnowledgeBase, type Role } from '../src/actors/kb/index.js';
import { endOf, startOf } from '../src/actors/kb/roles.js';
import { pct } from './_shared.js';

const OFFICES = {
  'foreign minister': /^(?:Acting )?(?:Foreign (?:Minister|Secretary)|Minister (?:of|for) (?:Foreign|External) (?:Affairs|Relations)|External Affairs Minister|Secretary of State(?: for Foreign(?: and Commonwealth)?(?: and Development)? Affairs)?$|Secretary of Foreign Affairs|Minister of International Relations and Cooperation)\b/i,
  'defence minister': /^(?:Acting )?(?:Defen[cs]e (?:Minister|Secretary)|Minister (?:of|for) (?:National )?Defen[cs]e|Secretary of (?:National )?Defen[cs]e|Minister of (?:the )?(?:Revolutionary )?Armed Forces)\b/i,
  speaker:
    /^(?:(?:Lord )?Speaker\b.*|Ceann Comhairle|Marshal of the (?:Sejm|Senate)|(?:President|Chair(?:man|person)?) of the (?:National Assembly|Chamber of (?:Deputies|Representatives)|Senate|Bundestag|Parliament|Assembly(?: of the Republic)?|State Duma|Federation Council|Congress(?: of Deputies)?|Legislative\b.*|National Council(?: of Provinces)?|Grand National Assembly|House of (?:Representatives|Assembly)|Verkhovna Rada|Riigikogu|Sejm|Storting|National People's Congress|Standing Committee\b.*|Supreme People's Assembly))$/i,
  'armed forces chief':
    /^(?:Chief of (?:the )?(?:\w+ )*(?:General|Defen[cs]e|Joint|Army|Armed Forces|Military) Staff\b.*|Chief of Staff of the (?:Army|Armed Forces|Defen[cs]e Forces?)|Chief of (?:the )?(?:\w+ )*Defen[cs]e(?: Forces?)?|Chairman of the Joint Chiefs of Staff|Commander(?:-in-Chief)? of (?:the )?(?:\w+ )*(?:Armed Forces|National Army|Defen[cs]e Services|Defen[cs]e Forces?|Army)\b.*|Chief of the Armed Forces|Army Chief)$/i,
} as const;
type Office = keyof typeof OFFICES | 'head of state' | 'head of government' | 'head of state or government';

const PREFIX = /^(?:(?:Acting|Interim|Transitional|Caretaker) )+/i;
const SUFFIX = /(?: (?:Acting|Interim))+$/i;
const HEADS: Array<[RegExp, Array<'head of state' | 'head of government'>]> = [
  [
    /^(?:Presidents?(?: of the (?:Republic|State|Union|Presidency)\b.*)?|Co-President|Kings?|Queens?|Kings?\/Queens?|Emir|Amir|Sultan|(?:Paramount )?Ruler|Yang di-Pertuan Agong|Emperor|Grand Duke|(?:Sovereign )?Prince|(?:Head of State )?Co-Prince|Captains?[- ]Regent\b.*|Co-Head of State\b.*|Supreme Leader\b.*|Head of State|Leader|Governors?[- ]General|Chairman of the (?:Presidency\b.*|Presidential (?:Leadership )?Council|Sovereign(?:ty)? Council|State Affairs Commission)|President of the Governing Council|Chairman of the Supreme Council of the Armed Forces)$/i,
    ['head of state'],
  ],
  [
    /^(?:(?:Co-)?Prime Ministers?(?:(?:,| and) .*| of the (?:Republic|Government)\b.*)?|Premier(?:,? (?:of the )?State Council)?|(?:Federal )?Chancellor|Taoiseach|Head of Government|Chairman of the (?:Council|Cabinet) of Ministers|Head of the Supreme Council|Presidents? of the (?:Council of Ministers?|Government)|Chief Adviser\b.*)$/i,
    ['head of government'],
  ],
  [
    /^(?:Head of the military (?:government|junta)|Chairman of the (?:Transitional Military Council|State Peace and Development Council|State Administration Council|High Council of State)|President of the (?:Swiss )?Confederation|President of the Council of State)$/i,
    ['head of state', 'head of government'],
  ],
];

const GRACE_DAYS = 730;
// States that became independent after 2000 count from the year after (UN, "Member States": South Sudan joined
// on 2011-07-14, Timor-Leste on 2002-09-27, Montenegro on 2006-06-28).
const INDEPENDENT_FROM: Record<string, number> = { SSD: 2012, TLS: 2003, MNE: 2007 };
const TOP = 60;
// Years (on 1 July) in which these countries had no head of government apart from the head of state, for (b) above.
const NO_SEPARATE_HEAD_OF_GOVERNMENT: Record<string, Array<[number, number]>> = {
  AFG: [[2002, 2021]], // no prime minister from the interim administration to the Taliban's return
  AGO: [[2000, 2002], [2010, 2025]], // abolished 1999-01, restored 2002-12, abolished 2010-02
  BDI: [[2000, 2019]], // abolished 1998, restored 2020-06
  BRN: [[2000, 2025]], // the Sultan is prime minister
  CHE: [[2000, 2025]], // the Federal Council is head of state and government
  COD: [[2000, 2006]], // none from 1997 to Gizenga (2006-12)
  COG: [[2000, 2004], [2010, 2015]], // none 1997-2005 and 2009-2016
  COM: [[2002, 2025]], // abolished by the 2001 constitution (2002-04)
  CUB: [[2000, 2019]], // the President of the Council of State also presided over the Council of Ministers until 2019-12
  GAB: [[2025, 2025]], // abolished by the 2024 constitution (2025-05)
  GEO: [[2000, 2003]], // restored 2004-02
  KEN: [[2000, 2007], [2014, 2025]], // only 2008-04 to 2013-04
  KGZ: [[2021, 2025]], // presidential constitution of 2021-05
  MMR: [[2011, 2020]], // abolished 2011-03, restored 2021-08
  OMN: [[2000, 2025]], // the Sultan is prime minister
  SAU: [[2000, 2022]], // the King was prime minister until 2022-09
  SDN: [[2000, 2016]], // abolished 1989, restored 2017-03
  SEN: [[2019, 2022]], // abolished 2019-05, first prime minister again 2022-09
  SYR: [[2025, 2025]], // none after the caretaker government ended (2025-03)
  TCD: [[2018, 2020]], // abolished 2018-05, restored 2021-04
  TUR: [[2019, 2025]], // abolished 2018-07
  ZAF: [[2000, 2025]], // none since 1984
  ZWE: [[2000, 2008], [2014, 2025]], // only 2009-02 to 2013-09
};

export default function evaluate(): void {
  const kb = loadKnowledgeBase({ userDir: null });
  const members = [...kb.countries.values()].filter((c) => c.unMember).map((c) => c.iso3);
  const holders = officeHolders(kb);
  const years = range(2000, 2025);
  report('head of state or government', members, years, holders);
  report('head of state', members, years, holders);
  const taken = new Map<string, number[]>();
  for (const iso3 of members) {
    const government = holders.get(`${iso3}|head of government`) ?? new Set<number>();
    const state = holders.get(`${iso3}|head of state`) ?? new Set<number>();
    const none = government.size === 0;
    const apart = (y: number) => (NO_SEPARATE_HEAD_OF_GOVERNMENT[iso3] ?? []).some(([from, to]) => from <= y && y <= to);
    const filled = years.filter((y) => !government.has(y) && state.has(y) && (none || apart(y)));
    if (!filled.length) continue;
    taken.set(iso3, filled);
    holders.set(`${iso3}|head of government`, new Set([...government, ...filled]));
  }
  report('head of government', members, years, holders, ' (a head of state counting in presidential systems)');
  const never = [...taken].filter(([iso3, ys]) => holders.get(`${iso3}|head of government`)!.size === ys.length).map(([iso3]) => iso3);
  const partly = [...taken].filter(([iso3]) => !never.includes(iso3));
  console.log(`  head of state taken as head of government: (a) no head of government known in 2000-2025, ${never.length} countries (${never.join(' ')}); (b) ${partly.length}: ${partly.map(([iso3, ys]) => `${iso3} ${spans(ys)}`).join('; ')}`);
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
      const country = role.country === undefined ? actor.country : role.country;
      if (!country) continue;
      const offices = officesOf(role);
      if (offices.some((o) => o === 'head of state' || o === 'head of government')) offices.push('head of state or government');
      for (const office of offices) {
        const key = `${country}|${office}`;
        const years = covered.get(key) ?? new Set<number>();
        for (const year of range(2000, 2025)) if (heldOn(role, actor, `${year}-07-01`)) years.add(year);
        covered.set(key, years);
      }
    }
  }
  return covered;
}

function officesOf(role: Role): Office[] {
  if (!role.role) return [];
  const title = role.role.replace(/_/g, ' ').replace(/\s*\(.*$/, '').replace(PREFIX, '').replace(SUFFIX, '').trim();
  for (const [pattern, offices] of HEADS) if (pattern.test(title)) return [...offices];
  for (const [office, pattern] of Object.entries(OFFICES) as Array<[Office, RegExp]>) if (pattern.test(role.role)) return [office];
  return [];
}

const plusDays = (day: string, days: number) => new Date(Date.parse(day) + days * 86_400_000).toISOString().slice(0, 10);

/** Held on `day`, an open role counting for two years past the date its source confirms it to (as the actors stage presumes). */
function heldOn(role: Role, actor: ActorEntry, day: string): boolean {
  if (role.from && startOf(role.from) > day) return false;
  if (actor.died && endOf(actor.died) < day) return false;
  if (role.to) return endOf(role.to) >= day;
  if (!role.asOf) return true;
  return plusDays(endOf(role.asOf), GRACE_DAYS) >= day;
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

function report(office: Office, countries: readonly string[], years: readonly number[], holders: Map<string, Set<number>>, note = ''): void {
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
  console.log(`${office}${note}, ${years[0]}-${years.at(-1)}, ${countries.length} countries: ${pct(have / total)} of country-years (${countries.length - gaps.length} countries complete)`);
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
