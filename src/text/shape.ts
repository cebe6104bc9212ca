/**
 * Word shape with runs collapsed, a feature of dyad's tagger and entity recogniser:
 * "Rouhani" → "Xx", "U.S." → "X.X.", "$20-billion" → "$d-x". Both models were trained with it: changing it means retraining.
 */
export function shape(word: string): string {
  let out = '';
  let last = '';
  for (let i = 0; i < word.length && i < 12; i++) {
    const ch = word[i]!;
    const code = word.charCodeAt(i);
    let c: string;
    if (code >= 65 && code <= 90) c = 'X';
    else if (code >= 97 && code <= 122) c = 'x';
    else if (code >= 48 && code <= 57) c = 'd';
    else if (code < 128) c = ch;
    else c = ch.toLowerCase() !== ch ? 'X' : ch.toUpperCase() !== ch ? 'x' : ch;
    if (c !== last) out += c;
    last = c;
  }
  return out;
}
