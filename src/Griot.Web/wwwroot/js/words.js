// The words Griot writes, declared once on the server (data/language/LANG/words.tsv, served at /api/vocabulary):
// claim templates, labels of predicates, stances, trends, roles and acts. Templates: {name} is a value; […] is
// written only when every value inside it is known; of several templates, the first whose values are all known.
import { getJSON } from './api.js';

let promise;

/** The vocabulary in English: {predicates: [{id, label, object, networkTie}], stances, trends, words: {key: [text]}}. */
export function vocabulary() {
  promise ??= getJSON('/api/vocabulary');
  return promise;
}

function fill(part, arg) {
  let out = '';
  let i = 0;
  while (i < part.length) {
    const open = part.indexOf('{', i);
    const close = open < 0 ? -1 : part.indexOf('}', open);
    if (close < 0) return out + part.slice(i);
    const value = arg(part.slice(open + 1, close));
    if (value == null || value === '') return null;
    out += part.slice(i, open) + value;
    i = close + 1;
  }
  return out;
}

/** A template with its values (arg(name) → text or null); null when a value outside brackets is missing. */
export function render(template, arg) {
  let out = '';
  let i = 0;
  while (i < template.length) {
    const close = template[i] === '[' ? template.indexOf(']', i) : -1;
    if (close > 0) {
      const optional = fill(template.slice(i + 1, close), arg);
      if (optional != null) out += optional;
      i = close + 1;
      continue;
    }
    const next = template.indexOf('[', i);
    const end = next < 0 ? template.length : next;
    const part = fill(template.slice(i, end), arg);
    if (part == null) return null;
    out += part;
    i = end;
  }
  return out;
}

/** The first of templates that renders. */
export function first(templates, arg) {
  for (const t of templates || []) {
    const text = render(t, arg);
    if (text != null) return text;
  }
  return null;
}
