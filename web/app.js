// The first page: articles, search, and one article's text. Article text is
// untrusted: it is only ever set as text (textContent), never as HTML.
const view = document.getElementById('view');

function el(tag, props = {}, ...children) {
  const node = document.createElement(tag);
  Object.assign(node, props);
  for (const child of children) node.append(child);
  return node;
}

async function api(path) {
  const response = await fetch(path);
  const body = await response.json();
  if (!response.ok) throw new Error(body.error ?? response.statusText);
  return body;
}

function meta(a) {
  return el('div', { className: 'meta' }, [a.source, a.published?.slice(0, 16).replace('T', ' ')].filter(Boolean).join(' · '));
}

function marked(text, spans) {
  const out = el('p', { className: 'lead' });
  let at = 0;
  for (const { start, end } of spans) {
    out.append(text.slice(at, start), el('mark', { textContent: text.slice(start, end) }));
    at = end;
  }
  out.append(text.slice(at));
  return out;
}

function item(a) {
  return el('li', {},
    el('a', { href: `#/articles/${encodeURIComponent(a.id)}`, textContent: a.title || '(untitled)' }),
    meta(a),
    a.snippet !== undefined ? marked(a.snippet, a.highlights) : el('p', { className: 'lead', textContent: `${a.lead}…` }));
}

async function listPage(path, heading) {
  const list = el('ul', { className: 'articles' });
  view.replaceChildren(el('h1', { textContent: heading }), list);
  let next = null;
  const more = el('button', { className: 'more', textContent: 'More' });
  const load = async () => {
    const page = await api(path + (next ? `&cursor=${encodeURIComponent(next)}` : ''));
    list.append(...page.articles.map(item));
    if (!page.articles.length && !next) list.append(el('li', { textContent: 'Nothing found.' }));
    next = page.next;
    if (next) view.append(more); else more.remove();
  };
  more.onclick = load;
  await load();
}

async function articlePage(id) {
  const doc = await api(`/api/articles/${encodeURIComponent(id)}`);
  const a = doc.article;
  const body = el('article', {}, ...a.paragraphs.map(({ start, end }) => el('p', { textContent: a.text.slice(start, end) })));
  const link = a.url ? el('a', { href: a.url, textContent: a.url, rel: 'noopener noreferrer' }) : '';
  view.replaceChildren(el('h1', { textContent: a.title || '(untitled)' }), meta(a), el('p', { className: 'meta' }, link), body);
}

async function route() {
  const [, kind, arg] = location.hash.match(/^#\/(\w+)\/?(.*)$/) ?? [];
  try {
    if (kind === 'articles' && arg) await articlePage(decodeURIComponent(arg));
    else if (kind === 'search' && arg) await listPage(`/api/search?q=${arg}&limit=20`, `Search: ${decodeURIComponent(arg)}`);
    else await listPage('/api/articles?limit=20', 'Articles');
  } catch (error) {
    view.replaceChildren(el('p', { textContent: `Could not load: ${error.message}` }));
  }
}

document.getElementById('search').addEventListener('submit', (event) => {
  event.preventDefault();
  const q = new FormData(event.target).get('q').trim();
  if (q) location.hash = `#/search/${encodeURIComponent(q)}`;
});
addEventListener('hashchange', route);
route();
