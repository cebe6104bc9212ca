/** One syntactic word of a CoNLL-U sentence. `head` is 0-based within the sentence, -1 for the root. */
export interface ConlluWord {
  form: string;
  lemma: string;
  upos: string;
  xpos: string;
  head: number;
  rel: string;
}

/** A surface token: one or more words (a multiword token such as "don't" = do + n't). */
export interface ConlluToken {
  form: string;
  words: number;
  spaceAfter: boolean;
}

export interface ConlluSentence {
  id: string;
  text: string;
  /** True when a `# newdoc` or `# newpar` comment opens this sentence. */
  newPar: boolean;
  newDoc: boolean;
  /** The `# newdoc id` in force (the genre of GUM documents is its second part). */
  docId: string;
  words: ConlluWord[];
  tokens: ConlluToken[];
}

/** Parses CoNLL-U text; empty nodes (IDs like 8.1) are dropped. */
export function parseConllu(text: string): ConlluSentence[] {
  const sentences: ConlluSentence[] = [];
  let current: ConlluSentence | null = null;
  let rangeEnd = 0;
  let docId = '';
  const fresh = (): ConlluSentence => ({ id: '', text: '', newPar: false, newDoc: false, docId, words: [], tokens: [] });
  for (const line of text.split(/\r?\n/)) {
    if (line.trim() === '') {
      if (current && current.words.length) sentences.push(current);
      current = null;
      continue;
    }
    if (!current) {
      current = fresh();
      rangeEnd = 0;
    }
    if (line.startsWith('#')) {
      if (/^#\s*newdoc\b/.test(line)) {
        current.newDoc = current.newPar = true;
        current.docId = docId = /=\s*(.*)$/.exec(line)?.[1]?.trim() ?? '';
      }
      else if (/^#\s*newpar\b/.test(line)) current.newPar = true;
      const m = /^#\s*(sent_id|text)\s*=\s?(.*)$/.exec(line);
      if (m?.[1] === 'sent_id') current.id = m[2] ?? '';
      else if (m?.[1] === 'text') current.text = m[2] ?? '';
      continue;
    }
    const cols = line.split('\t');
    if (cols.length < 10) throw new Error(`CoNLL-U line has ${cols.length} columns, not 10: ${line.slice(0, 60)}`);
    const [id, form, lemma, upos, xpos, , head, rel, , misc] = cols as [string, string, string, string, string, string, string, string, string, string];
    const spaceAfter = !/(^|\|)SpaceAfter=No(\||$)/.test(misc);
    const range = /^(\d+)-(\d+)$/.exec(id);
    if (range) {
      rangeEnd = Number(range[2]);
      current.tokens.push({ form, words: rangeEnd - Number(range[1]) + 1, spaceAfter });
      continue;
    }
    if (id.includes('.')) continue;
    const n = Number(id);
    current.words.push({ form, lemma, upos, xpos, head: head === '_' ? -1 : Number(head) - 1, rel });
    if (n > rangeEnd) current.tokens.push({ form, words: 1, spaceAfter });
  }
  if (current && current.words.length) sentences.push(current);
  return sentences;
}

/** Writes sentences as CoNLL-U, with multiword token lines where a token has several words. */
export function writeConllu(sentences: readonly ConlluSentence[]): string {
  const out: string[] = [];
  for (const s of sentences) {
    if (s.id) out.push(`# sent_id = ${s.id}`);
    if (s.text) out.push(`# text = ${s.text}`);
    let w = 0;
    for (const token of s.tokens) {
      const misc = token.spaceAfter ? '_' : 'SpaceAfter=No';
      if (token.words > 1) out.push(`${w + 1}-${w + token.words}\t${token.form}\t_\t_\t_\t_\t_\t_\t_\t${misc}`);
      for (let k = 0; k < token.words; k++, w++) {
        const word = s.words[w]!;
        const wordMisc = token.words > 1 ? '_' : misc;
        out.push([w + 1, word.form, word.lemma || '_', word.upos || '_', word.xpos || '_', '_', word.head + 1, word.rel || '_', '_', wordMisc].join('\t'));
      }
    }
    out.push('');
  }
  return out.join('\n') + (out.length ? '\n' : '');
}
