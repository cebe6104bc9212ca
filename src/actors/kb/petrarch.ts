// Converts PETRARCH/TABARI actor dictionaries (the Phoenix *.actors.txt format) into knowledge-base entries.
// Format: a primary phrase (optionally with [CODE ...] on the same line), synonyms on lines starting with "+",
// and date restrictions on indented lines: [CODE], [CODE >date], [CODE <date], [CODE date-date].
import type { ActorEntry, ActorType, Role } from './schema.js';
import { parseCode } from './codes.js';
import { uniqueNames } from './merge.js';
import { capitaliseAcronyms, displayName, initialsOf, nameKey, slug } from './normalise.js';

export interface PetrarchOptions {
  /** Written into every entry's `source`, e.g. "Phoenix.Countries.actors.txt". */
  source: string;
  /** The date up to which the dictionary is current: open roles (">date") are confirmed only up to it. */
  asOf: string | null;
  /** Known country codes (CAMEO), to split codes into country and agent. */
  countries: ReadonlySet<string>;
  /** Ids already taken (by other files), so that new ids do not collide. */
  takenIds?: Set<string>;
}

export interface PetrarchResult {
  entries: ActorEntry[];
  /** Problems that made a line or restriction unusable, as "line N: problem". */
  skipped: string[];
}

interface Restriction {
  code: string;
  from: string | null;
  to: string | null;
  open: boolean;
}

interface Block {
  line: number;
  names: string[];
  restrictions: Restriction[];
  defaults: string[];
  afterBlank: boolean;
  /** Had a [code] on its own line, even one that could not be read: then it is not a synonym of the one above. */
  bracketed: boolean;
}

export function convertPetrarchActors(text: string, options: PetrarchOptions): PetrarchResult {
  const skipped: string[] = [];
  const blocks = joinUncoded(readBlocks(text, skipped));
  const taken = options.takenIds ?? new Set<string>();
  const entries: ActorEntry[] = [];
  for (const block of blocks) {
    const entry = toEntry(block, options, taken);
    if (entry) entries.push(entry);
    else skipped.push(`line ${block.line}: "${block.names[0]}" has no code`);
  }
  return { entries: withAcronymsJoined(entries), skipped };
}

/**
 * The dictionaries often list an organisation twice under one code, by its name and by its acronym ("UNITED_NATIONS"
 * and "UN_", "INTERNATIONAL_ATOMIC_ENERGY_AGENCY" and "IAEA_"): one actor, else "the IAEA" and "the International
 * Atomic Energy Agency" would be two, and the acronym's entry would be shown as "Iaea". The acronym, in capitals,
 * and its synonyms become names of the full entry.
 */
function withAcronymsJoined(entries: ActorEntry[]): ActorEntry[] {
  const byCode = new Map<string, ActorEntry[]>();
  for (const e of entries) if (e.code && e.type !== 'person' && e.type !== 'country') byCode.set(e.code, [...(byCode.get(e.code) ?? []), e]);
  const joined = new Set<ActorEntry>();
  for (const group of byCode.values()) {
    for (const short of group) {
      if (/[\s-]/.test(short.name)) continue;
      const full = group.find((e) => e !== short && !joined.has(e) && e.type === short.type && initialsOf(e.name) === short.name.toLowerCase().replace(/\./g, ''));
      if (!full) continue;
      full.aliases = uniqueNames([...full.aliases, short.name.toUpperCase(), ...short.aliases]).filter((n) => nameKey(n) !== nameKey(full.name));
      joined.add(short);
    }
  }
  return entries.filter((e) => !joined.has(e));
}

/** One block per primary phrase, with its synonyms and codes. */
function readBlocks(text: string, skipped: string[]): Block[] {
  const blocks: Block[] = [];
  let current: Block | null = null;
  let blankSince = true;
  text.split(/\r?\n/).forEach((raw, index) => {
    const lineNo = index + 1;
    const hash = raw.indexOf('#');
    let line = (hash >= 0 ? raw.slice(0, hash) : raw).replace(/\s;.*$/, '');
    if (!line.trim()) {
      if (!raw.trim()) blankSince = true;
      return;
    }
    if (/^\s*</.test(line)) return; // XML-like header lines
    const codes = readCodes(line, lineNo, skipped);
    const bracketed = /\[/.test(line);
    line = line.replace(/\[[^\]]*\]?/g, '');
    if (/^\s/.test(raw) && current && !line.trim()) {
      addCodes(current, codes);
      blankSince = false;
      return;
    }
    if (line.trimStart().startsWith('+')) {
      if (!current) {
        skipped.push(`line ${lineNo}: synonym without an actor before it`);
        return;
      }
      for (const part of line.split('+')) if (part.trim()) current.names.push(displayName(part));
      addCodes(current, codes);
      blankSince = false;
      return;
    }
    current = { line: lineNo, names: [displayName(line)], restrictions: [], defaults: [], afterBlank: blankSince, bracketed };
    addCodes(current, codes);
    blocks.push(current);
    blankSince = false;
  });
  return blocks;
}

/**
 * An entry with no code of its own names the same actor as the entry right below it (DMITRY_MEDVEDEV_ over
 * DMITR_MEDVEDEV_ with its codes) or, when a blank line follows it, the one right above it (UN_ [IGOUNO] / U.N._).
 */
function joinUncoded(blocks: Block[]): Block[] {
  const merged: Block[] = [];
  let pending: Block[] = [];
  const settle = () => {
    const first = pending[0];
    const previous = merged.at(-1);
    if (first && !first.afterBlank && previous && isCoded(previous)) previous.names.push(...pending.flatMap((b) => b.names));
    else merged.push(...pending);
    pending = [];
  };
  for (const block of blocks) {
    if (!isCoded(block) && !block.bracketed) {
      if (block.afterBlank) settle();
      pending.push(block);
      continue;
    }
    if (pending.length && !block.afterBlank) {
      block.names.unshift(...pending.flatMap((b) => b.names));
      pending = [];
    } else settle();
    merged.push(block);
  }
  settle();
  return merged;
}

function isCoded(block: Block): boolean {
  return block.restrictions.length > 0 || block.defaults.length > 0;
}

function addCodes(block: Block, codes: Restriction[]): void {
  for (const c of codes) {
    if (c.from === null && c.to === null && !c.open) block.defaults.push(c.code);
    else block.restrictions.push(c);
  }
}

function readCodes(line: string, lineNo: number, skipped: string[]): Restriction[] {
  const out: Restriction[] = [];
  for (const m of line.matchAll(/\[([^\]]*)\]/g)) {
    const body = (m[1] ?? '').trim();
    if (!body || body.startsWith('-')) continue; // [---] is the null code
    const r = /^([A-Z0-9]{3,})\s*(?:(<|>)\s*(\d+)|(\d+)\s*-\s*(\d+))?$/.exec(body);
    if (!r || r[1]!.length % 3 !== 0) {
      skipped.push(`line ${lineNo}: cannot read [${body}]`);
      continue;
    }
    const code = r[1]!;
    if (r[2]) {
      const date = readDate(r[3]!);
      if (!date) {
        skipped.push(`line ${lineNo}: bad date in [${body}]`);
        continue;
      }
      out.push(r[2] === '<' ? { code, from: null, to: date, open: false } : { code, from: date, to: null, open: true });
    } else if (r[4]) {
      const from = readDate(r[4]);
      const to = readDate(r[5]!);
      if (!from || !to) {
        skipped.push(`line ${lineNo}: bad date in [${body}]`);
        continue;
      }
      out.push({ code, from, to, open: false });
    } else out.push({ code, from: null, to: null, open: false });
  }
  return out;
}

/** YYMMDD or YYYYMMDD to YYYY-MM-DD; two-digit years before 30 are 20xx. Impossible days (Feb 31) become the month's last day. */
export function readDate(digits: string): string | null {
  let y: number;
  let rest: string;
  if (digits.length === 8) {
    y = Number(digits.slice(0, 4));
    rest = digits.slice(4);
  } else if (digits.length === 6) {
    const yy = Number(digits.slice(0, 2));
    y = yy < 30 ? 2000 + yy : 1900 + yy;
    rest = digits.slice(2);
  } else return null;
  const month = Number(rest.slice(0, 2));
  let day = Number(rest.slice(2, 4));
  if (month < 1 || month > 12 || day < 1 || day > 31 || y < 1800) return null;
  const last = new Date(Date.UTC(y, month, 0)).getUTCDate();
  day = Math.min(day, last);
  return `${y}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function toEntry(block: Block, options: PetrarchOptions, taken: Set<string>): ActorEntry | null {
  const { countries } = options;
  const defaultCode = block.defaults[0] ?? null;
  if (!defaultCode && block.restrictions.length === 0) return null;
  const roles: Role[] = block.restrictions.map((r) => {
    const parts = parseCode(r.code, countries);
    return {
      role: null,
      country: parts.country,
      agent: parts.agent,
      code: r.code,
      from: r.from,
      to: r.to,
      asOf: r.open ? options.asOf : null,
      source: options.source,
    };
  });
  const main = defaultCode ?? stateBecome(roles, countries) ?? roles.find((r) => r.agent !== 'ELI')?.code ?? roles[0]!.code;
  const parts = parseCode(main, countries);
  const type = typeOf(main, parts, roles, countries);
  const names = capitaliseAcronyms(uniqueNames(block.names));
  const name = names[0]!;
  const id = countries.has(main) ? main.toLowerCase() : uniqueId(slug(name) || 'actor', parts.country, taken);
  return {
    kind: 'actor',
    id,
    name,
    aliases: names.slice(1),
    type,
    country: parts.country,
    code: defaultCode,
    agent: defaultCode ? parseCode(defaultCode, countries).agent : null,
    born: null,
    died: null,
    roles,
    source: options.source,
  };
}

/**
 * A republic that became the state it is today, told through its codes ("UKRAINE_ [USRUKR <910824]
 * [UKRUNR 910824-911221] [UKR >911221]", "SOUTH_SUDAN [SDNSSD ...] [SSD >20110709]"): that state's code, so that the
 * entry names the country (not a person, nor the state it left).
 */
function stateBecome(roles: readonly Role[], countries: ReadonlySet<string>): string | null {
  const last = roles.at(-1)?.code;
  if (!last || !countries.has(last) || roles.length < 2 || !roles[0]!.code.endsWith(last)) return null;
  return roles.every((r) => r.agent === null || r.code.startsWith(last) || r.code.startsWith(roles[0]!.code)) ? last : null;
}

function typeOf(code: string, parts: { country: string | null; agent: string | null }, roles: readonly Role[], countries: ReadonlySet<string>): ActorType {
  if (countries.has(code)) return 'country';
  const segments = code.match(/.{3}/g) ?? [];
  if (segments.some((s) => ARMED.has(s))) return 'group';
  // A state of the past, coded by country alone for its years ("GERMAN_DEMOCRATIC_REPUBLIC [DDR 19491007-19901003]");
  // not a place that passed to a state of today (Leipzig: DDR, then DEU).
  if (roles.length && roles.every((r) => r.agent === null && /^[A-Z]{3}$/.test(r.code) && r.to !== null && !countries.has(r.code))) return 'country';
  if (roles.length) return 'person';
  return (parts.agent && BY_AGENT[parts.agent]) || 'institution';
}

const ARMED = new Set(['REB', 'INS', 'SEP', 'UAF', 'IMG']);
const BY_AGENT: Record<string, ActorType> = { IGO: 'igo', NGO: 'ngo', NGM: 'ngo', MNC: 'company', MED: 'media', BUS: 'company', PTY: 'party' };

function uniqueId(base: string, country: string | null, taken: Set<string>): string {
  let id = base;
  if (taken.has(id) && country) id = `${base}-${country.toLowerCase()}`;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  taken.add(id);
  return id;
}

