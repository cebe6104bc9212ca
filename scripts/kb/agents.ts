// Reads a PETRARCH agents dictionary: "PHRASE {plural} [~CODE]" lines, with !MARKER! = a, b substitution sets.
import type { AgentEntry } from '../../src/actors/kb/schema.js';

/**
 * NGEC's PLOVER agent dictionary names two CAMEO agents differently: JRN for the media (CAMEO MED) and MED for
 * health (CAMEO HLH). `rename` maps such three-letter parts to CAMEO's.
 */
export const PLOVER_TO_CAMEO: Readonly<Record<string, string>> = { JRN: 'MED', MED: 'HLH' };

export function convertPetrarchAgents(text: string, source: string, rename: Readonly<Record<string, string>> = {}): AgentEntry[] {
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
    if (m[4]!.length % 3 !== 0) continue;
    const code = m[4]!.replace(/.{3}/g, (part) => rename[part] ?? part);
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
