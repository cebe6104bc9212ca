// Rule-based tokenizer following the UD English (EWT) conventions, so that its
// output matches the treebanks the tagger and parser learn from: clitics and
// possessives are separate words of one surface token ("don't" = do + n't),
// hyphenated compounds split at the hyphen unless the first part is a prefix,
// currency signs and percent signs stand alone, while URLs, e-mail addresses,
// domains (President.ir), numbers and abbreviations stay whole.
import { wordTable } from '../text/word-table.js';

/** A syntactic word with its `[start, end)` span in the text. */
export interface Word {
  start: number;
  end: number;
  form: string;
  /** True when this word continues the surface token of the previous word (a clitic split off without a space). */
  joined: boolean;
}

// Prefixes that UD English keeps attached to the word after the hyphen (pre-war, e-mail, al-Muhandis).
const PREFIXES = new Set(
  'e a al el bin ibn abu pre non co re anti pro mid post semi multi sub ex vice un socio psycho inter intra counter cross micro macro neo over under ultra de bi tri quasi pseudo'.split(' '),
);

// Abbreviations that keep their period (lower-cased, without the final period).
const ABBREVIATIONS = new Set(
  ('mr mrs ms dr prof gen col lt sgt capt cmdr adm maj rep sen gov pres rev st mt ft hon jr sr sr inc ltd co corp bros ' +
    'jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri sat sun ' +
    'vs etc al approx dept est fig no nos vol ave blvd rd univ assn govt min max misc ca cf op pp ph').split(' '),
);

const URL = String.raw`(?:https?://|ftp://|www\.)[^\s<>"“”]*[^\s<>"“”.,;:!?)\]}'’]`;
const EMAIL = String.raw`[\w.+-]+@[\w-]+(?:\.[\w-]+)+`;
const DOMAIN = String.raw`(?:[\p{L}\p{N}-]+\.)+(?:com|org|net|gov|edu|int|mil|info|biz|io|co|uk|ir|iq|ru|cn|de|fr|us|ca|au|in|jp|tv|me|eu|il|sy|tr|sa|ae|af|pk|ly|eg|lb|ye|ps)(?![\p{L}\p{N}])(?:/[^\s"“”]*[^\s"“”.,;:!?)\]}'’])?`;
const NUMBER = String.raw`\d+(?:[.,:/]\d+)*(?:st|nd|rd|th|s|am|pm|AM|PM|m|bn|k|K)?(?![\p{L}])`;
const WORD = String.raw`[\p{L}\p{M}\p{N}_]+(?:[-'’.&][\p{L}\p{M}\p{N}_]+)*`;
const ELLIPSIS = String.raw`\.{2,}|…|[!?]+|-{2,}|—|–|''` + '|``';
const PIECE = new RegExp(`${URL}|${EMAIL}|${DOMAIN}|${NUMBER}|${WORD}|${ELLIPSIS}|\\S`, 'gu');

const CLITIC = /^(.+?)(n['’]t|['’](?:s|re|ve|ll|d|m|S|RE|VE|LL|D|M))$/;
const NT = /^(.*[^nN])(n['’]t|N['’]T)$/;
const SPLIT_WORDS = wordTable({ cannot: 3, gonna: 3, gotta: 3, wanna: 3, dont: 2, doesnt: 4, didnt: 3, cant: 2, wont: 2, isnt: 2, im: 1 });

/** Splits `text[start, end)` into words; positions are offsets in `text`. */
export function tokenize(text: string, start = 0, end = text.length): Word[] {
  const words: Word[] = [];
  PIECE.lastIndex = start;
  const slice = text.slice(0, end);
  let m: RegExpExecArray | null;
  while ((m = PIECE.exec(slice)) !== null) {
    const s = m.index;
    const e = s + m[0].length;
    pushPiece(text, s, e, words);
  }
  return words;
}

function push(words: Word[], text: string, s: number, e: number, joined: boolean): void {
  words.push({ start: s, end: e, form: text.slice(s, e), joined });
}

function pushPiece(text: string, s: number, e: number, words: Word[]): void {
  const joinedToPrev = words.length > 0 && words[words.length - 1]!.end === s;
  const piece = text.slice(s, e);
  const next = text[e];
  // An abbreviation or an initial keeps its period: "Mr.", "U.S.", "J.".
  if (next === '.' && /^[\p{L}]/u.test(piece) && text[e + 1] !== '.' && isAbbreviation(piece)) {
    PIECE.lastIndex = e + 1;
    push(words, text, s, e + 1, false);
    return;
  }
  if (/^[\p{L}\p{M}\p{N}]/u.test(piece) && !/[@/]/.test(piece)) {
    splitWord(text, s, e, words);
    return;
  }
  // A closing apostrophe after a plural is a possessive ("countries'"), part of the word's token.
  const prev = words[words.length - 1];
  const joined = (piece === "'" || piece === '’') && joinedToPrev && prev !== undefined && /s$/i.test(prev.form) && !/[\p{L}\p{N}]/u.test(text[e] ?? ' ');
  push(words, text, s, e, joined);
}

function isAbbreviation(piece: string): boolean {
  if (/^\p{Lu}$/u.test(piece)) return true; // an initial
  if (/^(?:\p{L}\.)+\p{L}$/u.test(piece)) return true; // U.S, e.g, a.m
  return ABBREVIATIONS.has(piece.toLowerCase());
}

function splitWord(text: string, s: number, e: number, words: Word[]): void {
  const piece = text.slice(s, e);
  // Hyphenated compounds split at each hyphen unless the part before it is a prefix.
  const parts = piece.split(/(-)/);
  if (parts.length > 1) {
    let pos = s;
    let segStart = s;
    for (let i = 0; i < parts.length; i += 2) {
      const part = parts[i]!;
      const partEnd = pos + part.length;
      const nextPart = parts[i + 2];
      if (nextPart !== undefined && PREFIXES.has(part.toLowerCase()) && /^\p{L}/u.test(nextPart)) {
        pos = partEnd + 1;
        continue;
      }
      splitClitic(text, segStart, partEnd, words);
      if (nextPart !== undefined) push(words, text, partEnd, partEnd + 1, false);
      pos = partEnd + 1;
      segStart = pos;
    }
    return;
  }
  splitClitic(text, s, e, words);
}

function splitClitic(text: string, s: number, e: number, words: Word[]): void {
  const piece = text.slice(s, e);
  if (!piece) return;
  const lower = piece.toLowerCase();
  const cut = SPLIT_WORDS[lower];
  if (cut !== undefined) {
    push(words, text, s, s + cut, false);
    push(words, text, s + cut, e, true);
    return;
  }
  const nt = NT.exec(piece);
  if (nt && /\p{L}/u.test(nt[1]!)) {
    const cutAt = s + nt[1]!.length;
    push(words, text, s, cutAt, false);
    push(words, text, cutAt, e, true);
    return;
  }
  const m = CLITIC.exec(piece);
  if (m && /\p{L}$/u.test(m[1]!) && !/^['’]/.test(piece)) {
    const cutAt = s + m[1]!.length;
    push(words, text, s, cutAt, false);
    push(words, text, cutAt, e, true);
    return;
  }
  push(words, text, s, e, false);
}
