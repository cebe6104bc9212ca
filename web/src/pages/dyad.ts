import { api, query, type SeriesPoint } from '../api.js';
import { el, link } from '../dom.js';
import { periodEnd, seriesChart, type Interval } from '../charts/series.js';
import { countryName, dyadName, QUAD_CLASSES } from '../labels.js';
import { topDyads } from './home.js';
import { eventItem, pagedList } from './lists.js';

const INTERVALS: Interval[] = ['month', 'week', 'day'];

function chartLegend(): HTMLElement {
  return el(
    'ul',
    { className: 'legend' },
    ...QUAD_CLASSES.map((name, i) => el('li', {}, el('span', { className: `swatch q${i + 1}` }), ` ${name}`)),
    el('li', {}, el('span', { className: 'swatch goldstein' }), ' Mean Goldstein (right scale)'),
  );
}

function picker(a: string, b: string, interval: Interval): HTMLElement {
  const form = el(
    'form',
    { className: 'dyad-picker' },
    el('input', { name: 'a', value: a, size: 4, maxLength: 3, 'aria-label': 'First country (ISO 3166 alpha-3)' }),
    '–',
    el('input', { name: 'b', value: b, size: 4, maxLength: 3, 'aria-label': 'Second country' }),
    el('select', { name: 'interval', 'aria-label': 'Period' }, ...INTERVALS.map((i) => el('option', { value: i, textContent: `per ${i}`, selected: i === interval }))),
    el('button', { textContent: 'Show' }),
  );
  form.onsubmit = (event) => {
    event.preventDefault();
    const data = new FormData(form);
    const code = (k: string) => String(data.get(k) ?? '').trim().toUpperCase();
    location.hash = `#/dyads/${code('a')}/${code('b')}?interval=${data.get('interval')}`;
  };
  return form;
}

export async function dyadsPage(): Promise<Node> {
  return el('div', {}, el('h1', { textContent: 'Dyads' }), picker('USA', 'CHN', 'month'), el('h2', { textContent: 'The pairs of countries with the most events' }), await topDyads(50));
}

export async function dyadPage(a: string, b: string, params: URLSearchParams): Promise<Node> {
  const interval = (INTERVALS as string[]).includes(params.get('interval') ?? '') ? (params.get('interval') as Interval) : 'month';
  const { series } = await api<{ series: SeriesPoint[] }>(`/api/dyads/${encodeURIComponent(a)}/${encodeURIComponent(b)}/series?interval=${interval}`);
  const behind = el('section', { className: 'behind' });
  const show = async (from: string | null, to: string | null, heading: string) => {
    const events = await pagedList(`/api/events?${query({ dyad: `${a},${b}`, from, to, limit: 20 })}`, 'events', eventItem);
    behind.replaceChildren(el('h2', { textContent: heading }), events);
  };
  const pick = (p: SeriesPoint) => {
    const to = periodEnd(p.period, interval);
    void show(p.period, to, `Events from ${p.period} to ${to}`).then(() => behind.scrollIntoView({ block: 'start' }));
  };
  const total = series.reduce((n, p) => n + p.events, 0);
  const exportLink = (format: string) => link(`/api/export?${query({ format, dyad: `${a},${b}` })}`, format.toUpperCase(), { download: '' });
  await show(null, null, 'Latest events');
  return el(
    'div',
    { className: 'dyad-page' },
    el('h1', { textContent: `${dyadName(a, b)}` }),
    el('p', { className: 'meta', textContent: `Every event between ${countryName(a)} and ${countryName(b)}, in either direction: ${total} events.` }),
    picker(a, b, interval),
    series.length
      ? el('figure', {}, seriesChart(series, interval, pick), el('figcaption', {}, chartLegend(), el('span', { className: 'meta', textContent: 'Click a period to see the events behind it.' })))
      : el('p', { className: 'empty', textContent: 'No events between these two countries yet.' }),
    el('p', { className: 'meta' }, 'Export these events: ', exportLink('csv'), ' · ', exportLink('jsonl'), ' · ', exportLink('gdelt')),
    behind,
  );
}
