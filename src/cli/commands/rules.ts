import type { Command } from 'commander';
import { loadRules } from '../../events/index.js';
import { loadOntology } from '../../events/ontology/index.js';

interface RulesOptions {
  code?: string;
  json?: boolean;
}

export function register(program: Command): void {
  program
    .command('rules')
    .description('List the event coding rules (data/rules): id, CAMEO code and name, the words they fire on, and an example.')
    .option('--code <prefix>', 'only rules whose code starts with this (e.g. 04, 111)')
    .option('--json', 'print the rules as JSON Lines')
    .action(list);
}

function list(options: RulesOptions): void {
  const ontology = loadOntology();
  const rules = loadRules(ontology).all.filter((r) => !options.code || r.code.startsWith(options.code));
  for (const r of rules) {
    if (options.json) {
      process.stdout.write(JSON.stringify(r) + '\n');
      continue;
    }
    const words = [r.lemmas.join('|'), r.objects ? `+ ${r.objects.join('|')}` : '', r.modifiers ? `(${r.modifiers.join('|')})` : ''].filter(Boolean).join(' ');
    const frame = r.frame ? ` [frame ${r.frame}]` : '';
    process.stdout.write(`${r.code.padEnd(5)} ${r.id.padEnd(22)} ${ontology.cameo(r.code)?.name ?? ''}${frame}\n      ${r.kind}: ${words}\n      e.g. ${r.example}\n`);
  }
}
