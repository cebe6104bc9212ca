import { api, query, type ActorDetail, type ActorLink, type ActorSummary, type StoredEvent } from '../api.js';
import { el, link } from '../dom.js';
import { worldMap } from '../charts/map.js';
import { network } from '../charts/network.js';
import { rolesTimeline } from '../charts/roles.js';
import { countryName } from '../labels.js';
import { eventItem, pagedList } from './lists.js';

function actorItem(a: ActorSummary): HTMLElement {
  return el('li', {}, link(`#/actors/${encodeURIComponent(a.id)}`, a.name), el('span', { className: 'meta', textContent: ` ${a.code} · ${a.type}${a.country ? ` · ${countryName(a.country)}` : ''} · ${a.events} events in ${a.articles} articles` }));
}

export async function actorsPage(params: URLSearchParams): Promise<Node> {
  const q = params.get('q') ?? '';
  const form = el('form', { className: 'filters' }, el('input', { name: 'q', value: q, placeholder: 'Name or code', 'aria-label': 'Actor name or code' }), el('button', { textContent: 'Find' }));
  form.onsubmit = (event) => {
    event.preventDefault();
    location.hash = `#/actors?${query({ q: String(new FormData(form).get('q') ?? '').trim() })}`;
  };
  return el('div', {}, el('h1', { textContent: 'Actors' }), form, await pagedList(`/api/actors?${query({ q, limit: 50 })}`, 'actors', actorItem, 'No actors found.'));
}

export async function actorPage(id: string): Promise<Node> {
  const [actor, { links }, { events }] = await Promise.all([
    api<ActorDetail>(`/api/actors/${encodeURIComponent(id)}?limit=20`),
    api<{ links: ActorLink[] }>(`/api/actors/network?${query({ actor: id, limit: 60 })}`),
    api<{ events: StoredEvent[] }>(`/api/events?${query({ actor: id, limit: 200 })}`),
  ]);
  const roles = el(
    'table',
    { className: 'roles' },
    el('thead', {}, el('tr', {}, ...['Role', 'Sector', 'Code', 'First seen', 'Last seen', 'Articles'].map((h) => el('th', { textContent: h })))),
    el('tbody', {}, ...actor.roles.map((r) => el('tr', {}, ...[r.role ?? '—', r.agent ?? '—', r.code, r.from ?? '', r.to ?? '', String(r.articles)].map((v) => el('td', { textContent: v }))))),
  );
  return el(
    'div',
    { className: 'actor-page' },
    el('h1', { textContent: actor.name }),
    el('p', { className: 'meta', textContent: `${actor.type} · ${actor.code}${actor.country ? ` · ${countryName(actor.country)}` : ''} · ${actor.events} events in ${actor.articles} articles` }),
    el('h2', { textContent: 'Roles over time' }),
    rolesTimeline(actor.roles),
    roles,
    el(
      'div',
      { className: 'columns' },
      el('section', { className: 'main' }, el('h2', { textContent: 'Recent events' }), actor.latest.length ? el('ul', { className: 'events' }, ...actor.latest.map(eventItem)) : el('p', { className: 'meta', textContent: 'No events yet.' })),
      el('aside', {}, el('h2', { textContent: 'Linked actors' }), network(links, id), el('h2', { textContent: 'Where its events happened' }), await worldMap(events)),
    ),
    el('p', {}, link(`#/events?${query({ source: id })}`, 'All events with this actor as source'), ' · ', link(`#/events?${query({ target: id })}`, 'as target')),
  );
}
