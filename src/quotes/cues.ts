import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';

/** Words that introduce what someone said (data/quotes/cues.json). */
export const QuoteCues = z.object({
  source: z.string(),
  /** Verbs whose clause is what was said: "said (that) …". */
  clause: z.array(z.string()),
  /** Verbs that characterise with someone's words: "described it as a “good case”". */
  characterise: z.array(z.string()),
  /** Nouns of stated attitude: "expressed hope that …". */
  noun: z.array(z.string()),
  /** Verbs with a listener before the clause: "told reporters that …". */
  object: z.array(z.string()),
  according: z.array(z.string()),
  quoted: z.array(z.string()),
});
export type QuoteCues = z.infer<typeof QuoteCues>;

export interface CueSets {
  clause: ReadonlySet<string>;
  characterise: ReadonlySet<string>;
  noun: ReadonlySet<string>;
  object: ReadonlySet<string>;
}

export function cueSets(c: QuoteCues): CueSets {
  return { clause: new Set(c.clause), characterise: new Set(c.characterise), noun: new Set(c.noun), object: new Set(c.object) };
}

/** Loads data/quotes/cues.json of the dyad package (or from `dataDir`). */
export function loadQuoteCues(dataDir?: string): QuoteCues {
  return QuoteCues.parse(JSON.parse(readFileSync(join(dataDir ?? quotesDataDir(), 'cues.json'), 'utf8')));
}

function quotesDataDir(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    if (existsSync(join(dir, 'package.json')) && existsSync(join(dir, 'data', 'quotes'))) return join(dir, 'data', 'quotes');
    const up = dirname(dir);
    if (up === dir) throw new Error('Cannot find data/quotes in the dyad package');
    dir = up;
  }
}
