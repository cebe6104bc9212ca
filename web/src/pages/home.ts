import { api, query } from '../api.js';
import { el, link } from '../dom.js';
import { dyadName } from '../labels.js';
import { articleItem, eventItem, pagedList } from './lists.js';

export async function topDyads(limit = 12): Promise<HTMLElement> {
  const { dyads } = await api<{ dyads: Array<{ a: string; b: string; events: number }> }>(`/api/dyads?limit=${limit}`);
  if (!dyads.length) return el('p', { className: 'meta', textContent: 'No events between countries yet.' });
  return el('ul', { className: 'dyads' }, ...dyads.map((d) => el('li', {}, link(`#/dyads/${d.a}/${d.b}`, dyadName(d.a, d.b)), ` ${d.events} events`)));
}

export async function homePage(): Promise<Node> {
  const [dyads, articles] = await Promise.all([topDyads(), pagedList('/api/articles?limit=20', 'articles', articleItem)]);
  return el(
    'div',
    { className: 'columns' },
    el('section', { className: 'main' }, el('h1', { textContent: 'Articles' }), articles),
    el('aside', {}, el('h2', { textContent: 'Dyads with the most events' }), dyads),
  );
}

export async function searchPage(q: string): Promise<Node> {
  const [articles, events] = await Promise.all([
    pagedList(`/api/search?${query({ q, limit: 20 })}`, 'articles', articleItem),
    pagedList(`/api/events?${query({ q, limit: 20 })}`, 'events', eventItem, 'No events in the matching articles.'),
  ]);
  return el(
    'div',
    {},
    el('h1', { textContent: `Search: ${q}` }),
    el(
      'div',
      { className: 'columns' },
      el('section', { className: 'main' }, el('h2', { textContent: 'Articles' }), articles),
      el('aside', {}, el('h2', { textContent: 'Events in those articles' }), events),
    ),
  );
}
