import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { packageDataDir, type KnowledgeBase } from '../actors/kb/index.js';
import { isAgentCode } from '../actors/kb/codes.js';

/** Agent codes of generic actor words: the knowledge base's agent words, then data/entities/agents.tsv. */
export class AgentWords {
  private readonly extra = new Map<string, string>();
  constructor(
    private readonly kb: KnowledgeBase,
    file = join(dirname(packageDataDir()), 'entities', 'agents.tsv'),
  ) {
    for (const line of readFileSync(file, 'utf8').split('\n')) {
      if (!line.trim() || line.startsWith('#')) continue;
      const [word, code] = line.split('\t');
      if (word && code) this.extra.set(word.trim().toLowerCase(), code.trim());
    }
  }

  /** The CAMEO agent (GOV, MIL, …) of a word or phrase in lower case, or null; codes outside CAMEO's are ignored. */
  agent(phrase: string): string | null {
    const extra = this.extra.get(phrase);
    if (extra) return extra;
    const entry = this.kb.agentForWord(phrase);
    if (!entry || entry.prefix) return null;
    const code = entry.code.slice(0, 3);
    return isAgentCode(code) ? code : null;
  }
}
