import type { Candidate } from '../../entities/candidate.js';
import type { TokenView } from '../../entities/context.js';
import type { Sex } from '../../entities/given-names.js';

export const MALE_BIT = 1;
export const FEMALE_BIT = 2;

// Words that tell a person's sex where they stand before a name or describe the person: courtesy titles and
// honours, written as titles ("Ms Pugh", "Sir Keir Starmer"; not the verb of "miss Messi" or "Will
// Miss Messi", nor the initials of "MS Dhoni"), and nouns of kinship, rank and office ("his wife Mary", "the
// spokeswoman", "first lady Olena Zelenska", "Queen Elizabeth"). Chosen by hand from English news usage; words used
// of either ("chairman", "actor", "minister") are left out.
const TITLES = bySex('mr sir lord monsieur herr señor', 'mrs ms miss madam madame mme dame sheikha');
const NOUNS = bySex(
  'king prince duke emperor sultan ayatollah pope spokesman congressman businessman councilman assemblyman husband father son brother grandson grandfather nephew uncle boyfriend widower man boy stepfather stepson',
  'queen princess duchess empress lady spokeswoman congresswoman businesswoman councilwoman assemblywoman chairwoman wife mother daughter sister granddaughter grandmother niece aunt girlfriend widow woman girl actress stepmother stepdaughter',
);

function bySex(men: string, women: string): ReadonlyMap<string, number> {
  return new Map([...men.split(' ').map((w) => [w, MALE_BIT] as const), ...women.split(' ').map((w) => [w, FEMALE_BIT] as const)]);
}

/**
 * The sexes (MALE_BIT, FEMALE_BIT) a mention of a person tells: the given name that opens a full name, a title or
 * noun right before it, the head of its role ("his wife") and of a description ("the spokeswoman").
 */
export function sexesOf(view: TokenView, c: Candidate, givenNames: ReadonlyMap<string, Sex>): number {
  let bits = 0;
  const add = (i: number) => {
    const word = view.words[i]!;
    const w = view.lower[i]!.replace(/\.$/, '');
    const upos = view.tokens[i]!.upos;
    if (TITLES.has(w) && /^\p{Lu}\p{Ll}/u.test(word) && upos !== 'VERB') bits |= TITLES.get(w)!;
    else if (NOUNS.has(w) && (upos === 'NOUN' || upos === 'PROPN')) bits |= NOUNS.get(w)!;
  };
  if (c.named && c.type === 'PER' && c.end - c.start >= 2) {
    const sex = givenNames.get(view.lower[c.start]!);
    if (sex) bits |= sex === 'm' ? MALE_BIT : FEMALE_BIT;
  }
  if (c.start > 0 && view.sameSentence(c.start - 1, c.start)) add(c.start - 1);
  if (c.role) add(c.role.end - 1);
  if (!c.named) add(c.head);
  return bits;
}
