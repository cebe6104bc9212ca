// Common English words, learnt from a treebank: a word written in lower case and tagged as something other than a
// proper noun is a word, not a name ("will", "may", "bush").

export function commonWords(conllu: string, minCount = 3): Map<string, number> {
  const counts = new Map<string, number>();
  for (const line of conllu.split('\n')) {
    if (!line || line.startsWith('#')) continue;
    const cols = line.split('\t');
    const form = cols[1];
    const upos = cols[3];
    if (!form || !upos || upos === 'PROPN' || upos === 'PUNCT' || form !== form.toLowerCase() || !/^\p{L}+$/u.test(form)) continue;
    counts.set(form, (counts.get(form) ?? 0) + 1);
  }
  for (const [w, n] of counts) if (n < minCount) counts.delete(w);
  return counts;
}
