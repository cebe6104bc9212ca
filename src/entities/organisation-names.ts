import type { CapitalisedPhrase, SentenceInput } from './features.js';
import type { TagSpan } from './iob.js';

// Nouns that make a capitalised name an organisation's when they are its head ("Real Estate Council of Ontario",
// "Canadian Blood Services", "British Ministry of Defence"): the recogniser, trained on web text with few such
// names, often takes the place in them ("Ontario") for the whole or sees no name at all. Written for dyad from the
// usual English names of bodies, parties, forces, companies and news media. Not the nouns of buildings and campuses
// (university, school, hospital, museum, centre, club), which Universal NER tags as places as often as
// organisations, nor "office", "fund" or "service", which web text capitalises in ordinary phrases ("Reservation
// Office", "Great Service"), nor "government", described more than named ("the Iranian Government").
export const ORGANISATION_HEADS: ReadonlySet<string> = new Set(
  `agency alliance army assembly association authority bank board brigade brigades broadcasting bureau coalition
  commission committee company confederation congress corporation corps council court federation force forces
  foundation front guard guards institute league ministry movement navy network organisation organization
  parliament party police press senate services society tribunal union airlines airways railways telegraph tribune
  herald gazette`.split(/\s+/),
);

export interface Known {
  /** The words from start to end name a place of the knowledge base or the place names ("West Bank"). */
  isPlace(start: number, end: number): boolean;
  /** They name an organisation of the knowledge base ("Islamic Revolutionary Guard Corps"). */
  isOrganisation(start: number, end: number): boolean;
}

/**
 * A capitalised phrase of two words or more headed by an organisation noun is one organisation's name where no
 * person was found inside it, it is not a known place and it does not extend an organisation the knowledge base
 * knows ("[Islamic Revolutionary Guard Corps] of Iran"). It starts after "the" (Universal NER leaves it out), after
 * "and" or "&" that follow a name found on its own ("Google and the [Wikimedia Foundation]", "NASA & Company") and
 * after a month ("the August Board meeting"); it ends before "of the", "for the" or "and the" ("[Internal Revenue
 * Service] of the United States"); it holds no verb or pronoun ("Installed Biometrics and Got Excellent Service")
 * and is not written all in capitals (a heading). The spans it covers give way to it.
 */
export function withOrganisationHeads(sentence: Pick<SentenceInput, 'words' | 'upos'>, spans: readonly TagSpan[], phrases: readonly CapitalisedPhrase[], known: Known): TagSpan[] {
  const { words, upos } = sentence;
  let out: TagSpan[] | null = null;
  for (const phrase of phrases) {
    const { head } = phrase;
    if (!ORGANISATION_HEADS.has(words[head]!.toLowerCase())) continue;
    let start = phrase.start;
    for (let k = phrase.start; k < head; k++) {
      const joins = /^(?:the|The)$/.test(words[k]!) || (/^(?:and|&)$/.test(words[k]!) && spans.some((sp) => sp.end === k));
      if (joins) start = k + 1;
    }
    if (MONTH.test(words[start]!)) start++;
    let end = phrase.end;
    for (let k = head + 1; k + 1 < end && end === phrase.end; k++) if (/^(?:of|for|and)$/.test(words[k]!) && words[k + 1] === 'the') end = k;
    if (end - start < 2 || /^\d/.test(words[start]!)) continue;
    const inside = words.slice(start, end);
    if (inside.every((w) => w === w.toUpperCase())) continue;
    if (upos.slice(start, end).some((u) => u === 'VERB' || u === 'AUX' || u === 'PRON')) continue;
    const current: readonly TagSpan[] = out ?? spans;
    const overlapping = current.filter((sp) => sp.start < end && start < sp.end);
    if (overlapping.some((sp) => sp.type === 'PER' || sp.start < start || sp.end > end || (sp.type === 'ORG' && known.isOrganisation(sp.start, sp.end)))) continue;
    if (overlapping.length === 1 && overlapping[0]!.start === start && overlapping[0]!.end === end && overlapping[0]!.type === 'ORG') continue;
    if (known.isPlace(start, end)) continue;
    out = [...current.filter((sp) => !overlapping.includes(sp)), { start, end, type: 'ORG' as const }].sort((a, b) => a.start - b.start);
  }
  return out ?? [...spans];
}

const MONTH = /^(?:January|February|March|April|May|June|July|August|September|October|November|December)$/;
