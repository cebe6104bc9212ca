// Name keys: the same name written in different ways gets the same key.
// "Abu Mahdi al-Muhandis", "ABU_MAHDI_AL_MUHANDIS", "Abū Mahdī Al Muhandis" -> "abu mahdi al muhandis".

const ARTICLE = /^(?:al|el|ul|ad|an|ar|as|at|az|ash|ath)$/;
const HAS_ARTICLE = /(?:^| )(?:al|el|ul|ad|an|ar|as|at|az|ash|ath)(?: |$)/;
const SIMPLE = /^[A-Za-z]+(?: [A-Za-z]+)*$/;

/** The lookup key of a name: no case, diacritics, dots, apostrophes or leading "the"; hyphens and underscores as spaces. */
export function nameKey(name: string): string {
  // The loader keys tens of thousands of names, most of them plain words: those take the short way.
  if (SIMPLE.test(name)) {
    const lower = name.toLowerCase();
    return lower.startsWith('the ') ? lower.slice(4) : lower;
  }
  const plain = /^[\x20-\x7e]*$/.test(name) ? name : name.normalize('NFKD').replace(/\p{M}+/gu, '');
  return plain
    .toLowerCase()
    .replace(/[’'`ʼʻ‘.]/g, '')
    .replace(/[-_‐–—/,()\s]+/g, ' ')
    .trim()
    .replace(/^the /, '');
}

/** The key without Arabic articles ("al", "el", …), so that "Abu Mahdi Muhandis" finds "Abu Mahdi al-Muhandis". */
export function looseKey(name: string): string {
  return looseOf(nameKey(name));
}

// Romanisations of one Arabic name that news copy and the dictionaries spell differently ("Khawaja Mohammad Asif"
// is the dictionaries' "Khawaja Muhammad Asif", "Abdel Fattah" is "Abdul Fattah"): folded to one spelling.
const SPELLINGS: ReadonlyArray<[RegExp, string]> = [
  [/^m[ou]hamm?[ae]d$/, 'muhammad'],
  [/^ahm[ae]d$/, 'ahmad'],
  [/^h[uo]ss?[ae]in$/, 'hussein'],
  [/^abd[ae]l$/, 'abdul'],
  [/^y[ou]u?ss?[eou]f$/, 'yusuf'],
];
const HAS_SPELLING = /(?:^| )(?:m[ou]ha|ahm[ae]d|h[uo]ss?[ae]in|abd[ae]l|y[ou]u?ss?[eou]f)/;

/**
 * `looseKey` of a string that is already a name key: one spelling of the names romanised many ways, and no
 * Arabic articles. An assimilated article takes the first letters of the word it is joined to ("ash-Shabaab",
 * "ad-Din", "as-Sisi"), so "Ash Carter" keeps his given name.
 */
export function looseOf(key: string): string {
  const spelled = HAS_SPELLING.test(key) ? key.split(' ').map(spelling).join(' ') : key;
  if (!HAS_ARTICLE.test(spelled)) return spelled;
  const words = spelled.split(' ');
  return words.filter((w, i) => !(ARTICLE.test(w) && (/^[aeu]l$/.test(w) || (words[i + 1] ?? '').startsWith(w.slice(1))))).join(' ');
}

function spelling(word: string): string {
  for (const [variant, one] of SPELLINGS) if (variant.test(word)) return one;
  return word;
}

/** Display form of a dictionary phrase: HASSAN_ROUHANI_ -> Hassan Rouhani. */
export function displayName(phrase: string): string {
  const words = phrase.replace(/_+/g, ' ').trim().split(/\s+/);
  return words
    .map((w) => {
      if (ARTICLE.test(w.toLowerCase()) || /^(?:of|the|and|for|de|du|la|le|bin|ibn|van|von|der|da|do|dos)$/i.test(w)) return w.toLowerCase();
      if (/^[A-Z.&]{2,5}$/.test(w) && !/[AEIOUY]/.test(w.replace(/\./g, ''))) return w;
      if (/^(?:[A-Z]\.)+[A-Z]?$/.test(w)) return w; // initials: U.N., U.S.A.
      return w
        .toLowerCase()
        .replace(/(^|[-'(])(\p{L})/gu, (_m, p: string, c: string) => p + c.toUpperCase());
    })
    .join(' ')
    .replace(/^(\p{Ll})/u, (c) => c.toUpperCase());
}

/**
 * The dictionaries write every name in capitals, so `displayName` cannot tell "IMF" from "Iran": a one-word name
 * made of the initials of another name of the same actor is an acronym ("Imf" → "IMF" beside "International
 * Monetary Fund", "Afp" → "AFP" beside "Agence France-Presse").
 */
export function capitaliseAcronyms(names: readonly string[]): string[] {
  const initials = new Set(names.map(initialsOf).filter((i) => i.length >= 2));
  return names.map((n) => (!/[\s-]/.test(n) && initials.has(n.toLowerCase().replace(/\./g, '')) ? n.toUpperCase() : n));
}

/** The initials of a name of two words or more, without its small words ("International Atomic Energy Agency" → "iaea"); "" for one word. */
export function initialsOf(name: string): string {
  const words = name.split(/[\s-]+/).filter((w) => w && !/^(?:of|the|and|for|de|du|des|la|le)$/i.test(w));
  return words.length > 1 ? words.map((w) => w[0]!.toLowerCase()).join('') : '';
}

/** An id made from a name: "Hassan Rouhani" -> "hassan-rouhani". */
export function slug(name: string): string {
  return nameKey(name)
    .replace(/[^a-z0-9 ]/g, '')
    .trim()
    .replace(/ +/g, '-')
    .slice(0, 80)
    .replace(/-+$/, '');
}
