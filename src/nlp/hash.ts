// Features are 32-bit integers made by mixing small integers (a template id,
// hashed strings, tag ids); nothing in the hot loops builds strings.

/** FNV-1a over UTF-16 code units. */
export function hashString(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** Mixes one more integer into a hash (a Murmur3-style round). */
export function mix(h: number, v: number): number {
  let k = Math.imul(v | 0, 0xcc9e2d51);
  k = (k << 15) | (k >>> 17);
  k = Math.imul(k, 0x1b873593);
  h ^= k;
  h = (h << 13) | (h >>> 19);
  return (Math.imul(h, 5) + 0xe6546b64) | 0;
}

export const f1 = (t: number, a: number) => mix(mix(0x9747b28c, t), a);
export const f2 = (t: number, a: number, b: number) => mix(mix(mix(0x9747b28c, t), a), b);
export const f3 = (t: number, a: number, b: number, c: number) => mix(mix(mix(mix(0x9747b28c, t), a), b), c);
