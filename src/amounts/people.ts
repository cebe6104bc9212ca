import type { Found } from './candidate.js';
import { parseNumber } from '../text/number.js';
import type { Num } from './numbers.js';

// Nouns for people that news counts ("killed 12 soldiers", "200 people were
// arrested"). Hand-written from the casualty and protest reporting of the
// example corpus; data, not logic.
const NOUNS = [
  'people', 'persons', 'person', 'civilians', 'civilian', 'soldiers', 'soldier', 'troops', 'servicemen', 'service members', 'personnel', 'officers', 'policemen',
  'police officers', 'protesters', 'protestors', 'demonstrators', 'militants', 'fighters', 'rebels', 'insurgents', 'militiamen', 'gunmen', 'children', 'women', 'men',
  'students', 'workers', 'employees', 'refugees', 'migrants', 'asylum seekers', 'prisoners', 'detainees', 'hostages', 'inmates', 'passengers', 'crew members', 'residents',
  'citizens', 'nationals', 'journalists', 'reporters', 'diplomats', 'lawmakers', 'members', 'victims', 'casualties', 'pilgrims', 'guards', 'staff', 'volunteers', 'patients',
  'doctors', 'nurses', 'villagers', 'tourists', 'sailors', 'pilots', 'activists', 'suspects', 'jihadists', 'terrorists', 'commanders', 'advisers', 'advisors', 'contractors',
];
const MODIFIER = '(?:[\\p{Lu}][\\p{L}-]*|[\\p{Ll}-]+(?:ian|ese|ish|i|an|ed|ing|al|ary|ile))';
// Case matters: a capital marks a name or nationality ("Iraqi soldiers"), so no "i" flag.
const WHO = new RegExp(`^(?:\\s+(?:more|other|further))?(?:\\s+${MODIFIER}){0,2}\\s+(?:${NOUNS.join('|')})\\b`, 'u');
const SCALES: Record<string, number> = { million: 1e6, thousand: 1e3 };

const FATE = '(?:killed|wounded|injured|hurt|dead|died|arrested|detained|abducted|kidnapped|executed|freed|released|evacuated|displaced|missing|captured|deported|sentenced)';
const FATE_BEFORE = new RegExp(`\\b(?<fate>${FATE})\\s+(?:at\\s+least\\s+|some\\s+|about\\s+|nearly\\s+|more\\s+than\\s+|up\\s+to\\s+)?$`, 'i');
const FATE_AFTER = new RegExp(`^\\s+(?:were|have\\s+been|had\\s+been|are|was|being)\\s+(?<fate>${FATE})\\b|^\\s+(?<fate2>killed|wounded|injured|dead|died)\\b`, 'i');

/** What happened to the people counted, when the words right around the count say. */
function fateOf(text: string, start: number, end: number): string | null {
  const before = FATE_BEFORE.exec(text.slice(Math.max(0, start - 40), start));
  const after = FATE_AFTER.exec(text.slice(end, end + 30));
  return (before?.groups?.fate ?? after?.groups?.fate ?? after?.groups?.fate2 ?? null)?.toLowerCase() ?? null;
}

/** Counts of people, with the noun that says who was counted (and their fate: "soldiers killed"). */
export function findPeople(text: string, numbers: readonly Num[]): Found[] {
  const found: Found[] = [];
  for (const n of numbers) {
    if (n.glued || /[$€£¥]\s*$/.test(text.slice(Math.max(0, n.start - 2), n.start))) continue;
    const who = WHO.exec(text.slice(n.end, n.end + 80));
    const base = who ? parseNumber(n.num) : null;
    if (!who || base === null || (n.scale && !(n.scale.toLowerCase() in SCALES))) continue;
    const value = base * (n.scale ? SCALES[n.scale.toLowerCase()]! : 1);
    // "one soldier" and "a man" are not counts worth reporting; nor is a year ("in 2019 soldiers left").
    if (value < 2 || (/^\d{4}$/.test(n.num) && value >= 1900 && value <= 2100)) continue;
    const end = n.end + who[0].length;
    const fate = fateOf(text, n.start, end);
    const counted = who[0].trim();
    found.push({ start: n.start, end, value, unit: 'person', counted: fate ? `${counted} ${fate}` : counted });
  }
  return found;
}
