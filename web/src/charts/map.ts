import type { StoredEvent } from '../api.js';
import { el, svg, svgTitle } from '../dom.js';
import { eventItem } from '../pages/lists.js';

const W = 720;
const H = 360;
const x = (lon: number) => ((lon + 180) / 360) * W;
const y = (lat: number) => ((90 - lat) / 180) * H;

let land: Promise<string> | null = null;

/** The countries of Natural Earth at 1:110m (world-atlas), as one SVG path in an equirectangular projection; bundled, loaded once. */
function landPath(): Promise<string> {
  land ??= Promise.all([import('world-atlas/countries-110m.json'), import('topojson-client')]).then(([atlas, topojson]) => {
    const topology = atlas.default as unknown as Parameters<typeof topojson.feature>[0];
    const countries = topojson.feature(topology, (topology.objects as Record<string, Parameters<typeof topojson.feature>[1]>).countries!) as unknown as {
      features: Array<{ geometry: { type: string; coordinates: number[][][] | number[][][][] } | null }>;
    };
    const ring = (points: number[][]) => {
      let d = '';
      let prev: number | null = null;
      for (const [lon, lat] of points) {
        // A ring that crosses the antimeridian is broken there rather than drawn across the map.
        const jump = prev !== null && Math.abs(lon! - prev) > 180;
        d += `${d && !jump ? 'L' : 'M'}${x(lon!).toFixed(1)},${y(lat!).toFixed(1)}`;
        prev = lon!;
      }
      return `${d}Z`;
    };
    return countries.features
      .map((f) => {
        if (!f.geometry) return '';
        const polygons = f.geometry.type === 'Polygon' ? [f.geometry.coordinates as number[][][]] : (f.geometry.coordinates as number[][][][]);
        return polygons.map((rings) => rings.map(ring).join('')).join('');
      })
      .join('');
  });
  return land;
}

/** Events drawn where they happened (those whose place has coordinates); a click on a place lists its events. */
export async function worldMap(events: StoredEvent[]): Promise<Element> {
  const chart = svg('svg', { viewBox: `0 0 ${W} ${H}`, class: 'world-map', role: 'img', 'aria-label': 'Map of event places' });
  chart.append(svg('rect', { x: 0, y: 0, width: W, height: H, class: 'sea' }), svg('path', { d: await landPath(), class: 'land' }));
  const places = new Map<string, { name: string; lat: number; lon: number; events: StoredEvent[] }>();
  for (const e of events) {
    if (!e.place || e.place.lat === null || e.place.lon === null) continue;
    const key = `${e.place.lat.toFixed(2)},${e.place.lon.toFixed(2)}`;
    const place = places.get(key) ?? { name: e.place.name, lat: e.place.lat, lon: e.place.lon, events: [] };
    place.events.push(e);
    places.set(key, place);
  }
  const list = el('div', { className: 'map-events' });
  for (const p of places.values()) {
    const dot = svg('circle', { cx: x(p.lon), cy: y(p.lat), r: 3 + Math.sqrt(p.events.length) * 2, class: 'place', tabindex: 0 }, svgTitle(`${p.name}: ${p.events.length} events`));
    dot.addEventListener('click', () => list.replaceChildren(el('h3', { textContent: p.name }), el('ul', { className: 'events' }, ...p.events.map(eventItem))));
    chart.append(dot);
  }
  const note = places.size ? null : el('p', { className: 'meta', textContent: 'No events with a known place yet.' });
  return el('div', {}, chart, note, list);
}
