import { api, type ArticleSummary, type StoredEvent } from '../api.js';
import { el, link } from '../dom.js';
import { cameoName, day, sides } from '../labels.js';

/** Text with some spans marked (search matches): built from text nodes and <mark>s only. */
export function marked(text: string, spans: Array<{ start: number; end: number }>): HTMLElement {
  const out = el('p', { className: 'lead' });
  let at = 0;
  for (const { start, end } of spans) {
    out.append(text.slice(at, start), el('mark', { textContent: text.slice(start, end) }));
    at = end;
  }
  out.append(text.slice(at));
  return out;
}

export function articleItem(a: ArticleSummary): HTMLElement {
  return el(
    'li',
    {},
    link(`#/articles/${encodeURIComponent(a.id)}`, a.title || '(untitled)'),
    el('div', { className: 'meta', textContent: [a.source, day(a.published)].filter(Boolean).join(' · ') }),
    a.snippet !== undefined ? marked(a.snippet, a.highlights ?? []) : el('p', { className: 'lead', textContent: `${a.lead}…` }),
  );
}

export function quadClassBadge(quadClass: number): HTMLElement {
  return el('span', { className: `badge q${quadClass}`, textContent: `Q${quadClass}`, title: `QuadClass ${quadClass}` });
}

/** One event in a list: who, what, when, and a link to its evidence in the article. */
export function eventItem(e: StoredEvent): HTMLElement {
  return el(
    'li',
    { className: 'event' },
    quadClassBadge(e.quadClass),
    el('span', { className: 'code', textContent: e.cameo }),
    ' ',
    el('strong', { textContent: cameoName(e.cameo) }),
    e.negated ? el('span', { className: 'negated', textContent: ' (negated)' }) : null,
    el('div', { className: 'meta', textContent: `${sides(e)} · ${e.date.value}${e.place ? ` · ${e.place.name}` : ''}` }),
    el('blockquote', { textContent: e.evidence.text }),
    el('div', { className: 'meta' }, link(`#/articles/${encodeURIComponent(e.articleId)}?event=${encodeURIComponent(e.id)}`, `Evidence in “${e.title}”`)),
  );
}

/** A list that loads page after page from an API path answering `{[key]: [...], next}`. */
export async function pagedList<T>(path: string, key: string, item: (x: T) => HTMLElement, empty = 'Nothing found.'): Promise<HTMLElement> {
  const list = el('ul', { className: key });
  const box = el('div', {}, list);
  const more = el('button', { className: 'more', textContent: 'More' });
  let next: string | null = null;
  const load = async () => {
    const sep = path.includes('?') ? '&' : '?';
    const page = await api<Record<string, unknown> & { next: string | null }>(path + (next ? `${sep}cursor=${encodeURIComponent(next)}` : ''));
    const items = page[key] as T[];
    list.append(...items.map(item));
    if (!items.length && !next) list.append(el('li', { className: 'empty', textContent: empty }));
    next = page.next;
    if (next) box.append(more);
    else more.remove();
  };
  more.onclick = () => void load();
  await load();
  return box;
}
