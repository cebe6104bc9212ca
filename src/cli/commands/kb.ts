import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { Command } from 'commander';
import { InputError } from '../../read/errors.js';
import {
  convertPetrarchActors,
  defaultUserDir,
  KbDate,
  KbEntry,
  loadKnowledgeBase,
  parseEntryLine,
  type ActorEntry,
  type Basis,
  type KnowledgeBase,
} from '../../actors/kb/index.js';
import { holds } from '../../actors/kb/roles.js';
import { UsageError } from '../main.js';

export function register(program: Command): void {
  const kb = program.command('kb').description('Look up and extend the knowledge base of actors, countries and agent words.');
  kb.command('add')
    .description(`Check a JSON Lines file of knowledge-base entries and add it to your own knowledge base ($DYAD_KB_DIR or ~/.dyad/kb).`)
    .argument('<file>', 'entries in dyad format, one JSON object per line')
    .action(add);
  kb.command('import-petrarch')
    .description('Convert a PETRARCH/TABARI actor dictionary and add it to your own knowledge base.')
    .argument('<file>', 'a PETRARCH-format .actors file')
    .option('--as-of <date>', 'the date up to which the dictionary is current (open roles are confirmed up to it)')
    .action(importPetrarch);
  kb.command('show')
    .description('Print the actors with this name: aliases and dated roles, marking those held at --at.')
    .argument('<name>', 'a name or alias, e.g. "Hassan Rouhani", "Iraqi", "IS"')
    .option('--at <date>', 'the date to resolve roles at (YYYY-MM-DD)')
    .option('--country <codes>', 'comma-separated ISO alpha-3 codes of the countries in context, e.g. IRN,IRQ')
    .option('--json', 'print the matches as JSON')
    .action(show);
}

function add(file: string): void {
  const entries = readInput(file)
    .split('\n')
    .map((line, i) => ({ line, where: `${file}:${i + 1}` }))
    .filter(({ line }) => line.trim() && !line.trimStart().startsWith('//'))
    .map(({ line, where }) => parseEntryLine(line, where));
  if (entries.length === 0) throw new InputError(file, 'Holds no entries');
  const target = save(file, entries);
  process.stdout.write(`Added ${describe(entries)} to ${target}\n`);
}

function importPetrarch(file: string, options: { asOf?: string }): void {
  if (options.asOf && !KbDate.safeParse(options.asOf).success) throw new UsageError(`--as-of: expected a date like 2021-08-03, got "${options.asOf}"`);
  const kb = loadKnowledgeBase({ userDir: null });
  const codes = new Set([...kb.countries.values()].flatMap((c) => [c.cameo, c.iso3]));
  const result = convertPetrarchActors(readInput(file), {
    source: basename(file),
    asOf: options.asOf ?? null,
    countries: codes,
    takenIds: new Set(kb.actors.keys()),
  });
  if (result.entries.length === 0) throw new InputError(file, 'Holds no actor with a code');
  const entries = result.entries.map((e, i) => {
    const parsed = KbEntry.safeParse(e);
    if (!parsed.success) throw new InputError(`${file} (entry ${i + 1}, "${e.name}")`, parsed.error.issues[0]!.message);
    return parsed.data;
  });
  const target = save(file, entries);
  process.stdout.write(`Imported ${describe(entries)} to ${target}${result.skipped.length ? `; skipped ${result.skipped.length} unreadable lines (first: ${result.skipped[0]})` : ''}\n`);
}

function show(name: string, options: { at?: string; country?: string; json?: boolean }): void {
  if (options.at && !KbDate.safeParse(options.at).success) throw new UsageError(`--at: expected a date like 2021-02-06, got "${options.at}"`);
  const kb = loadKnowledgeBase();
  const countries = options.country?.split(',').map((c) => c.trim().toUpperCase()) ?? [];
  // A country's ISO code ("IRN") names it here, though not in articles (the press writes "PAN" for Mexico's party).
  const byCode = /^[A-Z]{3}$/.test(name) ? kb.actor(name.toLowerCase()) : null;
  const found = kb.findActors(name, { date: options.at, countries });
  const codeMatch = byCode?.type === 'country' ? kb.findActors(byCode.name, { date: options.at, countries }).find((m) => m.actor.id === byCode.id) : undefined;
  const matches = (codeMatch && !found.some((m) => m.actor.id === codeMatch.actor.id) ? [codeMatch, ...found] : found).slice(0, 5);
  const country = kb.countryByAdjective(name) ?? kb.countryByCapital(name);
  const agent = kb.agentForWord(name);
  if (options.json) {
    process.stdout.write(`${JSON.stringify({ matches, country, agent }, null, 2)}\n`);
    return;
  }
  const lines: string[] = [];
  if (country) lines.push(`"${name}" is ${kb.countryByAdjective(name) ? 'an adjective' : 'the capital'} of ${country.name} (${country.iso3}, CAMEO ${country.cameo})`);
  if (agent) lines.push(`"${name}" is an agent word: ${agent.code}${agent.prefix ? ' (before the country)' : ''} [${agent.source}]`);
  for (const m of matches) lines.push('', ...describeActor(kb, m.actor, options.at));
  if (lines.length === 0) {
    process.stderr.write(`dyad: No actor, country or agent word named "${name}"\n`);
    process.exitCode = 1;
    return;
  }
  process.stdout.write(`${lines.join('\n').replace(/^\n/, '')}\n`);
}

function describeActor(kb: KnowledgeBase, actor: ActorEntry, at?: string): string[] {
  const lines = [`${actor.name} (${actor.id}) — ${actor.type}${actor.country ? `, ${actor.country}` : ''}${actor.code ? `, ${actor.code}` : ''}`];
  if (actor.aliases.length) lines.push(`  aliases: ${actor.aliases.join('; ')}`);
  if (actor.born || actor.died) lines.push(`  ${actor.born ? `born ${actor.born}` : ''}${actor.born && actor.died ? ', ' : ''}${actor.died ? `died ${actor.died}` : ''}`);
  const day = at ? at.slice(0, 10) : null;
  const roles = [...actor.roles].sort((a, b) => (a.from ?? '').localeCompare(b.from ?? ''));
  for (const role of roles) {
    const mark = day && holds(role, day) ? '*' : ' ';
    const span = `${role.from ?? '…'} – ${role.to ?? (role.asOf ? `(open; as of ${role.asOf})` : '…')}`;
    lines.push(`  ${mark} ${span.padEnd(36)} ${kb.roleLabel(role).padEnd(48)} ${role.code.padEnd(10)} [${role.source}]`);
  }
  if (at) {
    const s = kb.standingAt(actor, at)!;
    lines.push(`  at ${at}: ${s.code ?? 'no code'} (${BASIS[s.basis]})`);
  }
  lines.push(`  source: ${actor.source}`);
  return lines;
}

const BASIS: Record<Basis, string> = {
  current: 'in office',
  'at-death': 'the role held at death',
  presumed: 'presumed still in office: the source confirms it to an earlier date',
  former: 'former office holder',
  none: 'no dated role',
};

function readInput(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    throw new InputError(file, (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'No such file' : 'Cannot be read');
  }
}

/** Writes the entries to the user's KB folder under the input's name, so that adding a file again replaces it. */
function save(file: string, entries: KbEntry[]): string {
  const dir = defaultUserDir();
  mkdirSync(dir, { recursive: true });
  const target = join(dir, `${basename(file).replace(/(\.(jsonl|json|txt|actors))+$/i, '')}.jsonl`);
  writeFileSync(target, entries.map((e) => JSON.stringify(e)).join('\n') + '\n');
  return target;
}

const LABELS: Record<KbEntry['kind'], [string, string]> = {
  actor: ['actor', 'actors'],
  country: ['country', 'countries'],
  agent: ['agent word', 'agent words'],
};

function describe(entries: KbEntry[]): string {
  return (Object.keys(LABELS) as KbEntry['kind'][])
    .map((kind) => [entries.filter((e) => e.kind === kind).length, LABELS[kind]] as const)
    .filter(([count]) => count > 0)
    .map(([count, [one, many]]) => `${count} ${count === 1 ? one : many}`)
    .join(', ');
}
