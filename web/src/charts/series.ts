import type { SeriesPoint } from '../api.js';
import { svg, svgTitle } from '../dom.js';
import { QUAD_CLASSES } from '../labels.js';

export type Interval = 'day' | 'week' | 'month';

/** The day after a period: where its events end. */
export function periodEnd(period: string, interval: Interval): string {
  const d = new Date(`${period}T00:00:00Z`);
  if (interval === 'month') d.setUTCMonth(d.getUTCMonth() + 1);
  else d.setUTCDate(d.getUTCDate() + (interval === 'week' ? 7 : 1));
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}

/** Every period from the first to the last, the empty ones too, so that time runs evenly along the axis. */
function fill(points: SeriesPoint[], interval: Interval): SeriesPoint[] {
  if (!points.length) return [];
  const byPeriod = new Map(points.map((p) => [p.period, p]));
  const out: SeriesPoint[] = [];
  const last = points[points.length - 1]!.period;
  for (let period = points[0]!.period; period <= last && out.length < 2000; ) {
    out.push(byPeriod.get(period) ?? { period, quadClass: [0, 0, 0, 0], events: 0, goldstein: 0, articles: 0 });
    const next = new Date(`${periodEnd(period, interval)}T00:00:00Z`);
    next.setUTCDate(next.getUTCDate() + 1);
    period = next.toISOString().slice(0, 10);
  }
  return out;
}

const W = 900;
const H = 320;
const M = { top: 16, right: 44, bottom: 40, left: 40 };

/**
 * Events per period stacked by QuadClass (cooperation below, conflict above),
 * and the mean Goldstein score as a line on its own scale (−10 to 10). A click
 * on a period calls `onPick` with it.
 */
export function seriesChart(raw: SeriesPoint[], interval: Interval, onPick: (p: SeriesPoint) => void): SVGSVGElement {
  const points = fill(raw, interval);
  const chart = svg('svg', { viewBox: `0 0 ${W} ${H}`, class: 'series-chart', role: 'img', 'aria-label': 'Events per period by QuadClass, and mean Goldstein score' });
  const plotW = W - M.left - M.right;
  const plotH = H - M.top - M.bottom;
  const max = Math.max(1, ...points.map((p) => p.events));
  const step = plotW / Math.max(1, points.length);
  const y = (n: number) => M.top + plotH - (n / max) * plotH;
  const g = (score: number) => M.top + plotH / 2 - (score / 10) * (plotH / 2);

  for (const tick of [0, Math.round(max / 2), max]) {
    chart.append(svg('line', { x1: M.left, x2: W - M.right, y1: y(tick), y2: y(tick), class: 'grid' }), label(M.left - 6, y(tick) + 4, String(tick), 'end'));
  }
  for (const score of [-10, 0, 10]) chart.append(label(W - M.right + 6, g(score) + 4, score > 0 ? `+${score}` : String(score), 'start', 'goldstein-axis'));

  const labelEvery = Math.ceil(points.length / 12);
  points.forEach((p, i) => {
    const x = M.left + i * step;
    const bar = svg('g', { class: 'period', tabindex: 0, 'data-period': p.period });
    let base = 0;
    p.quadClass.forEach((n, q) => {
      if (!n) return;
      bar.append(svg('rect', { x: x + step * 0.1, width: Math.max(1, step * 0.8), y: y(base + n), height: y(base) - y(base + n), class: `q${q + 1}` }));
      base += n;
    });
    // A transparent rectangle over the whole height, so that empty and small periods can be clicked too.
    bar.append(svg('rect', { x, width: step, y: M.top, height: plotH, class: 'hit' }));
    bar.append(svgTitle(`${p.period}: ${p.events} events in ${p.articles} articles, mean Goldstein ${p.goldstein}\n${QUAD_CLASSES.map((name, q) => `${name}: ${p.quadClass[q]}`).join('\n')}`));
    bar.addEventListener('click', () => onPick(p));
    bar.addEventListener('keydown', (k) => (k as KeyboardEvent).key === 'Enter' && onPick(p));
    chart.append(bar);
    if (i % labelEvery === 0) chart.append(label(x + step / 2, H - M.bottom + 16, interval === 'month' ? p.period.slice(0, 7) : p.period, 'middle'));
  });

  // The line is broken where periods have no events: a mean of nothing is not zero.
  let run: string[] = [];
  const flush = () => {
    if (run.length > 1) chart.append(svg('polyline', { points: run.join(' '), class: 'goldstein' }));
    run = [];
  };
  points.forEach((p, i) => {
    if (!p.events) return flush();
    const [cx, cy] = [M.left + i * step + step / 2, g(p.goldstein)];
    run.push(`${cx},${cy}`);
    chart.append(svg('circle', { cx, cy, r: 3, class: 'goldstein-dot' }));
  });
  flush();
  return chart;
}

function label(x: number, y: number, text: string, anchor: string, className = 'axis'): SVGTextElement {
  const t = svg('text', { x, y, 'text-anchor': anchor, class: className });
  t.textContent = text;
  return t;
}
