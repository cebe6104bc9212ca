/** Nouns that name a time, never an actor or a place: "said on Tuesday", "met last week". */
export const TIME_NOUNS: ReadonlySet<string> = new Set(
  'monday tuesday wednesday thursday friday saturday sunday today yesterday tomorrow tonight week weekend month year day morning afternoon evening night january february march april may june july august september october november december'.split(' '),
);
