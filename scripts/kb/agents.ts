// Reads a PETRARCH agents dictionary: "PHRASE {plural} [~CODE]" lines, with !MARKER! = a, b substitution sets.
import type { AgentEntry } from '../../src/actors/kb/schema.js';

export function convertPetrarchAgents(text: string, source: string): AgentEntry[] {
  const sets = new Map<string, string[]>();
  const out: AgentEntry[] = [];
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.replace(/#.*$/, '').replace(/<!--.*?-->/g, '').trim();
    if (!line) continue;
    const set = /^(![A-Z]+!)\s*=\s*(.+)$/.exec(line);
    if (set) {
      sets.set(set[1]!, set[2]!.split(',').map((s) => s.trim()).filter(Boolean));
      continue;
    }
    const m = /^([^[{]+?)\s*(?:\{([^}]*)\})?\s*\[\s*(~?)([A-Z]{3,})(~?)\s*[\]}]/.exec(line);
    if (!m) continue;
    const code = m[4]!;
    if (code.length % 3 !== 0) continue;
    const prefix = m[5] === '~';
    const phrases = expand(m[1]!, sets);
    if (m[2]?.trim()) phrases.push(...m[2].trim().split(/\s+/).flatMap((p) => expand(p, sets)));
    for (const phrase of phrases) {
      const word = phrase.replace(/_+/g, ' ').replace(/\s+/g, ' ').trim().toLowerCase();
      if (word) out.push({ kind: 'agent', word, code, prefix, source });
    }
  }
  return out;
}

function expand(phrase: string, sets: Map<string, string[]>): string[] {
  const marker = /![A-Z]+!/.exec(phrase);
  if (!marker) return [phrase];
  const values = sets.get(marker[0]) ?? [];
  return values.flatMap((v) => expand(phrase.replace(marker[0], v), sets));
}
