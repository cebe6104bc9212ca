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

const W = 900;
const H = 600;
const PAD = 30;
// Names shown on the most linked actors only; the rest have them as tooltips.
const LABELLED = 30;

/** Fruchterman–Reingold: nodes repel, links attract, and the steps shrink as the layout cools. */
function layout(nodes: Node[], links: ActorLink[], byId: Map<string, Node>): void {
  const k = Math.sqrt(((W - 2 * PAD) * (H - 2 * PAD)) / Math.max(1, nodes.length)) * 0.5;
  nodes.forEach((n, i) => {
    const angle = (2 * Math.PI * i) / nodes.length;
    n.x = W / 2 + (W / 4) * Math.cos(angle) * (0.5 + (i % 7) / 7);
    n.y = H / 2 + (H / 4) * Math.sin(angle) * (0.5 + (i % 5) / 5);
  });
  const steps = 250;
  for (let step = 0; step < steps; step++) {
    const temperature = (W / 10) * (1 - step / steps);
    for (const n of nodes) {
      n.vx = (W / 2 - n.x) * 0.1;
      n.vy = (H / 2 - n.y) * 0.1;
    }
    for (let i = 0; i < nodes.length; i++) {
      for (let j = i + 1; j < nodes.length; j++) {
        const a = nodes[i]!;
        const b = nodes[j]!;
        const dx = a.x - b.x || 0.01;
        const dy = a.y - b.y || 0.01;
        const d = Math.max(1, Math.hypot(dx, dy));
        const push = (k * k) / d / d;
        a.vx += dx * push;
        a.vy += dy * push;
        b.vx -= dx * push;
        b.vy -= dy * push;
      }
    }
    for (const l of links) {
      const a = byId.get(l.source)!;
      const b = byId.get(l.target)!;
      const dx = a.x - b.x;
      const dy = a.y - b.y;
      const pull = Math.hypot(dx, dy) / k;
      a.vx -= dx * pull;
      a.vy -= dy * pull;
      b.vx += dx * pull;
      b.vy += dy * pull;
    }
    for (const n of nodes) {
      const len = Math.max(0.01, Math.hypot(n.vx, n.vy));
      const move = Math.min(len, temperature);
      n.x = Math.min(W - PAD, Math.max(PAD, n.x + (n.vx / len) * move));
      n.y = Math.min(H - PAD, Math.max(PAD, n.y + (n.vy / len) * move));
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
  const labelled = new Set([...nodes].sort((a, b) => b.events - a.events).slice(0, LABELLED).map((n) => n.id));
  for (const n of nodes) {
    const href = n.actor ? `#/actors/${encodeURIComponent(n.id)}` : `#/events?source=${encodeURIComponent(n.id)}`;
    const a = svg('a', { href, class: n.id === focus ? 'node focus' : 'node' });
    a.append(svg('circle', { cx: n.x, cy: n.y, r: 4 + Math.sqrt(n.events) * 1.5 }, svgTitle(`${n.name}: ${n.events} events`)));
    if (labelled.has(n.id) || n.id === focus) {
      const label = svg('text', { x: n.x + 8, y: n.y + 4 });
      label.textContent = n.name;
      a.append(label);
    }
    chart.append(a);
  }
  return chart;
}
