import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { InputError } from '../../read/errors.js';
import { KnowledgeBase } from './knowledge-base.js';
import type { PrebuiltIndex } from './name-index.js';
import { KbEntry } from './schema.js';
import { agentOf } from './codes.js';

export interface LoadOptions {
  /** The committed knowledge base (default: data/kb of the dyad package, wherever it is installed). */
  dataDir?: string;
  /** The user's own entries (default: $DYAD_KB_DIR, else ~/.dyad/kb); null for none. */
  userDir?: string | null;
  /** Add the hand-written files in data/kb/updates (default true; the build indexes the base without them). */
  updates?: boolean;
  /** Use the prebuilt name index data/kb/index.json.gz when it matches the data (default true). */
  prebuiltIndex?: boolean;
}

/** The file, beside the committed entries, that holds their prebuilt name index. */
export const INDEX_FILE = 'index.json.gz';

/**
 * Loads the committed knowledge base (data/kb/*.jsonl, then data/kb/updates/*.jsonl) and the user's files,
 * with the committed actors' name index (data/kb/index.json.gz) when it was built from the same data.
 * Committed files were validated when they were built; hand-written and user files are validated here.
 */
export function loadKnowledgeBase(options: LoadOptions = {}): KnowledgeBase {
  const dataDir = options.dataDir ?? packageDataDir();
  const userDir = options.userDir === undefined ? defaultUserDir() : options.userDir;
  const base: KbEntry[] = [];
  for (const file of jsonlFiles(dataDir)) base.push(...readEntries(file, false));
  const additions: KbEntry[] = [];
  if (options.updates !== false) for (const file of jsonlFiles(join(dataDir, 'updates'))) additions.push(...readEntries(file, true));
  if (userDir) for (const file of jsonlFiles(userDir)) additions.push(...readEntries(file, true));
  const commonFile = join(dataDir, 'common-words.txt');
  const commonWords = existsSync(commonFile) ? readFileSync(commonFile, 'utf8').split('\n').filter((w) => w && !w.startsWith('#')) : [];
  const indexFile = join(dataDir, INDEX_FILE);
  const index = options.prebuiltIndex !== false && existsSync(indexFile) ? (JSON.parse(gunzipSync(readFileSync(indexFile)).toString('utf8')) as PrebuiltIndex) : undefined;
  return new KnowledgeBase(base, { commonWords, additions, index });
}

export function defaultUserDir(): string {
  return process.env.DYAD_KB_DIR || join(homedir(), '.dyad', 'kb');
}

/** data/kb of the installed package: found from this file upwards, so it works from src/ and from dist/. */
export function packageDataDir(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    if (existsSync(join(dir, 'package.json')) && existsSync(join(dir, 'data', 'kb'))) return join(dir, 'data', 'kb');
    const up = dirname(dir);
    if (up === dir) throw new Error('Cannot find data/kb in the dyad package');
    dir = up;
  }
}

function jsonlFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.jsonl') || f.endsWith('.jsonl.gz'))
    .sort()
    .map((f) => join(dir, f));
}

/** Reads one JSON Lines file (gzipped when its name ends in .gz); with `validate`, every line is checked against the schema and the first problem throws. */
export function readEntries(file: string, validate: boolean): KbEntry[] {
  const out: KbEntry[] = [];
  const bytes = readFileSync(file);
  const lines = (file.endsWith('.gz') ? gunzipSync(bytes) : bytes).toString('utf8').split('\n');
  lines.forEach((line, i) => {
    if (!line.trim() || line.trimStart().startsWith('//')) return;
    const entry = validate ? parseEntryLine(line, `${file}:${i + 1}`) : withDefaults(JSON.parse(line) as Record<string, unknown>);
    if (entry.kind === 'actor') {
      if (entry.code) entry.agent ??= agentOf(entry.code);
      const source = entry.source.split('; ')[0]!;
      for (const role of entry.roles) {
        role.source ??= source;
        if (role.country === undefined) role.country = entry.country;
        role.agent ??= agentOf(role.code);
      }
    }
    out.push(entry);
  });
  return out;
}

/** Parses and validates one line; a problem is an InputError naming file:line and what is wrong. */
export function parseEntryLine(line: string, where: string): KbEntry {
  let json: unknown;
  try {
    json = JSON.parse(line);
  } catch {
    throw new InputError(where, 'Not valid JSON');
  }
  const parsed = KbEntry.safeParse(json);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0]!;
  const path = issue.path.join('.');
  throw new InputError(where, `${path ? `${path}: ` : ''}${issue.message}`);
}

// The schema's defaults, filled in place without a full validation: committed files were validated when built.
const NONE: never[] = [];
const DEFAULTS: Record<KbEntry['kind'], Record<string, unknown>> = {
  actor: { aliases: NONE, country: null, code: null, agent: null, born: null, died: null, roles: NONE },
  country: { iso2: null, aliases: NONE, adjectives: NONE, capital: NONE, unMember: false, territoryOf: null },
  agent: { prefix: false },
};
const ROLE_DEFAULTS: Record<string, unknown> = { role: null, agent: null, from: null, to: null, asOf: null };

function withDefaults(json: Record<string, unknown>): KbEntry {
  fill(json, DEFAULTS[json.kind as KbEntry['kind']]);
  if (json.kind === 'actor') for (const role of json.roles as Record<string, unknown>[]) fill(role, ROLE_DEFAULTS);
  return json as unknown as KbEntry;
}

function fill(target: Record<string, unknown>, defaults: Record<string, unknown>): void {
  for (const key in defaults) if (target[key] === undefined) target[key] = defaults[key];
}
