// The date control shared by the actor and network pages: a year slider (1960..today) with an exact
// day beside it. It keeps ?date= in the URL and calls onChange, debounced, with YYYY-MM-DD.
import { debounce, todayISO, h } from './util.js';

const FIRST_YEAR = 1960;

function withYear(iso, year) {
  const [, m, d] = iso.split('-').map(Number);
  const last = new Date(Date.UTC(year, m, 0)).getUTCDate();
  const out = `${year}-${String(m).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}`;
  const today = todayISO();
  return out > today ? today : out;
}

function normalise(s) {
  if (!s) return todayISO();
  if (/^\d{4}$/.test(s)) return `${s}-01-01`;
  if (/^\d{4}-\d{2}$/.test(s)) return `${s}-01`;
  return /^\d{4}-\d{2}-\d{2}$/.test(s) ? s : todayISO();
}

/** Builds the control inside host; returns {get value(), set(iso)}. */
export function createDateSlider(host, { date, onChange, delay = 250 }) {
  const today = todayISO();
  const lastYear = +today.slice(0, 4);
  let value = normalise(date);

  const ticks = h('datalist', { id: 'date-ticks' });
  for (let y = FIRST_YEAR; y <= lastYear; y += 10) ticks.append(h('option', { value: y }));
  const range = h('input', {
    type: 'range', id: 'date-slider', min: FIRST_YEAR, max: lastYear, step: 1,
    value: value.slice(0, 4), list: 'date-ticks', 'aria-describedby': 'date-year',
  });
  const year = h('output', { id: 'date-year', for: 'date-slider', class: 'year-output' }, value.slice(0, 4));
  const input = h('input', {
    type: 'date', id: 'date-input', min: `${FIRST_YEAR}-01-01`, max: today, value, 'aria-label': 'Day',
  });
  host.replaceChildren(
    h('label', { for: 'date-slider', class: 'slider-label' }, 'Date'),
    h('span', { class: 'slider-bounds', 'aria-hidden': 'true' }, String(FIRST_YEAR)),
    range, ticks,
    h('span', { class: 'slider-bounds', 'aria-hidden': 'true' }, String(lastYear)),
    year, input,
  );

  const notify = debounce(() => onChange(value), delay);
  function commit(next, { silent = false } = {}) {
    value = next;
    range.value = value.slice(0, 4);
    year.value = value.slice(0, 4);
    if (input.value !== value) input.value = value;
    const url = new URL(location.href);
    url.searchParams.set('date', value);
    history.replaceState(null, '', url);
    if (!silent) notify();
  }

  range.addEventListener('input', () => commit(withYear(value, +range.value)));
  range.addEventListener('change', () => commit(withYear(value, +range.value)));
  input.addEventListener('change', () => {
    if (/^\d{4}-\d{2}-\d{2}$/.test(input.value) && input.value >= `${FIRST_YEAR}-01-01`) commit(input.value);
  });

  commit(value, { silent: true });
  return {
    get value() { return value; },
    set(iso) { commit(normalise(iso)); },
  };
}
