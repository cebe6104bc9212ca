import type { Doc } from './api.js';
import { el } from './dom.js';

/** A layer's span with how it is shown. */
export interface Mark {
  start: number;
  end: number;
  className: string;
  title: string;
  /** Event ids, for evidence spans. */
  event?: string;
}

export const LEGEND: Array<[string, string]> = [
  ['hl-mention hl-per', 'Person'],
  ['hl-mention hl-org', 'Organisation'],
  ['hl-mention hl-gpe', 'Country, place or people'],
  ['hl-quote', 'Quote'],
  ['hl-time', 'Time'],
  ['hl-amount', 'Amount'],
  ['hl-place', 'Event place'],
  ['hl-evidence', 'Event evidence'],
];

const MENTION_CLASS: Record<string, string> = { PER: 'hl-per', ORG: 'hl-org', GPE: 'hl-gpe', LOC: 'hl-gpe', NORP: 'hl-gpe', ROLE: 'hl-per' };

export function marksOf(doc: Doc): Mark[] {
  const actorName = new Map(doc.actors.map((a) => [a.id, a.name]));
  return [
    ...doc.mentions.map((m) => ({ ...m, className: `hl-mention ${MENTION_CLASS[m.type] ?? ''}`, title: `${m.type}${m.actorId ? `: ${actorName.get(m.actorId) ?? m.actorId}` : ''}` })),
    ...doc.quotes.map((q) => ({ ...q, className: 'hl-quote', title: `Quote by ${q.speakerText}${q.cue ? ` (${q.cue})` : ''}` })),
    ...doc.times.map((t) => ({ ...t, className: 'hl-time', title: `Time: ${t.value} (${t.role})` })),
    ...doc.amounts.map((a) => ({ ...a, className: 'hl-amount', title: `Amount: ${a.value.toLocaleString('en')} ${a.unit}` })),
    ...doc.places.map((p) => ({ ...p, className: 'hl-place', title: `Place: ${p.name}${p.country ? `, ${p.country}` : ''}` })),
    ...doc.events.map((e) => ({ ...e.evidence, className: 'hl-evidence', title: `Event ${e.cameo}`, event: e.id })),
  ];
}

/**
 * A paragraph of untrusted text with its marks: the text is cut where any
 * mark starts or ends, and each piece is a text node in a <span> carrying the
 * classes of every mark over it, so overlapping layers all show.
 */
export function markedParagraph(text: string, start: number, end: number, marks: Mark[]): HTMLElement {
  const inside = marks.filter((m) => m.start < end && m.end > start);
  const cuts = new Set([start, end]);
  for (const m of inside) {
    cuts.add(Math.max(start, m.start));
    cuts.add(Math.min(end, m.end));
  }
  const points = [...cuts].sort((x, y) => x - y);
  const p = el('p');
  for (let i = 0; i + 1 < points.length; i++) {
    const [from, to] = [points[i]!, points[i + 1]!];
    const over = inside.filter((m) => m.start <= from && m.end >= to);
    const piece = text.slice(from, to);
    if (!over.length) {
      p.append(piece);
      continue;
    }
    const span = el('span', { className: [...new Set(over.flatMap((m) => m.className.split(' ')))].join(' '), title: over.map((m) => m.title).join('\n') }, piece);
    const events = over.filter((m) => m.event).map((m) => m.event!);
    if (events.length) span.dataset.events = events.join(' ');
    p.append(span);
  }
  return p;
}

export function legend(): HTMLElement {
  return el('ul', { className: 'legend' }, ...LEGEND.map(([className, label]) => el('li', {}, el('span', { className, textContent: label }))));
}
