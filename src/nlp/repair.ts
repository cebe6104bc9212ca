/**
 * "US-led forces' withdrawal": a participle joined by a hyphen to the word before it is a modifier of the noun
 * after it (UD amod), never a clause of its own. The parser sometimes makes it one, taking the noun phrase after
 * it as its object (before a possessive, mostly); then the object takes the participle's place in the tree and the
 * participle goes to the noun it modifies. The heads and relations are changed in place; a repair that would make
 * a cycle is not made.
 */
export function attachHyphenedParticiples(words: readonly string[], xpos: readonly string[], head: number[], rel: string[]): void {
  for (let i = 2; i < words.length - 1; i++) {
    if (xpos[i] !== 'VBN' || words[i - 1] !== '-' || !/^\p{L}/u.test(words[i - 2]!)) continue;
    const noun = nounAfter(xpos, i);
    if (noun < 0 || head[i] === noun) continue;
    const before = { head: [...head], rel: [...rel] };
    const object = head.findIndex((h, d) => h === i && d > i && rel[d] === 'obj');
    if (object >= 0) {
      head[object] = head[i]!;
      rel[object] = rel[i] === 'root' ? 'root' : 'obj';
    }
    head[i] = noun;
    rel[i] = 'amod';
    if (hasCycle(head)) {
      head.splice(0, head.length, ...before.head);
      rel.splice(0, rel.length, ...before.rel);
    }
  }
}

/** The first noun right after `i` ("US-led [coalition forces]" → "forces"), or -1. */
function nounAfter(xpos: readonly string[], i: number): number {
  let found = -1;
  for (let j = i + 1; j < xpos.length && j <= i + 3 && /^(NN|JJ)/.test(xpos[j]!); j++) if (xpos[j]!.startsWith('NN')) found = j;
  return found;
}

function hasCycle(head: readonly number[]): boolean {
  for (let start = 0; start < head.length; start++) {
    let n = start;
    for (let steps = 0; n >= 0 && steps <= head.length; steps++) n = head[n]!;
    if (n >= 0) return true;
  }
  return false;
}
