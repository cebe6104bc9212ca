import './style.css';
import { el } from './dom.js';
import { actorPage, actorsPage } from './pages/actors.js';
import { articlePage } from './pages/article.js';
import { dyadPage, dyadsPage } from './pages/dyad.js';
import { eventsPage } from './pages/events.js';
import { homePage, searchPage } from './pages/home.js';
import { mapPage, networkPage } from './pages/views.js';

const view = document.getElementById('view')!;

/** The page for a location hash such as `#/dyads/IRN/IRQ?interval=month`. */
async function route(): Promise<void> {
  const [path = '', search = ''] = location.hash.replace(/^#/, '').split('?');
  const parts = path.split('/').filter(Boolean).map(decodeURIComponent);
  const params = new URLSearchParams(search);
  const [kind, a, b] = parts;
  view.replaceChildren(el('p', { className: 'loading', textContent: 'Loading…' }));
  try {
    let page: Node;
    if (kind === 'articles' && a) page = await articlePage(a, params);
    else if (kind === 'search' && a) page = await searchPage(a);
    else if (kind === 'events') page = await eventsPage(params);
    else if (kind === 'dyads' && a && b) page = await dyadPage(a, b, params);
    else if (kind === 'dyads') page = await dyadsPage();
    else if (kind === 'actors' && a) page = await actorPage(a);
    else if (kind === 'actors') page = await actorsPage(params);
    else if (kind === 'network') page = await networkPage();
    else if (kind === 'map') page = await mapPage();
    else page = await homePage();
    view.replaceChildren(page);
  } catch (error) {
    view.replaceChildren(el('p', { className: 'error', textContent: `Could not load: ${(error as Error).message}` }));
  }
}

document.getElementById('search')!.addEventListener('submit', (event) => {
  event.preventDefault();
  const q = String(new FormData(event.target as HTMLFormElement).get('q') ?? '').trim();
  if (q) location.hash = `#/search/${encodeURIComponent(q)}`;
});
addEventListener('hashchange', () => void route());
void route();
