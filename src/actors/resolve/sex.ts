import type { Candidate } from '../../entities/candidate.js';
import type { TokenView } from '../../entities/context.js';
import type { Sex } from '../../entities/given-names.js';

// Words that tell a person's sex where they stand before a name or describe the person: courtesy titles and
// honours ("Ms Pugh", "Sir Keir Starmer", "Queen Elizabeth"), nouns of kinship and of office ("his wife", "the
// spokeswoman"). Chosen by hand from English news usage; words used of either ("chairman", "actor", "minister")
// are left out.
const MALE = new Set(['mr', 'sir', 'lord', 'king', 'prince', 'duke', 'emperor', 'sultan', 'ayatollah', 'pope', 'monsieur', 'herr', 'señor',
  'spokesman', 'congressman', 'businessman', 'councilman', 'assemblyman', 'husband', 'father', 'son', 'brother', 'grandson', 'grandfather',
  'nephew', 'uncle', 'boyfriend', 'widower', 'man', 'boy', 'stepfather', 'stepson']);
const FEMALE = new Set(['mrs', 'ms', 'miss', 'madam', 'madame', 'mme', 'dame', 'lady', 'queen', 'princess', 'duchess', 'empress', 'sheikha',
  'spokeswoman', 'congresswoman', 'businesswoman', 'councilwoman', 'assemblywoman', 'chairwoman', 'wife', 'mother', 'daughter', 'sister',
  'granddaughter', 'grandmother', 'niece', 'aunt', 'girlfriend', 'widow', 'woman', 'girl', 'actress', 'stepmother', 'stepdaughter']);

export const MALE_BIT = 1;
export const FEMALE_BIT = 2;

/**
 * The sexes (MALE_BIT, FEMALE_BIT) a mention of a person tells: the given name that opens a full name, a courtesy
 * title right before it, the words of its role and of a description ("the spokeswoman").
 */
export function sexesOf(view: TokenView, c: Candidate, givenNames: ReadonlyMap<string, Sex>): number {
  let bits = 0;
  const add = (word: string | undefined) => {
    const w = word?.replace(/\.$/, '');
    if (w && MALE.has(w)) bits |= MALE_BIT;
    else if (w && FEMALE.has(w)) bits |= FEMALE_BIT;
  };
  if (c.named && c.type === 'PER' && c.end - c.start >= 2) {
    const sex = givenNames.get(view.lower[c.start]!);
    if (sex) bits |= sex === 'm' ? MALE_BIT : FEMALE_BIT;
  }
  if (c.start > 0 && view.sameSentence(c.start - 1, c.start)) add(view.lower[c.start - 1]);
  if (c.role) for (let i = c.role.start; i < c.role.end; i++) add(view.lower[i]);
  if (!c.named) add(view.lower[c.head]);
  return bits;
}

