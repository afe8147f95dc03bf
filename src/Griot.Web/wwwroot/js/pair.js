// A pair of states in coded event data: per period and direction, cooperation and conflict as stacked bars and the
// mean Goldstein score as lines, over bands of the relation stances the knowledge base holds for the pair.
import { getJSON, showProblem } from './api.js';
import { h, param, formatDate, words } from './util.js';
import { stanceColour, legendList } from './stance.js';
import { sourcesButton } from './sources.js';

const $ = (s) => document.querySelector(s);
const COOPERATION = '#16a34a';
const CONFLICT = '#dc2626';
const LINES = ['#1e3a5f', '#b45309'];

const plainDate = (bound) => (typeof bound === 'string' && /^\d{4}/.test(bound) ? bound : typeof bound === 'string' ? bound.replace(/^[a-z]+:/, '') : null);
const toDate = (s) => {
  const [y, m = '01', d = '01'] = String(s).split('-');
  return new Date(Date.UTC(+y, +m - 1, +d));
};

function periodEnd(start, interval) {
  const d = toDate(start);
  const months = interval === 'year' ? 12 : interval === 'quarter' ? 3 : 1;
  return new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + months, 1));
}

function draw(data, interval) {
  const host = $('#pair-chart');
  host.replaceChildren();
  const periods = data.periods;
  if (!periods.length) {
    host.append(h('p', { class: 'muted', id: 'pair-empty' }, data.message || `No event between ${data.a} and ${data.b} in the event store.`));
    $('#pair-legend').replaceChildren();
    $('#pair-shifts').textContent = '';
    return;
  }

  const width = Math.max(320, host.clientWidth || 900);
  const height = 360;
  const margin = { top: 16, right: 48, bottom: 28, left: 48 };
  const x0 = d3.min(periods, (p) => toDate(p.start));
  const x1 = d3.max(periods, (p) => periodEnd(p.start, interval));
  const x = d3.scaleUtc().domain([x0, x1]).range([margin.left, width - margin.right]);
  const byPeriod = d3.rollup(periods, (v) => ({
    cooperation: d3.sum(v, (p) => p.verbalCooperation + p.materialCooperation),
    conflict: d3.sum(v, (p) => p.verbalConflict + p.materialConflict),
  }), (p) => p.start);
  const yCount = d3.scaleLinear().domain([0, d3.max(byPeriod.values(), (v) => v.cooperation + v.conflict) || 1]).nice()
    .range([height - margin.bottom, margin.top + 20]);
  const yScore = d3.scaleLinear().domain([-10, 10]).range([height - margin.bottom, margin.top + 20]);

  const svg = d3.create('svg').attr('viewBox', `0 0 ${width} ${height}`).attr('class', 'pair-chart')
    .attr('role', 'img').attr('aria-label', `Events between ${data.a} and ${data.b} by ${interval}, with relation stances`);

  // Stance bands from the knowledge base, across the top.
  const relations = data.statements.filter((s) => s.predicate === 'relation');
  const bands = svg.append('g').attr('class', 'stance-bands');
  for (const r of relations) {
    const start = plainDate(r.valid.start);
    const end = plainDate(r.valid.end);
    const from = start ? Math.max(x(toDate(start)), margin.left) : margin.left;
    const to = end ? Math.min(x(toDate(end)), width - margin.right) : width - margin.right;
    if (to <= from) continue;
    const stance = r.qualifiers?.stance;
    bands.append('rect').attr('class', 'stance-band').attr('data-stance', stance)
      .attr('x', from).attr('y', margin.top).attr('width', to - from).attr('height', 14)
      .attr('fill', stanceColour(stance))
      .append('title').text(`${words(stance)} ${formatDate(start)} – ${end ? formatDate(end) : 'now'}`);
    bands.append('rect').attr('x', from).attr('y', margin.top + 14).attr('width', to - from).attr('height', height - margin.bottom - margin.top - 14)
      .attr('fill', stanceColour(stance)).attr('opacity', 0.07);
  }

  // Stacked bars: cooperation below, conflict above.
  const bars = svg.append('g').attr('class', 'bars');
  for (const [start, v] of byPeriod) {
    const left = x(toDate(start));
    const w = Math.max(1, x(periodEnd(start, interval)) - left - 1);
    bars.append('rect').attr('class', 'bar cooperation').attr('x', left).attr('width', w)
      .attr('y', yCount(v.cooperation)).attr('height', yCount(0) - yCount(v.cooperation)).attr('fill', COOPERATION).attr('opacity', 0.55)
      .append('title').text(`${start}: ${v.cooperation} cooperative event(s)`);
    bars.append('rect').attr('class', 'bar conflict').attr('x', left).attr('width', w)
      .attr('y', yCount(v.cooperation + v.conflict)).attr('height', yCount(v.cooperation) - yCount(v.cooperation + v.conflict)).attr('fill', CONFLICT).attr('opacity', 0.55)
      .append('title').text(`${start}: ${v.conflict} conflictual event(s)`);
  }

  // Mean Goldstein per direction.
  const directions = d3.groups(periods, (p) => `${p.from} → ${p.to}`);
  directions.forEach(([label, points], i) => {
    const line = d3.line().defined((p) => p.goldstein !== null)
      .x((p) => (x(toDate(p.start)) + x(periodEnd(p.start, interval))) / 2).y((p) => yScore(p.goldstein));
    svg.append('path').attr('class', 'goldstein-line').attr('data-direction', label).attr('d', line(points))
      .attr('fill', 'none').attr('stroke', LINES[i % LINES.length]).attr('stroke-width', 2);
  });

  // Shifts found by PELT in the monthly series: a dashed rule where each new regime begins.
  const shifts = [
    ...(data.shifts?.goldstein || []).map((sh) => ({ ...sh, series: 'mean Goldstein', colour: '#7c3aed', text: (v) => v.toFixed(2) })),
    ...(data.shifts?.conflictShare || []).map((sh) => ({ ...sh, series: 'conflict share', colour: '#0f766e', text: (v) => `${(100 * v).toFixed(0)}%` })),
  ];
  const rules = svg.append('g').attr('class', 'shifts');
  for (const sh of shifts) {
    const at = x(toDate(sh.month));
    if (at < margin.left || at > width - margin.right) continue;
    rules.append('line').attr('class', 'shift').attr('data-series', sh.series)
      .attr('x1', at).attr('x2', at).attr('y1', margin.top + 14).attr('y2', height - margin.bottom)
      .attr('stroke', sh.colour).attr('stroke-width', 2).attr('stroke-dasharray', '5 3')
      .append('title').text(`${sh.series} shifts from ${formatDate(sh.month)}: ${sh.text(sh.before)} → ${sh.text(sh.after)}`);
  }

  svg.append('g').attr('transform', `translate(0,${height - margin.bottom})`).call(d3.axisBottom(x).ticks(Math.min(10, width / 90)));
  svg.append('g').attr('transform', `translate(${margin.left},0)`).call(d3.axisLeft(yCount).ticks(5))
    .append('text').attr('x', -margin.left + 4).attr('y', margin.top + 10).attr('fill', 'currentColor').attr('text-anchor', 'start').text('events');
  svg.append('g').attr('transform', `translate(${width - margin.right},0)`).call(d3.axisRight(yScore).ticks(5))
    .append('text').attr('x', 4).attr('y', margin.top + 10).attr('fill', 'currentColor').attr('text-anchor', 'start').text('Goldstein');
  host.append(svg.node());

  const stances = [...new Set(relations.map((r) => r.qualifiers?.stance).filter(Boolean))];
  $('#pair-legend').replaceChildren(legendList([
    { label: 'cooperation (QuadClass 1-2)', colour: COOPERATION },
    { label: 'conflict (QuadClass 3-4)', colour: CONFLICT },
    ...directions.map(([label], i) => ({ label: `mean Goldstein ${label}`, colour: LINES[i % LINES.length] })),
    ...stances.map((s) => ({ label: `stance: ${words(s)}`, colour: stanceColour(s) })),
    ...(shifts.some((sh) => sh.series === 'mean Goldstein') ? [{ label: 'shift in mean Goldstein (PELT)', colour: '#7c3aed' }] : []),
    ...(shifts.some((sh) => sh.series === 'conflict share') ? [{ label: 'shift in conflict share (PELT)', colour: '#0f766e' }] : []),
  ]));
  $('#pair-shifts').textContent = data.shifts
    ? (shifts.length
      ? `Shifts: ${shifts.map((sh) => `${sh.series} from ${formatDate(sh.month)} (${sh.text(sh.before)} → ${sh.text(sh.after)})`).join('; ')}. ${data.shifts.method}.`
      : `No shift found in ${data.shifts.months} month(s) with events. ${data.shifts.method}.`)
    : '';
}

function describe(s) {
  if (s.predicate === 'relation') return `relations: ${words(s.qualifiers?.stance)}${s.qualifiers?.trend ? `, ${s.qualifiers.trend}` : ''}`;
  return `${s.subject} ${words(s.predicate)} ${s.object || ''}`;
}

function statements(data) {
  const body = $('#pair-statements tbody');
  body.replaceChildren(...data.statements.map((s) => h('tr', { 'data-predicate': s.predicate },
    h('td', {}, formatDate(plainDate(s.valid.start)) || '—'),
    h('td', {}, formatDate(plainDate(s.valid.end)) || ''),
    h('td', {}, describe(s)),
    h('td', {}, sourcesButton(describe(s), () => [s])))));
  if (!data.statements.length) body.append(h('tr', {}, h('td', { colspan: 4, class: 'muted' }, 'Nothing recorded for this pair in the span.')));
}

async function show() {
  const a = $('#pair-a').value.trim().toUpperCase();
  const b = $('#pair-b').value.trim().toUpperCase();
  const interval = $('#pair-interval').value;
  const url = new URL(location.href);
  url.searchParams.set('a', a);
  url.searchParams.set('b', b);
  url.searchParams.set('interval', interval);
  history.replaceState(null, '', url);
  $('#problem').hidden = true;
  $('#pair-status').textContent = 'Loading…';
  try {
    const data = await getJSON('/api/events/series', { a, b, interval });
    const names = data.names || {};
    $('#pair-title').textContent = `${names[data.a] || a} and ${names[data.b] || b}`;
    document.title = `${names[data.a] || a} and ${names[data.b] || b} · Griot`;
    const total = d3.sum(data.periods, (p) => p.events);
    $('#pair-status').textContent = `${total.toLocaleString('en')} event(s), ${data.statements.length} statement(s)`;
    draw(data, interval);
    statements(data);
  } catch (err) {
    $('#pair-status').textContent = '';
    showProblem($('#problem'), err);
  }
}

$('#pair-a').value = (param('a') || 'MLI').toUpperCase();
$('#pair-b').value = (param('b') || 'FRA').toUpperCase();
if (param('interval')) $('#pair-interval').value = param('interval');
$('#pair-form').addEventListener('submit', (e) => { e.preventDefault(); show(); });
show();
