/** What the document says so far about one referent: a coreference chain. */
export interface Entity {
  chain: number;
  actorId: string | null;
  kind: 'person' | 'group' | 'country';
  /** Lower-case words of its names ("fuad", "hussein"). */
  names: Set<string>;
  /** Role titles known for it, lower case: from the knowledge base at the date and from peeled role words. */
  titles: string[];
  country: string | null;
  agent: string | null;
  /** Token index of its latest mention. */
  last: number;
  /** Token indices of all its mentions so far. */
  heads: number[];
  plural: boolean;
  /** What its mentions tell of a person's sex: MALE_BIT, FEMALE_BIT (sex.ts), both where they disagree. */
  sexes: number;
}
