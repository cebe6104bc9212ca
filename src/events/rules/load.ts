import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { z } from 'zod';
import type { Ontology } from '../ontology/index.js';
import type { RoleWords } from '../roles.js';
import { FrameTable, NO_EVENT, RuleFile, type Rule } from './schema.js';

/** The coding rules with their lookups: rules by lemma, and the frame table. */
export interface Rules {
  readonly all: readonly Rule[];
  readonly frames: FrameTable;
  /** `frames.doers`, `frames.judges`, `frames.tellers`, `frames.documents` and `frames.issuing` as sets. */
  readonly roleWords: RoleWords;
  /** `frames.measureWords` as a set: "tons of aid" is aid. */
  readonly measureWords: ReadonlySet<string>;
  /** The frame table's words that tell how an event's sides are read. */
  readonly sideWords: SideWords;
  /** Rules whose anchor (verb, noun or adjective; the light verb of a support rule) has this lemma. */
  byLemma(lemma: string): readonly Rule[];
  /** Rules for a token: by its lemma, else by the base forms its spelling allows ("extradited" when the lemmatiser missed it). */
  byWord(lemma: string, form: string): readonly Rule[];
}

/** Reporting verbs ("said"), nouns of acts whose owner is their target, and words that count a group of actors. */
export interface SideWords {
  readonly reporting: ReadonlySet<string>;
  readonly ownedActs: ReadonlySet<string>;
  readonly countWords: ReadonlySet<string>;
  readonly channels: ReadonlySet<string>;
}

/** Regular English inflections, undone: the lemmatiser's misses should not hide a rule. */
const SUFFIXES: Array<[RegExp, string]> = [[/ies$/, 'y'], [/ied$/, 'y'], [/([^aeiou])\1(ed|ing)$/, '$1'], [/(ed|ing)$/, 'e'], [/(ed|ing)$/, ''], [/es$/, ''], [/s$/, ''], [/d$/, '']];

function lookup(byLemma: (l: string) => readonly Rule[], lemma: string, form: string): readonly Rule[] {
  const found = byLemma(lemma);
  const lower = form.toLowerCase();
  // "is prepared to": an adjective rule may name the participle itself.
  if (found.length) return lower === lemma ? found : [...found, ...byLemma(lower).filter((r) => r.kind === 'adjective')];
  for (const [re, to] of SUFFIXES) {
    if (!re.test(lower)) continue;
    const hit = byLemma(lower.replace(re, to));
    if (hit.length) return hit;
  }
  return byLemma(lower);
}

const FRAMES_FILE = 'frames.json';

/** Reads and checks data/rules/*.json: every code is a CAMEO code, every id is unique. */
export function loadRules(ontology: Ontology, dir = rulesDir()): Rules {
  const all: Rule[] = [];
  for (const name of readdirSync(dir).filter((f) => f.endsWith('.json') && f !== FRAMES_FILE).sort()) {
    all.push(...readJson(join(dir, name), RuleFile).rules.map((r) => check(r, name, ontology)));
  }
  const ids = new Set<string>();
  for (const r of all) {
    if (ids.has(r.id)) throw new Error(`${dir}: rule id "${r.id}" is used twice`);
    ids.add(r.id);
  }
  const frames = readJson(join(dir, FRAMES_FILE), FrameTable);
  for (const [frame, table] of Object.entries(frames.frames)) {
    // The protest table gives the last digit of a protest code (1411 … 1454), not a code.
    if (frame === 'protest') continue;
    for (const code of [table.default, ...Object.values(table.map)]) {
      if (!ontology.isCameo(code)) throw new Error(`${FRAMES_FILE}: frame ${frame} maps to ${code}, which is not a CAMEO code`);
    }
  }
  const index = new Map<string, Rule[]>();
  for (const r of all) for (const lemma of r.lemmas) index.set(lemma, [...(index.get(lemma) ?? []), r]);
  const byLemma = (lemma: string) => index.get(lemma) ?? [];
  const sideWords = { reporting: new Set(frames.governors['reported'] ?? []), ownedActs: new Set(frames.ownedActs), countWords: new Set(frames.countWords), channels: new Set(frames.channels) };
  return { all, frames, roleWords: { doers: new Set(frames.doers), judges: new Set(frames.judges), tellers: new Set(frames.tellers), documents: new Set(frames.documents), issuing: new Set(frames.issuing) }, sideWords, measureWords: new Set(frames.measureWords), byLemma, byWord: (lemma, form) => lookup(byLemma, lemma, form) };
}

function check(rule: Rule, file: string, ontology: Ontology): Rule {
  const codes = rule.byPerson && rule.byPerson !== NO_EVENT ? [rule.code, rule.byPerson] : [rule.code];
  for (const code of codes) if (!ontology.isCameo(code)) throw new Error(`${file}: rule "${rule.id}" has code ${code}, which is not a CAMEO code`);
  if (rule.kind === 'support' && !rule.objects?.length) throw new Error(`${file}: support rule "${rule.id}" names no objects`);
  return rule;
}

/** data/rules of the installed package, found from this file upwards (works from src/ and dist/). */
export function rulesDir(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    if (existsSync(join(dir, 'package.json')) && existsSync(join(dir, 'data', 'rules'))) return join(dir, 'data', 'rules');
    const up = dirname(dir);
    if (up === dir) throw new Error('Cannot find data/rules in the dyad package');
    dir = up;
  }
}

function readJson<T extends z.ZodType>(file: string, schema: T): z.infer<T> {
  const parsed = schema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new Error(`${file}: ${issue.path.join('.')}: ${issue.message}`);
  }
  return parsed.data;
}
