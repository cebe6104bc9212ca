import type { Candidate } from '../../entities/candidate.js';
import type { TokenView } from '../../entities/context.js';
import type { Sex } from '../../entities/given-names.js';

// Words that tell a person's sex where they stand before a name or describe the person: courtesy titles and
// honours, written as titles ("Ms Pugh", "Sir Keir Starmer", "Queen Elizabeth"; not the verb of "miss Messi" or "Will
// Miss Messi", nor the initials of "MS Dhoni"), and nouns of kinship and of office ("his wife Mary", "the
// spokeswoman", "first lady Olena Zelenska"). Chosen by hand
// from English news usage; words used of either ("chairman", "actor", "minister") are left out.
const TITLES: Record<string, number> = {};
const NOUNS: Record<string, number> = {};
for (const w of ['mr', 'sir', 'lord', 'king', 'prince', 'duke', 'emperor', 'sultan', 'ayatollah', 'pope', 'monsieur', 'herr', 'señor']) TITLES[w] = 1;
for (const w of ['mrs', 'ms', 'miss', 'madam', 'madame', 'mme', 'dame', 'lady', 'queen', 'princess', 'duchess', 'empress', 'sheikha']) TITLES[w] = 2;
for (const w of ['sultan', 'emperor', 'duke', 'ayatollah', 'pope', 'spokesman', 'congressman', 'businessman', 'councilman', 'assemblyman', 'husband', 'father', 'son', 'brother', 'grandson', 'grandfather', 'nephew', 'uncle', 'boyfriend', 'widower', 'man', 'boy', 'stepfather', 'stepson', 'king', 'prince']) NOUNS[w] = 1;
for (const w of ['lady', 'duchess', 'empress', 'spokeswoman', 'congresswoman', 'businesswoman', 'councilwoman', 'assemblywoman', 'chairwoman', 'wife', 'mother', 'daughter', 'sister', 'granddaughter', 'grandmother', 'niece', 'aunt', 'girlfriend', 'widow', 'woman', 'girl', 'actress', 'stepmother', 'stepdaughter', 'queen', 'princess']) NOUNS[w] = 2;

export const MALE_BIT = 1;
export const FEMALE_BIT = 2;

/**
 * The sexes (MALE_BIT, FEMALE_BIT) a mention of a person tells: the given name that opens a full name, a title or
 * noun right before it, the head of its role ("his wife") and of a description ("the spokeswoman").
 */
export function sexesOf(view: TokenView, c: Candidate, givenNames: ReadonlyMap<string, Sex>): number {
  let bits = 0;
  const add = (i: number) => {
    const word = view.words[i]!;
    const w = view.lower[i]!.replace(/\.$/, '');
    if (TITLES[w] && /^\p{Lu}\p{Ll}/u.test(word) && view.tokens[i]!.upos !== 'VERB') bits |= TITLES[w];
    else if (NOUNS[w] && (view.tokens[i]!.upos === 'NOUN' || view.tokens[i]!.upos === 'PROPN')) bits |= NOUNS[w];
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
