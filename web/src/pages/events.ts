import { query } from '../api.js';
import { el, link } from '../dom.js';
import { eventItem, pagedList } from './lists.js';

// The filters of GET /api/events that the form offers; the rest still work in the address.
const FIELDS: Array<[string, string]> = [
  ['dyad', 'Dyad (IRN,IRQ)'],
  ['source', 'Source code'],
  ['target', 'Target code'],
  ['country', 'Country'],
  ['code', 'CAMEO code'],
  ['quadClass', 'QuadClass (3,4)'],
  ['plover', 'PLOVER type'],
  ['from', 'From (YYYY-MM-DD)'],
  ['to', 'To'],
  ['q', 'Words'],
];

export async function eventsPage(params: URLSearchParams): Promise<Node> {
  const form = el('form', { className: 'filters' }, ...FIELDS.map(([name, label]) => el('label', {}, label, el('input', { name, value: params.get(name) ?? '', size: 10 }))), el('button', { textContent: 'Filter' }));
  form.onsubmit = (event) => {
    event.preventDefault();
    const values = Object.fromEntries([...new FormData(form)].map(([k, v]) => [k, String(v).trim()]));
    location.hash = `#/events?${query(values)}`;
  };
  const filter = Object.fromEntries(params);
  const exportLink = (format: string) => link(`/api/export?${query({ ...filter, format })}`, format.toUpperCase(), { download: '' });
  return el(
    'div',
    {},
    el('h1', { textContent: 'Events' }),
    form,
    el('p', { className: 'meta' }, 'Export these events: ', exportLink('csv'), ' · ', exportLink('jsonl'), ' · ', exportLink('gdelt')),
    await pagedList(`/api/events?${query({ ...filter, limit: 30 })}`, 'events', eventItem),
  );
}
