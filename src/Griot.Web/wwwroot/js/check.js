// The check page: send a text or a file to POST /api/check, then show the text with each claim's
// evidence highlighted by verdict, the conflicts, and every claim with its verdict and reason.
import { post, showProblem } from './api.js';
import { h } from './util.js';
import { actor, states } from './names.js';
import { claimWords, reasonWords, termPredicates } from './claims.js';
import { vocabulary } from './words.js';

const $ = (s) => document.querySelector(s);
const VERDICTS = ['contradicted', 'outdated', 'supported', 'unverified'];
const form = $('#check-form');
const text = $('#check-text');
const file = $('#check-file');
const status = $('#check-status');
const results = $('#results');
const problem = $('#problem');
const button = $('#check-button');
let controller;

async function namesFor(claims, vocab) {
  await states();
  const terms = termPredicates(vocab);
  const ids = new Set();
  for (const c of claims) {
    if (c.subject) ids.add(c.subject);
    if (c.object && !terms.has(c.predicate)) ids.add(c.object);
  }
  const list = [...ids];
  const records = await Promise.all(list.map(actor));
  return new Map(records.map((r, i) => [list[i], r.name || list[i]]));
}

/** The text cut into sentences; evidence spans marked with their worst verdict. */
function documentView(body, claims) {
  const spans = new Map();
  claims.forEach((c, i) => {
    if (!c.evidence) return;
    const key = `${c.evidence.start}:${c.evidence.end}`;
    const cur = spans.get(key) || { start: c.evidence.start, end: c.evidence.end, verdicts: new Set(), claims: [] };
    cur.verdicts.add(c.verdict);
    cur.claims.push(i);
    spans.set(key, cur);
  });
  const marks = [...spans.values()].sort((a, b) => a.start - b.start);
  const out = h('div', { class: 'document-text' });
  let pos = 0;
  const plain = (s) => {
    // sentence by sentence: break paragraphs on blank lines
    const parts = s.split(/\n{2,}/);
    parts.forEach((p, i) => { if (i) out.append(h('br'), h('br')); out.append(p); });
  };
  for (const m of marks) {
    if (m.start < pos) continue;
    plain(body.slice(pos, m.start));
    const worst = VERDICTS.find((v) => m.verdicts.has(v));
    out.append(h('mark', {
      id: `ev-${m.start}`, tabindex: '-1', class: `sentence v-${worst}`, title: `${m.claims.length} claim${m.claims.length > 1 ? 's' : ''}: ${[...m.verdicts].join(', ')}`,
    }, body.slice(m.start, m.end)), ' ');
    pos = m.end;
  }
  plain(body.slice(pos));
  return out;
}

function claimItem(c, i, names, vocab) {
  return h('li', { class: 'claim', id: `claim-${i}`, 'data-verdict': c.verdict },
    h('div', { class: 'claim-head' },
      h('span', { class: `verdict verdict-${c.verdict}` }, c.verdict),
      h('span', { class: 'claim-words' }, claimWords(c, names, vocab))),
    h('p', { class: 'claim-reason' }, reasonWords(c, vocab)),
    c.evidence ? h('p', { class: 'claim-evidence' }, h('a', { href: `#ev-${c.evidence.start}` }, 'show in the text')) : null,
    c.matches?.length ? h('p', { class: 'ids' }, `checked against: ${c.matches.join(', ')}`) : null);
}

function render(result, names, vocab) {
  const claims = result.claims || [];
  const counts = Object.fromEntries(VERDICTS.map((v) => [v, claims.filter((c) => c.verdict === v).length]));
  const list = h('ol', { class: 'claims' }, claims.map((c, i) => claimItem(c, i, names, vocab)));
  let filter = null;
  const filterButtons = VERDICTS.map((v) => h('button', {
    type: 'button', 'aria-pressed': 'false', dataset: { verdict: v },
    onclick: (e) => {
      filter = filter === v ? null : v;
      for (const b of e.currentTarget.parentElement.children) b.setAttribute('aria-pressed', String(b.dataset.verdict === filter));
      for (const li of list.children) li.hidden = !!filter && li.dataset.verdict !== filter;
    },
  }, `${v} (${counts[v]})`));

  const conflicts = result.conflicts || [];
  results.replaceChildren(
    h('section', { class: 'panel' },
      h('h2', {}, 'Summary'),
      h('p', {}, `${claims.length} claim${claims.length === 1 ? '' : 's'} in ${result.document?.sentences ?? '?'} sentences`,
        result.mainSubject ? `, mostly about ${names.get(result.mainSubject) || result.mainSubject}` : '',
        result.judgedOn ? `; judged as of ${result.judgedOn}.` : '.'),
      h('div', { class: 'summary' }, VERDICTS.map((v) => h('span', { class: `tag tag-${v}` }, `${counts[v]} ${v}`)))),
    conflicts.length ? h('section', { class: 'panel conflicts', 'aria-labelledby': 'conflicts-title' },
      h('h2', { id: 'conflicts-title' }, `Conflicts within the text (${conflicts.length})`),
      h('ul', {}, conflicts.map((k) => h('li', {}, reasonWords(k, vocab), ' ',
        h('span', { class: 'muted small' }, '— claims ', k.claims.map((n, j) => [j ? ', ' : '', h('a', { href: `#claim-${n}` }, `#${n + 1}`)])))))) : null,
    h('div', { class: 'grid grid-two' },
      h('section', { class: 'panel', 'aria-labelledby': 'text-title' },
        h('h2', { id: 'text-title' }, 'The text'), documentView(result.text || '', claims)),
      h('section', { class: 'panel', 'aria-labelledby': 'claims-title' },
        h('h2', { id: 'claims-title' }, 'Claims'),
        h('div', { class: 'filter-bar', role: 'group', 'aria-label': 'Show only' }, filterButtons),
        claims.length ? list : h('p', { class: 'muted' }, 'No claim found in this text.'))),
  );
}

async function check(event) {
  event.preventDefault();
  problem.hidden = true;
  const date = $('#document-date').value;
  let body;
  if (file.files.length) {
    body = new FormData();
    body.append('file', file.files[0]);
    if (date) body.append('documentDate', date);
  } else {
    if (!text.value.trim()) { showProblem(problem, { message: 'Paste a text or choose a file to check.' }); text.focus(); return; }
    body = { text: text.value, ...(date ? { documentDate: date } : {}) };
  }
  controller?.abort();
  controller = new AbortController();
  button.disabled = true;
  form.setAttribute('aria-busy', 'true');
  status.replaceChildren(h('span', { class: 'spinner', 'aria-hidden': 'true' }), ' Checking…');
  try {
    const result = await post('/api/check', body, controller);
    const vocab = await vocabulary();
    const names = await namesFor(result.claims || [], vocab);
    render(result, names, vocab);
    status.textContent = `Checked: ${result.claims?.length ?? 0} claims.`;
  } catch (err) {
    if (err.name === 'AbortError') return;
    status.textContent = '';
    results.replaceChildren();
    showProblem(problem, err);
  } finally {
    button.disabled = false;
    form.removeAttribute('aria-busy');
  }
}

async function loadExample() {
  problem.hidden = true;
  try {
    const r = await fetch('/examples/mali-foreign-relations.txt');
    if (!r.ok) throw new Error(`the example could not be loaded (HTTP ${r.status})`);
    text.value = await r.text();
    file.value = '';
    status.textContent = 'Seed essay loaded — press Check.';
    text.focus();
    text.setSelectionRange(0, 0);
    text.scrollTop = 0;
  } catch (err) { showProblem(problem, err); }
}

form.addEventListener('submit', check);
$('#load-example').addEventListener('click', loadExample);
$('#clear').addEventListener('click', () => {
  text.value = ''; file.value = ''; results.replaceChildren(); problem.hidden = true; status.textContent = ''; text.focus();
});
file.addEventListener('change', () => { if (file.files.length) status.textContent = `File chosen: ${file.files[0].name}`; });
