import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { rulesDir } from './rules/load.js';

/**
 * One-word generic actors of the knowledge base (police, rebels, ministry …),
 * from data/kb/agents.jsonl. For coding sentences that have
 * no actors layer: such a word stands for an actor. Empty when the file is missing.
 */
export function loadAgentWords(file = join(dirname(dirname(rulesDir())), 'data', 'kb', 'agents.jsonl')): Set<string> {
  if (!existsSync(file)) return new Set();
  const words = new Set<string>();
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const entry = JSON.parse(line) as { word: string; code: string };
    const word = entry.word.toLowerCase();
    // UNK ("region", "group") says the word names no kind of actor.
    if (/^[a-z-]+$/.test(word) && !entry.code.startsWith('UNK')) words.add(word);
  }
  return words;
}
