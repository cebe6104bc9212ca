// Reads CountryInfo.txt (almost-XML, one <Country> block per country) into plain records.
import { displayName } from '../../src/actors/kb/normalise.js';
import { readDate } from '../../src/actors/kb/petrarch.js';

export interface CountryInfoRole {
  title: string | null;
  code: string | null; // null in <Leaders>: the head of state or government, coded <country>GOV
  from: string | null;
  to: string | null;
  open: boolean;
}

export interface CountryInfoPerson {
  names: string[];
  roles: CountryInfoRole[];
  born: string | null;
  died: string | null;
  block: 'leaders' | 'government';
}

export interface CountryInfoCountry {
  cameo: string;
  iso2: string | null;
  iso3: string | null;
  name: string;
  nationality: string[];
  capital: string[];
  places: string[]; // major cities, regions, geographical features
  people: CountryInfoPerson[];
}

export function parseCountryInfo(text: string): CountryInfoCountry[] {
  const out: CountryInfoCountry[] = [];
  const clean = text.replace(/<!--[\s\S]*?-->/g, '');
  for (const m of clean.matchAll(/<Country>([\s\S]*?)<\/Country>/g)) {
    const body = m[1]!;
    const tag = (name: string) => new RegExp(`<${name}>([^<]*)</${name}>`).exec(body)?.[1]?.trim() ?? '';
    const list = (name: string) => lines(new RegExp(`<${name}>([\\s\\S]*?)</${name}>`).exec(body)?.[1] ?? '').map(displayName);
    const cameo = tag('CountryCode').replace(/^\[\S*\s+/, '').trim();
    const iso2 = tag('ISO3166-alpha2');
    const iso3 = tag('ISO3166-alpha3');
    if (!/^[A-Z]{3,}$/.test(cameo)) continue;
    out.push({
      cameo,
      iso2: /^[A-Z]{2}$/.test(iso2) ? iso2 : null,
      iso3: /^[A-Z]{3}$/.test(iso3) ? iso3 : null,
      name: displayName(tag('CountryName')),
      nationality: list('Nationality'),
      capital: list('Capital'),
      places: [...list('MajorCities'), ...list('Regions'), ...list('GeogFeatures')],
      people: [...leaders(body), ...government(body)],
    });
  }
  return out;
}

function lines(block: string): string[] {
  return block
    .split('\n')
    .map((l) => l.replace(/#.*$/, '').trim())
    .filter((l) => l && !l.startsWith('<'));
}

function leaders(body: string): CountryInfoPerson[] {
  const block = /<Leaders>([\s\S]*?)<\/Leaders>/.exec(body)?.[1] ?? '';
  const people: CountryInfoPerson[] = [];
  let title: string | null = null;
  for (const raw of block.split('\n')) {
    const line = raw.replace(/#.*$/, '').trim();
    const open = /^<([^/][^>]*)>$/.exec(line);
    if (open) {
      title = singularTitle(open[1]!);
      continue;
    }
    if (!line || line.startsWith('</')) continue;
    const term = /\[(?:(\d{8})\s*-\s*(\d{8})|>\s*(\d{8})|<\s*(\d{8}))\]/.exec(line);
    if (!term) continue;
    const names = namesOf(line.slice(0, line.indexOf('[')));
    if (names.length === 0) continue;
    const role: CountryInfoRole = term[1]
      ? { title, code: null, from: readDate(term[1]), to: readDate(term[2]!), open: false }
      : term[3]
        ? { title, code: null, from: readDate(term[3]), to: null, open: true }
        : { title, code: null, from: null, to: readDate(term[4]!), open: false };
    people.push({ names, roles: [role], born: lifeDate(line, 'B'), died: lifeDate(line, 'D'), block: 'leaders' });
  }
  return people;
}

function government(body: string): CountryInfoPerson[] {
  const block = /<Government>([\s\S]*?)<\/Government>/.exec(body)?.[1] ?? '';
  const people: CountryInfoPerson[] = [];
  for (const raw of block.split('\n')) {
    const hash = raw.indexOf('#');
    const line = (hash >= 0 ? raw.slice(0, hash) : raw).trim();
    const comment = hash >= 0 ? raw.slice(hash + 1).trim() : '';
    if (!line || !line.includes('[')) continue;
    const names = namesOf(line.slice(0, line.indexOf('[')));
    const codes = [...line.matchAll(/\[([A-Z]{3,})\s*(?:<\s*(\d{8})|>\s*(\d{8})|(\d{8})\s*-\s*(\d{8}))?\s*\]/g)];
    const titles = comment.split('&').map((t) => t.replace(/"/g, '').trim()).filter(Boolean);
    const roles = codes.map((c, i): CountryInfoRole => {
      const title = titles.length === codes.length ? titles[i]! : codes.length === 1 ? comment.replace(/"/g, '') || null : null;
      if (c[2]) return { title, code: c[1]!, from: null, to: readDate(c[2]), open: false };
      if (c[3]) return { title, code: c[1]!, from: readDate(c[3]), to: null, open: true };
      if (c[4]) return { title, code: c[1]!, from: readDate(c[4]), to: readDate(c[5]!), open: false };
      return { title, code: c[1]!, from: null, to: null, open: false };
    });
    if (names.length && roles.length) people.push({ names, roles, born: null, died: null, block: 'government' });
  }
  return people;
}

/** "{A_}{B_}" or "A_" to display names. */
function namesOf(field: string): string[] {
  const braced = [...field.matchAll(/\{([^}]*)\}/g)].map((m) => m[1]!);
  const raw = braced.length ? braced : [field];
  return raw.map((n) => displayName(n.trim())).filter((n) => n.length > 1);
}

function lifeDate(line: string, letter: 'B' | 'D'): string | null {
  const m = new RegExp(`\\[${letter}:(\\d{8})\\]`).exec(line);
  if (!m) return null;
  const date = readDate(m[1]!);
  return date?.endsWith('-01-01') ? date.slice(0, 4) : date; // YYYY0101 means only the year is known
}

/** "Prime ministers" -> "Prime Minister"; "Chairmen of the council" -> "Chairman of the Council". */
function singularTitle(tag: string): string {
  const words = tag.trim().split(/\s+/);
  const of = words.findIndex((w) => /^(of|for)$/i.test(w));
  const head = of > 0 ? of - 1 : words.length - 1;
  words[head] = singular(words[head]!);
  return words.map((w) => (/^(of|the|and|for)$/i.test(w) ? w.toLowerCase() : w[0]!.toUpperCase() + w.slice(1))).join(' ');
}

function singular(word: string): string {
  if (/men$/i.test(word)) return word.slice(0, -3) + 'man';
  if (/ies$/i.test(word)) return word.slice(0, -3) + 'y';
  if (/(ss|[^s])s$/i.test(word) && !/ss$/i.test(word)) return word.slice(0, -1);
  return word;
}
