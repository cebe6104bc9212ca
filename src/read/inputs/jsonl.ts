import { JsonlArticle } from '../../model/index.js';
import { InputError } from '../errors.js';
import type { Source } from '../source.js';

/** One item of a batch: a source to read, or the error that stopped it from being one. */
export type Item = { source: Source } | { error: InputError; externalId?: string };

/** The articles of a JSON Lines batch (OUTPUT.md): one per non-blank line, or an error naming `name:line`. */
export function* jsonlItems(name: string, text: string): Generator<Item> {
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.trim();
    if (!line) continue;
    const where = `${name}:${i + 1}`;
    let raw: unknown;
    try {
      raw = JSON.parse(line);
    } catch {
      yield { error: new InputError(where, 'Not valid JSON') };
      continue;
    }
    const parsed = JsonlArticle.safeParse(raw);
    if (!parsed.success) {
      const id = (raw as { id?: unknown })?.id;
      const problem = parsed.error.issues.map((issue) => `${issue.path.join('.') || 'line'} ${issue.message}`).join('; ');
      yield { error: new InputError(where, `Not an article line: ${problem}`), externalId: id === undefined ? undefined : String(id) };
      continue;
    }
    const article = parsed.data;
    yield {
      source: {
        name: `${where} (${article.id})`,
        bytes: Buffer.from(article.html ?? article.text ?? ''),
        format: article.html !== undefined ? 'html' : 'text',
        hints: {
          externalId: article.id,
          title: article.title,
          published: article.published,
          source: article.source,
          url: article.url,
        },
      },
    };
  }
}
