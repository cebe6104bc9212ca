// npm run eval -- kb: resolves the seed article's people and organisations with the knowledge base alone
// (full names, at the article's date, with the countries it is about) and compares them with gold.json.
import { readFileSync } from 'node:fs';
import { loadKnowledgeBase } from '../src/actors/kb/index.js';
import { pct, sharedPath } from './_shared.js';

interface GoldPerson {
  name: string;
  country: string;
  agent: string;
  role: string;
}
interface GoldOrg {
  name: string;
  aliases_in_text?: string[];
  country?: string;
  agent?: string;
}

export default function evaluate(): void {
  const path = sharedPath('fixtures', 'seed', 'gold.json');
  if (!path) return;
  const gold = JSON.parse(readFileSync(path, 'utf8')) as { article: { published_local: string }; persons: GoldPerson[]; organisations: GoldOrg[] };
  const date = gold.article.published_local.slice(0, 10);
  const countries = [...new Set(gold.persons.map((p) => p.country))];
  const kb = loadKnowledgeBase({ userDir: null });
  let right = 0;
  for (const person of gold.persons) {
    const match = kb.findActors(person.name, { countries, date })[0];
    const standing = match ? kb.standingAt(match.actor, date) : null;
    const ok = standing?.code === `${person.country}${person.agent}`;
    if (ok) right++;
    const label = standing?.role ? kb.roleLabel(standing.role) : '—';
    console.log(`${ok ? 'ok  ' : 'MISS'} ${person.name.padEnd(24)} ${(standing?.code ?? '—').padEnd(8)} ${label} (gold: ${person.country}${person.agent}, ${person.role})`);
  }
  console.log(`people: ${right}/${gold.persons.length} with the right code (${pct(right / gold.persons.length)})`);
  let found = 0;
  let names = 0;
  for (const org of gold.organisations) {
    for (const text of [org.name, ...(org.aliases_in_text ?? [])]) {
      names++;
      const actor = kb.findActors(text, { countries, date })[0]?.actor;
      const generic = actor ? null : kb.genericActor(text);
      const want = org.country && org.agent ? `${org.country}${org.agent}` : null;
      const ok = actor ? true : generic?.code ? !want || generic.code === want : false;
      if (ok) found++;
      const got = actor ? `${actor.id} (${actor.code ?? actor.type})` : generic ? `generic ${generic.code ?? `?${generic.agent?.code ?? ''}`}` : '—';
      console.log(`${ok ? 'ok  ' : 'MISS'} ${text.padEnd(44)} ${got}${want ? ` (gold: ${want})` : ''}`);
    }
  }
  console.log(`organisation names: ${found}/${names} resolved (a known actor, or a country and role word with the gold code)`);
}
