// andybega/icews' cameo-codes.csv is Windows-1252 bytes of text that had already been mangled once:
// UTF-8 punctuation read as Mac Roman (’ = E2 80 99 became "‚Äô"). Decoding as Windows-1252 gives back
// the mangled characters; this table turns each mangled sequence into the character that was meant.

const REPAIRS: [string, string][] = [
  ['‚Äô', '’'],
  ['‚Äò', '‘'],
  ['‚Äú', '“'],
  ['‚Äù', '”'],
  ['‚Äî', '—'],
  ['‚Äì', '–'],
  ['¬£', '£'],
  // "Çankaya": the cedilla was a spacing ¸ (C2 B8); its second byte has no Windows-1252 form and became "?".
  ['C¬? ankaya', 'Çankaya'],
];

/** Characters that only occur in this file as parts of mangled sequences. */
const LEFTOVER = /[‚¬ÄÃÂ�]/;

// Windows-1252 differs from Latin-1 only in 0x80–0x9F; Node's TextDecoder without full ICU treats it as Latin-1.
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ';

function decodeWindows1252(bytes: Uint8Array): string {
  let s = '';
  for (const b of bytes) s += b >= 0x80 && b < 0xa0 ? CP1252_HIGH[b - 0x80] : String.fromCharCode(b);
  return s;
}

export function decodeIcews(bytes: Uint8Array): string {
  let text = decodeWindows1252(bytes);
  for (const [bad, good] of REPAIRS) text = text.split(bad).join(good);
  const left = LEFTOVER.exec(text);
  if (left) {
    const at = left.index;
    throw new Error(`icews.cameo-codes.csv: unrepaired mojibake near "${text.slice(Math.max(0, at - 30), at + 30)}"`);
  }
  return text;
}
