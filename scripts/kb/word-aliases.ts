// npx tsx scripts/kb/word-aliases.ts — lists the single-word names (after a leading "The") of the knowledge base's
// actors that are no person or country and are ordinary English words, for review (data/kb/updates/
// phoenix-alias-fixes.jsonl removes those that are junk). A word is ordinary when, in UD English EWT and GUM (train
// and dev), it is written in lower case (not as a proper noun) more often than capitalised away from the start of a
// sentence ("TB"), or when the SCOWL word list (/usr/share/dict/words, Debian's wamerican) has it in lower case
// ("DICT"). Prints one tab-separated line per name: test, id, type, name, main name or alias, treebank counts, code.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadKnowledgeBase } from '../../src/actors/kb/load.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const corpora = join(process.env.DYAD_SHARED ?? join(root, '..', 'shared'), 'corpora');
const files = ['ud-english-ewt/en_ewt-ud-train.conllu', 'ud-english-ewt/en_ewt-ud-dev.conllu', 'ud-english-gum/en_gum-ud-train.conllu', 'ud-english-gum/en_gum-ud-dev.conllu'];
const lower = new Map<string, number>();
const capitalised = new Map<string, number>();
const count = (m: Map<string, number>, k: string) => m.set(k, (m.get(k) ?? 0) + 1);
for (const file of files) {
  for (const line of readFileSync(join(corpora, file), 'utf8').split('\n')) {
    const [id, form, , upos] = line.split('\t');
    if (!id || !form || !upos || !/^\d+$/.test(id) || !/^\p{L}+$/u.test(form)) continue;
    const key = form.toLowerCase();
    if (form === key) {
      if (upos !== 'PROPN') count(lower, key);
    } else if (id !== '1') count(capitalised, key);
  }
}
const dictFile = '/usr/share/dict/words';
const dict = new Set(existsSync(dictFile) ? readFileSync(dictFile, 'utf8').split('\n').filter((w) => /^[a-z]+$/.test(w)) : []);
if (!dict.size) console.error('word-aliases: no /usr/share/dict/words (apt-get install wamerican): treebank test only');

const kb = loadKnowledgeBase({ userDir: null });
const rows: string[] = [];
for (const actor of kb.actors.values()) {
  if (actor.type === 'person' || actor.type === 'country') continue;
  for (const name of [actor.name, ...actor.aliases]) {
    const word = name.replace(/^the\s+/i, '');
    if (!/^[A-Za-z]+$/.test(word)) continue;
    const key = word.toLowerCase();
    const [lo, cap] = [lower.get(key) ?? 0, capitalised.get(key) ?? 0];
    const test = lo > cap ? 'TB' : dict.has(key) || (key.length > 4 && dict.has(key.replace(/s$/, ''))) ? 'DICT' : null;
    if (test) rows.push([test, actor.id, actor.type, name, name === actor.name ? 'main' : 'alias', `lower ${lo}, capitalised ${cap}`, actor.code ?? ''].join('\t'));
  }
}
console.log(rows.sort().join('\n'));
