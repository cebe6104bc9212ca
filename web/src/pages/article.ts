import { countryNames } from 'virtual:labels';
import { api, type Doc, type Event } from '../api.js';
import { el, link } from '../dom.js';
import { cameoName, day, dyadName, QUAD_CLASSES, sides } from '../labels.js';
import { legend, markedParagraph, marksOf } from '../highlight.js';
import { quadClassBadge } from './lists.js';

function countryOf(doc: Doc, side: Event['source']): string | null {
  const actor = side.actorId ? doc.actors.find((a) => a.id === side.actorId) : undefined;
  if (actor?.country) return actor.country;
  const prefix = side.code.slice(0, 3);
  return prefix in countryNames ? prefix : null;
}

function sideLink(doc: Doc, side: Event['source']): Node {
  const actor = side.actorId ? doc.actors.find((a) => a.id === side.actorId) : undefined;
  const label = `${side.text} (${side.code})`;
  return actor ? link(`#/actors/${encodeURIComponent(actor.id)}`, `${label}, ${actor.name}${actor.role ? `, ${actor.role}` : ''}`) : document.createTextNode(label);
}

/** What a newcomer needs to judge an event: how it was coded, from which words, and where to go next. */
function eventDetail(doc: Doc, e: Event): HTMLElement {
  const row = (term: string, ...value: Array<Node | string>) => [el('dt', { textContent: term }), el('dd', {}, ...value)];
  const a = countryOf(doc, e.source);
  const b = countryOf(doc, e.target);
  const quote = e.quoteIndex !== null ? doc.quotes[e.quoteIndex] : undefined;
  return el(
    'div',
    { className: 'event-detail' },
    el('h3', {}, quadClassBadge(e.quadClass), ` ${e.cameo} ${cameoName(e.cameo)}`),
    el(
      'dl',
      {},
      ...row('Source', sideLink(doc, e.source)),
      ...row('Target', sideLink(doc, e.target)),
      ...row('PLOVER', e.plover.type ? `${e.plover.type}${e.plover.mode ? ` / ${e.plover.mode}` : ''}` : 'none (CAMEO 01x statements)'),
      ...row('QuadClass', `${e.quadClass} ${QUAD_CLASSES[e.quadClass - 1] ?? ''}`),
      ...row('Goldstein', String(e.goldstein)),
      ...row('Date', `${e.date.value} (${e.date.granularity}), ${e.date.from === 'time' ? 'stated in the text' : 'assumed: the publication date'}`),
      ...row('Place', e.place ? `${e.place.name}${e.place.country ? `, ${e.place.country}` : ''}` : 'not stated'),
      ...row('Modality', `${e.modality}${e.negated ? ', negated' : ''}`),
      ...(quote ? row('Quote', `${doc.article.text.slice(quote.start, quote.end)} (${quote.speakerText})`) : []),
      ...row('Rule', el('code', { textContent: e.rule })),
      ...row('Confidence', e.confidence.toFixed(2)),
      ...row('Evidence', el('blockquote', { textContent: e.evidence.text }), el('span', { className: 'meta', textContent: `sentence ${e.evidence.sentence + 1}, characters ${e.evidence.start}–${e.evidence.end}` })),
    ),
    a && b && a !== b ? el('p', {}, link(`#/dyads/${a}/${b}`, `${dyadName(a, b)} dyad: relations over time`, { className: 'dyad-link' })) : null,
  );
}

export async function articlePage(id: string, params: URLSearchParams): Promise<Node> {
  const doc = await api<Doc>(`/api/articles/${encodeURIComponent(id)}`);
  const a = doc.article;
  const marks = marksOf(doc);
  const body = el('article', { className: 'text' }, ...a.paragraphs.map((p) => markedParagraph(a.text, p.start, p.end, marks)));
  const detail = el('div', { className: 'detail' });
  const items = new Map<string, HTMLElement>();

  const select = (e: Event, scroll: boolean) => {
    for (const [eventId, item] of items) item.classList.toggle('selected', eventId === e.id);
    for (const span of body.querySelectorAll<HTMLElement>('[data-events]')) span.classList.toggle('selected', span.dataset.events!.split(' ').includes(e.id));
    detail.replaceChildren(eventDetail(doc, e));
    history.replaceState(null, '', `#/articles/${encodeURIComponent(a.id)}?event=${encodeURIComponent(e.id)}`);
    detail.scrollIntoView({ block: 'nearest' });
    if (scroll) body.querySelector('.selected')?.scrollIntoView({ block: 'center' });
  };

  const list = el('ol', { className: 'events' });
  for (const e of doc.events) {
    const item = el(
      'li',
      { className: 'event', tabIndex: 0, role: 'button', 'data-event': e.id },
      quadClassBadge(e.quadClass),
      el('span', { className: 'code', textContent: e.cameo }),
      ' ',
      el('strong', { textContent: cameoName(e.cameo) }),
      el('div', { className: 'meta', textContent: `${sides(e)} · ${e.date.value}` }),
    );
    item.onclick = () => select(e, true);
    item.onkeydown = (k) => (k as KeyboardEvent).key === 'Enter' && select(e, true);
    items.set(e.id, item);
    list.append(item);
  }
  for (const span of body.querySelectorAll<HTMLElement>('[data-events]')) {
    span.onclick = () => {
      const e = doc.events.find((x) => x.id === span.dataset.events!.split(' ')[0]);
      if (e) select(e, false);
    };
  }

  const page = el(
    'div',
    { className: 'columns article-page' },
    el(
      'section',
      { className: 'main' },
      el('h1', { textContent: a.title || '(untitled)' }),
      el('div', { className: 'meta', textContent: [a.source, day(a.published)].filter(Boolean).join(' · ') }),
      a.url ? el('p', { className: 'meta' }, el('a', { href: a.url, textContent: a.url, rel: 'noopener noreferrer' })) : null,
      legend(),
      body,
    ),
    el(
      'aside',
      {},
      el('h2', { textContent: `Events (${doc.events.length})` }),
      // The chosen event's details above the list, where the click was.
      detail,
      doc.events.length ? list : el('p', { className: 'meta', textContent: 'No events coded in this article.' }),
    ),
  );
  const wanted = doc.events.find((e) => e.id === params.get('event'));
  // After the page is in the document, so that it can scroll to the evidence.
  if (wanted) setTimeout(() => select(wanted, true), 0);
  return page;
}
