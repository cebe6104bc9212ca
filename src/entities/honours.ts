// Malaysian and Bruneian honours printed before a name ("Datuk Seri [Anwar Ibrahim]", "Tan Sri [Muhyiddin Yassin]",
// "Dato' Sri [Najib Razak]") and West Africa's "Alhaji [Atiku Abubakar]": only people bear them. "Tan" and "Toh"
// alone are surnames; they are titles only before "Sri" and "Puan".
const HONOUR = /^(?:Datuk|Dato|Datin|Tun|Alhaji)$/;
const HONOUR_PAIR = /^(?:Tan Sri|Puan Sri|Toh Puan)$/;
const HONOUR_GRADE = /^(?:Seri|Sri|Paduka)$/;

/** The number of words of an honour at `i` (0 when none): "Datuk" 1, "Datuk Seri" 2, "Dato ' Sri" 3. */
export function honourAt(words: readonly string[], i: number): number {
  const w = words[i];
  if (w === undefined) return 0;
  let n = 0;
  if (HONOUR.test(w)) n = 1 + (w === 'Dato' && /^['’]$/.test(words[i + 1] ?? '') ? 1 : 0);
  else if (HONOUR_PAIR.test(`${w} ${words[i + 1] ?? ''}`)) return 2;
  else return 0;
  return HONOUR_GRADE.test(words[i + n] ?? '') ? n + 1 : n;
}
