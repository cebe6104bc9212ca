import { api, type ActorLink, type StoredEvent } from '../api.js';
import { el } from '../dom.js';
import { worldMap } from '../charts/map.js';
import { network } from '../charts/network.js';

export async function networkPage(): Promise<Node> {
  const { links } = await api<{ links: ActorLink[] }>('/api/actors/network?limit=80');
  return el(
    'div',
    {},
    el('h1', { textContent: 'Network of actors' }),
    el('p', { className: 'meta', textContent: 'Actors linked by events: the thicker the line, the more events; green lines are cooperative on average, red ones conflictual. Click an actor to open it.' }),
    network(links, null),
  );
}

export async function mapPage(): Promise<Node> {
  const { events } = await api<{ events: StoredEvent[] }>('/api/events?limit=200');
  return el('div', {}, el('h1', { textContent: 'Where the latest events happened' }), el('p', { className: 'meta', textContent: 'The latest 200 events that name a place. Click a place to see its events.' }), await worldMap(events));
}
