// Time charts drawn with d3: one bar per organization (membership, suspensions, announced withdrawal)
// and one band per partner (stance periods). Both show a vertical line at the selected date.
/* global d3 */
import { parseDate, period, words, todayISO } from './util.js';
import { stanceColour } from './stance.js';

const ROW = 24;
const LABEL = 170;
const TOP = 22;

function frame(host, rows, ariaLabel) {
  host.replaceChildren();
  const width = Math.max(host.clientWidth || 700, 320);
  const label = width < 500 ? 96 : LABEL;
  const height = TOP + rows * ROW + 6;
  const svg = d3.select(host).append('svg')
    .attr('viewBox', `0 0 ${width} ${height}`).attr('width', '100%').attr('height', height)
    .attr('role', 'img').attr('aria-label', ariaLabel).attr('class', 'timeline');
  const x = d3.scaleUtc().domain([parseDate('1960'), parseDate(todayISO())]).range([label, width - 10]);
  svg.append('g').attr('class', 'axis').attr('transform', `translate(0,${TOP - 4})`)
    .call(d3.axisTop(x).ticks(width < 500 ? 4 : 8).tickSizeOuter(0));
  return { svg, x, label, width, height };
}

function dateLine(svg, x, date, height) {
  const px = x(parseDate(date));
  svg.append('line').attr('class', 'date-line')
    .attr('x1', px).attr('x2', px).attr('y1', TOP - 6).attr('y2', height);
}

function labels(svg, rows, label, onSelect) {
  const g = svg.append('g').attr('class', 'row-labels');
  rows.forEach((r, i) => {
    const t = g.append('text').attr('x', label - 8).attr('y', TOP + i * ROW + ROW / 2 + 4)
      .attr('text-anchor', 'end').text(r.short || r.label);
    t.append('title').text(r.label);
    if (onSelect) t.attr('class', 'linkish').on('click', () => onSelect(r.key));
  });
}

const end = (s) => parseDate(s || todayISO());
/** The drawn end of a span: its end, today when open, or one year on when the end is unknown. */
const spanEnd = (s) => (s.endQualifier === 'unknown' && !s.end
  ? new Date(Math.min(+end(null), +start(s.start) + 365 * 864e5)) : end(s.end));
const spanText = (s) => `${period(s.start, s.end)}${s.endQualifier === 'unknown' && !s.end ? ', end unknown' : ''}`;
const start = (s) => parseDate(s || '1960');

/**
 * rows: [{key, label, short, spans:[{start,end,role}], suspensions:[{start,end}], announced:[date]}]
 */
export function membershipBars(host, rows, date, { onSelect } = {}) {
  if (!rows.length) { host.replaceChildren(); return; }
  const { svg, x, label, height } = frame(host, rows.length, 'Membership timeline');
  labels(svg, rows, label, onSelect);
  rows.forEach((r, i) => {
    const y = TOP + i * ROW + 5;
    const g = svg.append('g').attr('class', 'bar-row').attr('data-key', r.key);
    for (const s of r.spans) {
      g.append('rect').attr('class', `bar ${s.role === 'observer' ? 'bar-observer' : ''}`)
        .attr('x', x(start(s.start))).attr('y', y)
        .attr('width', Math.max(2, x(end(s.end)) - x(start(s.start)))).attr('height', ROW - 10).attr('rx', 3)
        .append('title').text(`${r.label}: ${words(s.role || 'member')}, ${period(s.start, s.end)}`);
    }
    for (const s of r.suspensions) {
      g.append('rect').attr('class', `suspension${s.endQualifier === 'unknown' && !s.end ? ' open-end' : ''}`)
        .attr('x', x(start(s.start))).attr('y', y - 2)
        .attr('width', Math.max(3, x(spanEnd(s)) - x(start(s.start)))).attr('height', ROW - 6)
        .append('title').text(`${r.label}: suspended, ${spanText(s)}`);
    }
    for (const a of r.announced || []) {
      const px = x(start(a));
      g.append('path').attr('class', 'announced')
        .attr('d', `M${px - 5},${y - 3} L${px + 5},${y - 3} L${px},${y + 5} Z`)
        .append('title').text(`${r.label}: withdrawal announced ${period(a)}`.replace('since ', ''));
    }
  });
  dateLine(svg, x, date, height);
}

/** partners: [{key, label, periods:[{start,end,stance,trend}]}] */
export function relationBands(host, partners, date, { onSelect } = {}) {
  if (!partners.length) { host.replaceChildren(); return; }
  const { svg, x, label, height } = frame(host, partners.length, 'Relations over time');
  labels(svg, partners, label, onSelect);
  partners.forEach((p, i) => {
    const y = TOP + i * ROW + 4;
    const g = svg.append('g').attr('data-key', p.key);
    g.append('rect').attr('class', 'band-bg').attr('x', label).attr('y', y)
      .attr('width', x.range()[1] - label).attr('height', ROW - 8);
    for (const s of p.periods) {
      g.append('rect').attr('class', 'band')
        .attr('x', x(start(s.start))).attr('y', y)
        .attr('width', Math.max(2, x(end(s.end)) - x(start(s.start)))).attr('height', ROW - 8)
        .attr('fill', stanceColour(s.stance))
        .append('title').text(`${p.label}: ${s.stance || 'stance not given'}${s.trend ? `, ${s.trend}` : ''}, ${period(s.start, s.end)}`);
    }
  });
  dateLine(svg, x, date, height);
}
