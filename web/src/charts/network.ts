import type { ActorLink } from '../api.js';
import { el, svg, svgTitle } from '../dom.js';

interface Node {
  id: string;
  name: string;
  events: number;
  x: number;
  y: number;
  vx: number;
  vy: number;
  /** Whether the id is a known actor (else it is an actor code). */
  actor: boolean;
}

const W = 640;
const H = 480;

/** A few hundred steps of a plain force layout: links pull, nodes push apart, all drift to the centre. */
function layout(nodes: Node[], links: ActorLink[], byId: Map<string, Node>): void {
  nodes.forEach((n, i) => {
    const angle = (2 * Math.PI * i) / nodes.length;
    n.x = W / 2 + (W / 3) * Math.cos(angle);
    n.y = H / 2 + (H / 3) * Math.sin(angle);
  });
  for (let step = 0; step < 300; step++) {
    const heat = 1 - step / 300;
    for (const a of nodes) {
      for (const b of nodes) {
        if (a === b) continue;
        const dx = a.x - b.x;
        const dy = a.y - b.y;
        const d2 = Math.max(25, dx * dx + dy * dy);
        a.vx += (dx / d2) * 900;
        a.vy += (dy / d2) * 900;
      }
      a.vx += (W / 2 - a.x) * 0.01;
      a.vy += (H / 2 - a.y) * 0.01;
    }
    for (const l of links) {
      const a = byId.get(l.source)!;
      const b = byId.get(l.target)!;
      const dx = b.x - a.x;
      const dy = b.y - a.y;
      const d = Math.max(1, Math.hypot(dx, dy));
      const pull = ((d - 90) / d) * 0.05;
      a.vx += dx * pull;
      a.vy += dy * pull;
      b.vx -= dx * pull;
      b.vy -= dy * pull;
    }
    for (const n of nodes) {
      n.x = Math.min(W - 20, Math.max(20, n.x + n.vx * heat));
      n.y = Math.min(H - 20, Math.max(20, n.y + n.vy * heat));
      n.vx *= 0.5;
      n.vy *= 0.5;
    }
  }
}

/** Actors as circles (sized by events) and links as lines (thickness: events; colour: mean Goldstein). */
export function network(links: ActorLink[], focus: string | null): Element {
  if (!links.length) return el('p', { className: 'meta', textContent: 'No links between actors yet.' });
  const byId = new Map<string, Node>();
  const node = (id: string, name: string, events: number) => {
    const n = byId.get(id) ?? { id, name, events: 0, x: 0, y: 0, vx: 0, vy: 0, actor: name !== id };
    n.events += events;
    byId.set(id, n);
  };
  for (const l of links) {
    node(l.source, l.sourceName, l.events);
    node(l.target, l.targetName, l.events);
  }
  const nodes = [...byId.values()];
  layout(nodes, links, byId);
  const most = Math.max(...links.map((l) => l.events));
  const chart = svg('svg', { viewBox: `0 0 ${W} ${H}`, class: 'network', role: 'img', 'aria-label': 'Actors linked by events' });
  for (const l of links) {
    const a = byId.get(l.source)!;
    const b = byId.get(l.target)!;
    const tone = l.goldstein > 1 ? 'coop' : l.goldstein < -1 ? 'conflict' : 'neutral';
    chart.append(
      svg('line', { x1: a.x, y1: a.y, x2: b.x, y2: b.y, class: `link ${tone}`, 'stroke-width': 1 + (4 * l.events) / most }, svgTitle(`${l.sourceName} → ${l.targetName}: ${l.events} events, mean Goldstein ${l.goldstein}`)),
    );
  }
  for (const n of nodes) {
    const href = n.actor ? `#/actors/${encodeURIComponent(n.id)}` : `#/events?source=${encodeURIComponent(n.id)}`;
    const a = svg('a', { href, class: n.id === focus ? 'node focus' : 'node' });
    const label = svg('text', { x: n.x + 8, y: n.y + 4 });
    label.textContent = n.name;
    a.append(svg('circle', { cx: n.x, cy: n.y, r: 4 + Math.sqrt(n.events) * 1.5 }, svgTitle(`${n.name}: ${n.events} events`)), label);
    chart.append(a);
  }
  return chart;
}
