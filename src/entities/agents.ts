import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { packageDataDir, type KnowledgeBase } from '../actors/kb/index.js';
import { isAgentCode } from '../actors/kb/codes.js';

/** The code data/entities/agents.tsv gives a phrase that only looks like an agent ("medicine cabinet"). */
const NO_AGENT = '-';

/**
 * Agent codes of generic actor words: the knowledge base's agent words, then data/entities/agents.tsv; and the
 * identity codes of religious and ethnic groups (data/entities/identities.tsv).
 */
export class AgentWords {
  private readonly extra: ReadonlyMap<string, string>;
  private readonly identities: ReadonlyMap<string, string>;
  private readonly seen = new Map<string, string | null>();
  constructor(
    private readonly kb: KnowledgeBase,
    dir = join(dirname(packageDataDir()), 'entities'),
  ) {
    this.extra = readTable(join(dir, 'agents.tsv'));
    this.identities = readTable(join(dir, 'identities.tsv'));
  }

  /** The CAMEO identity code (MOSSUN, KUR …) of a group's name in lower case ("sunnis", "kurds"), or null. */
  identity(phrase: string): string | null {
    return this.identities.get(phrase) ?? null;
  }

  /** A phrase whose last word is an agent word but which names a thing or a place ("medicine cabinet", "tennis court"). */
  notAgent(phrase: string): boolean {
    return this.extra.get(phrase) === NO_AGENT;
  }

  /** The CAMEO agent (GOV, MIL, …) of a word or phrase in lower case, or null; codes outside CAMEO's are ignored. */
  agent(phrase: string): string | null {
    let code = this.seen.get(phrase);
    if (code !== undefined) return code;
    code = this.extra.get(phrase) ?? null;
    if (code === NO_AGENT) code = null;
    if (!code) {
      const entry = this.kb.agentForWord(phrase);
      code = entry && !entry.prefix ? mainAgent(entry.code) : null;
    }
    if (this.seen.size > 100_000) this.seen.clear();
    this.seen.set(phrase, code);
    return code;
  }
}

/**
 * The agent a word's code gives an actor: its first, unless that is NGEC's umbrella "civilian" before a narrower
 * one ("activist", "opposition leader" CVLOPP are the opposition, CAMEO's OPP).
 */
function mainAgent(code: string): string | null {
  const parts = (code.match(/.{3}/g) ?? []).filter(isAgentCode);
  return parts[0] === 'CVL' && parts.length > 1 ? parts[1]! : (parts[0] ?? null);
}

/** A word<TAB>code table, '#' lines for comments. */
function readTable(file: string): Map<string, string> {
  const table = new Map<string, string>();
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line.trim() || line.startsWith('#')) continue;
    const [word, code] = line.split('\t');
    if (word && code) table.set(word.trim().toLowerCase(), code.trim());
  }
  return table;
}
