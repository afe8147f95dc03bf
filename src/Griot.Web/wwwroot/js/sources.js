// "Sources" for any fact: a <dialog> listing the statements behind it and their references.
import { h, period, words } from './util.js';

let dialog;

function ensureDialog() {
  if (dialog) return dialog;
  dialog = h('dialog', { class: 'sources-dialog', 'aria-labelledby': 'sources-title' },
    h('div', { class: 'dialog-head' },
      h('h2', { id: 'sources-title' }, 'Sources'),
      h('button', { type: 'button', class: 'icon-button', 'aria-label': 'Close', onclick: () => dialog.close() }, '×')),
    h('div', { class: 'dialog-body' }));
  dialog.addEventListener('click', (e) => { if (e.target === dialog) dialog.close(); });
  document.body.append(dialog);
  return dialog;
}

function reference(ref) {
  const src = ref.source || '';
  const body = /^https?:\/\//.test(src)
    ? h('a', { href: src, target: '_blank', rel: 'noopener noreferrer' }, src)
    : h('span', {}, src);
  const where = ref.dataset ? h('span', { class: 'muted small' }, ` — ${ref.dataset}${ref.row ? ` row ${ref.row}` : ''}`) : null;
  return h('li', {}, body, where);
}

function qualifiers(q) {
  const parts = Object.entries(q || {}).map(([k, v]) => `${words(k)}: ${words(v)}`);
  return parts.length ? ` (${parts.join(', ')})` : '';
}

/**
 * Opens the dialog. statements: [{id, subject, predicate, object, qualifiers, valid, references}];
 * names: Map id → name for the words.
 */
export function openSources(title, statements, names = new Map()) {
  const d = ensureDialog();
  d.querySelector('h2').textContent = `Sources: ${title}`;
  const name = (id) => (id ? names.get(id) || id : '');
  const body = d.querySelector('.dialog-body');
  body.replaceChildren();
  if (!statements.length) body.append(h('p', { class: 'muted' }, 'No statement recorded.'));
  for (const s of statements) {
    body.append(h('section', { class: 'statement' },
      h('p', { class: 'statement-words' },
        `${name(s.subject)} ${words(s.predicate)} ${name(s.object)}${qualifiers(s.qualifiers)}`,
        h('span', { class: 'muted' }, ` · ${period(s.valid?.start, s.valid?.end)}`)),
      h('p', { class: 'muted small' }, s.id),
      (s.references || []).length
        ? h('ul', { class: 'references' }, s.references.map(reference))
        : h('p', { class: 'muted' }, 'No reference given.')));
  }
  if (!d.open) d.showModal();
}

/** A small "Sources" button that opens the dialog for the statements returned by get(). */
export function sourcesButton(title, get, names) {
  const statements = get();
  const n = statements.reduce((k, s) => k + (s.references || []).length, 0);
  return h('button', {
    type: 'button', class: 'sources-button',
    'aria-label': `Sources for ${title}`, title: `${n} reference${n === 1 ? '' : 's'}`,
    disabled: statements.length === 0,
    onclick: () => openSources(title, get(), names),
  }, `Sources${n ? ` (${n})` : ''}`);
}
