// Small helpers shared by the pages: element building, dates, debouncing.

/** h('a', {href: '#', class: 'x'}, 'text', child) builds an element. */
export function h(tag, attrs = {}, ...children) {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === undefined || v === null || v === false) continue;
    if (k === 'class') el.className = v;
    else if (k === 'dataset') Object.assign(el.dataset, v);
    else if (k.startsWith('on') && typeof v === 'function') el.addEventListener(k.slice(2), v);
    else el.setAttribute(k, v === true ? '' : v);
  }
  for (const c of children.flat()) if (c !== undefined && c !== null && c !== false) el.append(c instanceof Node ? c : String(c));
  return el;
}

export function debounce(fn, ms) {
  let t;
  return (...args) => { clearTimeout(t); t = setTimeout(() => fn(...args), ms); };
}

export const todayISO = () => new Date().toISOString().slice(0, 10);

/** A partial date ("1969", "2021-09", "2021-09-04") as a Date at its first day; null stays null. */
export function parseDate(s) {
  if (!s) return null;
  const [y, m = '01', d = '01'] = String(s).split('-');
  return new Date(Date.UTC(+y, +m - 1, +d));
}

/** A partial date written for people: "1969", "Sep 2021", "4 Sep 2021". */
export function formatDate(s) {
  if (!s) return '';
  const parts = String(s).split('-');
  const dt = parseDate(s);
  if (parts.length === 1) return parts[0];
  const month = dt.toLocaleString('en-GB', { month: 'short', timeZone: 'UTC' });
  return parts.length === 2 ? `${month} ${parts[0]}` : `${dt.getUTCDate()} ${month} ${parts[0]}`;
}

export function period(start, end) {
  if (start && end) return `${formatDate(start)} – ${formatDate(end)}`;
  if (start) return `since ${formatDate(start)}`;
  if (end) return `until ${formatDate(end)}`;
  return 'undated';
}

/** Words for an identifier such as "founding_member". */
export const words = (s) => String(s || '').replace(/_/g, ' ');

export function param(name) {
  return new URLSearchParams(location.search).get(name);
}
