import type { ActorDetail } from '../api.js';
import { svg, svgTitle } from '../dom.js';

const W = 900;
const ROW = 22;
const LEFT = 260;

/** The roles an actor held, each as a bar from the first to the last day an article showed it. */
export function rolesTimeline(roles: ActorDetail['roles']): SVGSVGElement | null {
  const dated = roles.filter((r) => r.from && r.to);
  if (!dated.length) return null;
  const time = (d: string) => Date.parse(`${d}T00:00:00Z`);
  const first = Math.min(...dated.map((r) => time(r.from!)));
  const last = Math.max(...dated.map((r) => time(r.to!)));
  const span = Math.max(1, last - first);
  const x = (d: string) => LEFT + ((time(d) - first) / span) * (W - LEFT - 20);
  const chart = svg('svg', { viewBox: `0 0 ${W} ${dated.length * ROW + 24}`, class: 'roles-timeline', role: 'img', 'aria-label': 'Roles over time' });
  dated.forEach((r, i) => {
    const y = i * ROW + 4;
    const name = svg('text', { x: LEFT - 8, y: y + 13, 'text-anchor': 'end', class: 'axis' });
    name.textContent = `${r.role ?? r.agent ?? '—'} (${r.code})`;
    const width = Math.max(4, x(r.to!) - x(r.from!));
    chart.append(name, svg('rect', { x: x(r.from!), y, width, height: ROW - 8, class: 'role-bar' }, svgTitle(`${r.role ?? r.code}: ${r.from} to ${r.to}, ${r.articles} articles`)));
  });
  const foot = dated.length * ROW + 18;
  for (const [d, anchor] of [[new Date(first).toISOString().slice(0, 10), 'start'], [new Date(last).toISOString().slice(0, 10), 'end']] as const) {
    const t = svg('text', { x: anchor === 'start' ? LEFT : W - 20, y: foot, 'text-anchor': anchor, class: 'axis' });
    t.textContent = d;
    chart.append(t);
  }
  return chart;
}
