export type Tense = 'past' | 'future';

// Cue words, nearest wins. A light stand-in for the verb tense the nlp stage's
// tokens will give: `tenseAt` is the one place to switch over to them.
const FUTURE = new Set(['will', "'ll", '’ll', 'shall', 'would', 'going', 'plans', 'plan', 'planned', 'scheduled', 'expected', 'due', 'upcoming', 'coming', 'next', 'tomorrow', 'intends', 'aims', 'soon']);
const PAST = new Set([
  'was', 'were', 'had', 'did', 'said', 'says', 'told', 'ago', 'yesterday', 'last', 'earlier', 'previous', 'previously', 'past', 'been', 'since',
  'went', 'met', 'came', 'took', 'made', 'gave', 'held', 'began', 'left', 'saw', 'got', 'won', 'lost', 'sent', 'spent', 'born', 'drank', 'ate',
  // Irregular past forms and participles of verbs news uses for what happened ("prices rose", "troops fled", "has fallen").
  'rose', 'fell', 'grew', 'became', 'fled', 'fought', 'struck', 'shot', 'led', 'brought', 'bought', 'caught', 'sought', 'thought', 'taught',
  'knew', 'threw', 'drew', 'flew', 'withdrew', 'blew', 'drove', 'rode', 'wrote', 'broke', 'chose', 'froze', 'spoke', 'stole', 'woke', 'swore',
  'tore', 'wore', 'sang', 'sank', 'ran', 'rang', 'paid', 'laid', 'sold', 'kept', 'slept', 'swept', 'meant', 'lent', 'built', 'dealt', 'felt',
  'heard', 'stood', 'understood', 'stuck', 'hung', 'forgot', 'hid', 'shook', 'forgave', 'arose', 'sat', 'found', 'overthrew', 'undertook',
  'risen', 'fallen', 'taken', 'given', 'spoken', 'broken', 'chosen', 'driven', 'written', 'stolen', 'shown', 'known', 'grown', 'thrown',
  'drawn', 'flown', 'begun', 'gone', 'seen', 'eaten', 'forgotten', 'hidden', 'beaten', 'sworn', 'withdrawn', 'overthrown',
]);
// Words in -ed that are not past verbs, or are used as future ("scheduled" is in FUTURE).
const NOT_PAST = new Set(['need', 'indeed', 'speed', 'hundred', 'red', 'bed', 'united', 'based', 'feed', 'seed', 'proceed', 'succeed', 'exceed', 'freed', 'shed', 'breed', 'wed', 'ed', 'embed']);

const PRESENT_BE = /^(?:is|are|am|\p{L}*['’](?:s|re))$/u;

const WORD = /[\p{L}’']+/gu;
const BOUNDARY = /[.!?;\n]/;

function cue(word: string): Tense | null {
  const w = word.toLowerCase();
  if (FUTURE.has(w)) return 'future';
  if (PAST.has(w)) return 'past';
  if (w.endsWith("'ll") || w.endsWith('’ll')) return 'future';
  if (w.length > 4 && w.endsWith('ed') && !NOT_PAST.has(w)) return 'past';
  return null;
}

/** The tense of the clause around `[start, end)`: the cue word nearest to it within its sentence, or null. */
export function tenseAt(text: string, start: number, end: number): Tense | null {
  let from = start;
  while (from > 0 && start - from < 300 && !BOUNDARY.test(text[from - 1]!)) from--;
  let to = end;
  while (to < text.length && to - end < 300 && !BOUNDARY.test(text[to]!)) to++;
  let best: Tense | null = null;
  let bestDistance = Infinity;
  let previous = '';
  for (const m of text.slice(from, to).matchAll(WORD)) {
    const at = from + m.index;
    const before = previous;
    previous = m[0].toLowerCase();
    if (at >= start && at < end) continue;
    // "will be held", "is to be signed", "could be approved": a participle after "be" is not a past tense;
    // after "is" or "are" ("films are shown", "is located") it is the present, no cue.
    const word = cue(m[0]);
    const tense = word === 'past' && PRESENT_BE.test(before) ? null : word === 'past' && before === 'be' ? 'future' : word;
    if (!tense) continue;
    // English puts the verb before its time ("said on Monday"), so cues after count at a longer distance.
    const distance = at < start ? start - (at + m[0].length) : 1.5 * (at - end);
    if (distance < bestDistance) [best, bestDistance] = [tense, distance];
  }
  return best;
}
