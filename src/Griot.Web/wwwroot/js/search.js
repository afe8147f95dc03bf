// The actor search on the landing page: debounced look-ups of /api/actors?q=, a listbox of results
// driven by the arrow keys and Enter, each result linking to its actor page.
import { getJSON, ApiError } from './api.js';
import { h, debounce, words } from './util.js';

const input = document.getElementById('search-input');
const list = document.getElementById('search-results');
const status = document.getElementById('search-status');
const form = document.getElementById('search-form');
let results = [];
let active = -1;
let controller;

function href(a) { return `/actor.html?id=${encodeURIComponent(a.id)}`; }

function matchedNote(a) {
  const m = a.matched;
  if (!m || !m.as || m.as === 'name' || m.name === a.name) return words(a.kind);
  return `${words(a.kind)} · ${words(m.as)} “${m.name}”`;
}

function setActive(i) {
  active = i;
  [...list.children].forEach((li, j) => li.setAttribute('aria-selected', String(j === i)));
  if (i >= 0) {
    input.setAttribute('aria-activedescendant', `result-${i}`);
    list.children[i].scrollIntoView({ block: 'nearest' });
  } else input.removeAttribute('aria-activedescendant');
}

function render() {
  list.replaceChildren(...results.map((a, i) => h('li', { id: `result-${i}`, role: 'option', 'aria-selected': 'false' },
    h('a', { href: href(a), tabindex: '-1' }, h('span', {}, h('strong', {}, a.name), ` ${a.id}`), h('span', { class: 'muted' }, matchedNote(a))))));
  input.setAttribute('aria-expanded', String(results.length > 0));
  setActive(-1);
}

const search = debounce(async (q) => {
  controller?.abort();
  if (!q.trim()) { results = []; render(); status.textContent = ''; return; }
  controller = new AbortController();
  try {
    results = await getJSON('/api/actors', { q, limit: 12 }, controller);
    render();
    status.textContent = results.length ? `${results.length} actor${results.length === 1 ? '' : 's'} found; use the arrow keys and Enter.` : `Nothing found for “${q}”.`;
  } catch (err) {
    if (err.name === 'AbortError') return;
    results = []; render();
    status.textContent = err instanceof ApiError ? (err.problem.detail || err.problem.title) : 'The search failed.';
  }
}, 200);

input.addEventListener('input', () => search(input.value));
input.addEventListener('keydown', (e) => {
  if (e.key === 'ArrowDown' && results.length) { e.preventDefault(); setActive((active + 1) % results.length); }
  else if (e.key === 'ArrowUp' && results.length) { e.preventDefault(); setActive((active - 1 + results.length) % results.length); }
  else if (e.key === 'Escape') { results = []; render(); }
});
form.addEventListener('submit', (e) => {
  e.preventDefault();
  const chosen = results[active] || results[0];
  if (chosen) location.href = href(chosen);
});
input.focus();
