// Lemmas from a table learned from the treebank (form + XPOS → lemma) where
// the general rules go wrong, and otherwise from suffix rules learned from it
// too: for an XPOS and the longest known ending of the word, how many
// characters to cut and what to add ("studies" NNS: cut 3, add "y").

export interface LemmaMeta {
  exceptions: Record<string, string>;
  /** "XPOS\tending" → [cut, add]. */
  rules: Record<string, [number, string]>;
}

const MAX_ENDING = 5;

const base = (form: string, xpos: string) => (xpos.startsWith('NNP') ? form : form === 'I' ? form : form.toLowerCase());

const CACHE_SIZE = 50_000;

export class Lemmatizer {
  /** Lemmas already found, by XPOS and form: most words of a text recur. */
  private readonly cache = new Map<string, Map<string, string>>();
  private cached = 0;
  constructor(readonly meta: LemmaMeta) {}

  lemma(form: string, xpos: string): string {
    let byForm = this.cache.get(xpos);
    const hit = byForm?.get(form);
    if (hit !== undefined) return hit;
    const known = this.meta.exceptions[`${form.toLowerCase()}\t${xpos}`];
    const lemma = known ?? applyRules(this.meta.rules, base(form, xpos), xpos, form);
    if (this.cached++ >= CACHE_SIZE) {
      this.cache.clear();
      this.cached = 0;
      byForm = undefined;
    }
    if (!byForm) this.cache.set(xpos, (byForm = new Map()));
    byForm.set(form, lemma);
    return lemma;
  }
}

function applyRules(rules: LemmaMeta['rules'], b: string, xpos: string, written = b): string {
  for (let k = Math.min(MAX_ENDING, b.length); k >= 0; k--) {
    const rule = rules[`${xpos}\t${b.slice(b.length - k)}`];
    // A rule that adds capitals was learnt from a proper adjective whose lemma is itself ("Iranian"): it would
    // turn "Ukrainian" into "ukIranian". Such a word is its own lemma, as written.
    if (rule && /\p{Lu}/u.test(rule[1])) return written;
    if (rule && rule[0] < b.length) return doubledL(b.slice(0, b.length - rule[0]) + rule[1], b);
  }
  return b;
}

/**
 * British spelling doubles a final l before -ed and -ing ("travelled", "cancelling"), and the rules learnt to take
 * one away; a verb of one syllable had both to begin with ("shelled" is "shell", "spelled" "spell").
 */
function doubledL(lemma: string, b: string): string {
  // One vowel letter ("qu" is a consonant): "shel", "quel"; not "fuel" or "duel", which are two syllables.
  return /^[^aeiouy]*[aeiou]l$/.test(lemma.replace(/^qu/, 'q')) && b.startsWith(`${lemma}l`) ? `${lemma}l` : lemma;
}

export function trainLemmatizer(examples: Iterable<{ form: string; xpos: string; lemma: string }>): LemmaMeta {
  const list = [...examples].filter((e) => e.lemma && e.lemma !== '_');
  const counts = new Map<string, Map<string, number>>();
  for (const { form, xpos, lemma } of list) {
    const b = base(form, xpos);
    let k = 0;
    while (k < b.length && k < lemma.length && b[k] === lemma[k]) k++;
    const rule = `${b.length - k}\t${lemma.slice(k)}`;
    for (let n = 0; n <= Math.min(MAX_ENDING, b.length); n++) {
      const key = `${xpos}\t${b.slice(b.length - n)}`;
      const c = counts.get(key) ?? new Map<string, number>();
      c.set(rule, (c.get(rule) ?? 0) + 1);
      counts.set(key, c);
    }
  }
  const rules: LemmaMeta['rules'] = {};
  for (const [key, c] of counts) {
    const [best, n] = [...c].sort((a, b) => b[1] - a[1])[0]!;
    if (n < 2 && key.split('\t')[1]!.length > 0) continue;
    const [cut, add] = best.split('\t') as [string, string];
    rules[key] = [Number(cut), add];
  }
  // Drop rules that say the same as the shorter ending they extend.
  for (const key of Object.keys(rules)) {
    const [xpos, ending] = key.split('\t') as [string, string];
    if (!ending) continue;
    const shorter = rules[`${xpos}\t${ending.slice(1)}`];
    const rule = rules[key]!;
    if (shorter && shorter[0] === rule[0] && shorter[1] === rule[1]) delete rules[key];
  }
  const exceptions: Record<string, string> = {};
  const votes = new Map<string, Map<string, number>>();
  for (const { form, xpos, lemma } of list) {
    const key = `${form.toLowerCase()}\t${xpos}`;
    const c = votes.get(key) ?? new Map<string, number>();
    c.set(lemma, (c.get(lemma) ?? 0) + 1);
    votes.set(key, c);
  }
  for (const [key, c] of votes) {
    const [lemma] = [...c].sort((a, b) => b[1] - a[1])[0]!;
    const [lower, xpos] = key.split('\t') as [string, string];
    if (xpos.startsWith('NNP')) continue;
    if (applyRules(rules, base(lower, xpos), xpos) !== lemma) exceptions[key] = lemma;
  }
  return { exceptions, rules };
}
