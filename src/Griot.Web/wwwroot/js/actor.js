// The actor page: everything on it follows the date slider — the map, memberships (or members),
// relations, foreign presences and heads of state — and every fact opens its sources.
import { getJSON, allStatements, showProblem } from './api.js';
import { h, param, formatDate, period, words, debounce } from './util.js';
import { createDateSlider } from './slider.js';
import { createWorldMap } from './map.js';
import { membershipBars, relationBands } from './timelines.js';
import { STANCES, loadStances, stanceColour, legendList } from './stance.js';
import { namesOf, states } from './names.js';
import { sourcesButton } from './sources.js';
import { renderMemberships } from './memberships.js';

const $ = (sel) => document.querySelector(sel);
const id = param('id') || 'MLI';
const problem = $('#problem');

const state = {
  actor: null, statements: [], names: new Map(), profile: null, date: null,
  selectedOrg: null, orgProfile: null, controller: null,
};
const isOrg = () => state.actor?.kind === 'organization';
const nameOf = (x) => state.names.get(x) || x;
const MEMBERSHIP = new Set(['member_of', 'suspended_from', 'withdrew_from']);

// ---------- statements grouped for rows and charts ----------

function membershipStatements(subject, object) {
  return state.statements.filter((s) => MEMBERSHIP.has(s.predicate) && s.subject === subject && s.object === object);
}

function timelineRows() {
  const byKey = new Map();
  for (const s of state.statements) {
    if (!MEMBERSHIP.has(s.predicate)) continue;
    const key = isOrg() ? (s.object === id ? s.subject : null) : (s.subject === id ? s.object : null);
    if (!key) continue;
    if (!byKey.has(key)) byKey.set(key, { key, label: nameOf(key), short: key.length <= 8 ? key : nameOf(key), spans: [], suspensions: [], announced: [] });
    const row = byKey.get(key);
    if (s.predicate === 'member_of') row.spans.push({ start: s.valid.start, end: s.valid.end, role: s.qualifiers?.role });
    if (s.predicate === 'suspended_from') row.suspensions.push({ start: s.valid.start, end: s.valid.end, endQualifier: s.valid.endQualifier });
    if (s.predicate === 'withdrew_from' && s.qualifiers?.announced) row.announced.push(s.qualifiers.announced);
  }
  const first = (r) => r.spans.map((s) => s.start || '0000').sort()[0] || '9999';
  return [...byKey.values()].filter((r) => r.spans.length).sort((a, b) => first(a).localeCompare(first(b)));
}

function relationPartners() {
  const byKey = new Map();
  for (const s of state.statements) {
    if (s.predicate !== 'relation') continue;
    const other = s.subject === id ? s.object : s.subject;
    if (!byKey.has(other)) byKey.set(other, { key: other, label: nameOf(other), periods: [] });
    byKey.get(other).periods.push({ start: s.valid.start, end: s.valid.end, stance: s.qualifiers?.stance, trend: s.qualifiers?.trend });
  }
  return [...byKey.values()].sort((a, b) => a.label.localeCompare(b.label));
}

const relationStatements = (other) => state.statements.filter((s) => s.predicate === 'relation'
  && ((s.subject === id && s.object === other) || (s.object === id && s.subject === other)));

// ---------- rendering ----------

function renderHeader(detail) {
  document.title = `${detail.name} · Griot`;
  $('#actor-name').textContent = detail.name;
  $('#actor-kind').textContent = words(detail.kind);
  const bits = [];
  if (detail.officialName && detail.officialName !== detail.name) bits.push(detail.officialName);
  if (detail.acronyms?.length) bits.push(detail.acronyms.join(', '));
  if (detail.capital) bits.push(`capital ${detail.capital}`);
  if (detail.demonyms?.length) bits.push(detail.demonyms.slice(0, 2).join(' / '));
  $('#actor-meta').replaceChildren(
    bits.join(' · '), ' ',
    sourcesButton(detail.name, () => [{ id: detail.id, subject: detail.id, predicate: 'is', object: detail.kind, valid: {}, references: detail.references }], state.names));
  if (isOrg()) {
    $('#memberships-title').textContent = 'Members';
    $('#memberships-hint').textContent = 'Members on the date shown, coloured on the map.';
    const list = $('#memberships');
    list.dataset.testid = 'member-list';
    $('#map-title').textContent = 'Members on the map';
    $('#relations-panel').hidden = true;
    $('#heads-panel').hidden = true;
  }
}

let map;
function renderMap() {
  const legend = [];
  const fill = new Map();
  const members = isOrg() ? state.profile?.members : state.selectedOrg ? state.orgProfile?.members : null;
  if (members) {
    const org = isOrg() ? id : state.selectedOrg;
    for (const m of members) {
      fill.set(m.member, m.suspended
        ? { colour: '#c4b5fd', label: `member of ${org} (suspended)` }
        : { colour: '#7c3aed', label: `member of ${org}` });
    }
    legend.push({ label: `members of ${org}`, colour: '#7c3aed' }, { label: 'suspended members', colour: '#c4b5fd' });
  } else {
    const relations = [...(state.profile?.relations || [])].sort((a, b) => String(a.start).localeCompare(String(b.start)));
    for (const r of relations) fill.set(r.with, { colour: stanceColour(r.stance), label: `${r.stance}${r.trend ? `, ${r.trend}` : ''}` });
    legend.push(...STANCES.map((s) => ({ label: s, colour: stanceColour(s) })));
  }
  if (!isOrg()) legend.unshift({ label: state.actor?.name || id, colour: '#1e3a5f' }, { label: 'neighbour', className: 'hatch-swatch' });
  legend.push({ label: 'no record', colour: '#e5e7eb' });
  map.render({
    self: isOrg() ? null : id,
    neighbours: new Set(isOrg() ? [] : state.profile?.neighbors || []),
    fill,
    onClick: (other) => { location.href = `actor.html?id=${encodeURIComponent(other)}&date=${state.date}`; },
  });
  $('#map-legend').replaceChildren(legendList(legend));
}

function renderMembershipList() {
  const list = $('#memberships');
  const p = state.profile;
  const items = isOrg()
    ? (p.members || []).map((m) => ({ key: m.member, name: nameOf(m.member), membership: m, statements: membershipStatements(m.member, id) }))
    : (p.memberships || []).map((m) => ({ key: m.organization, name: nameOf(m.organization), membership: m, statements: membershipStatements(id, m.organization) }));
  items.sort((a, b) => a.name.localeCompare(b.name));
  renderMemberships(list, items, {
    kind: isOrg() ? 'member' : 'org', selected: state.selectedOrg, names: state.names, date: state.date,
    onChoose: chooseOrg,
  });
}

function renderRelationsTable() {
  const body = $('#relations-table tbody');
  // A pair can have two periods that may both hold on the day (one with an unknown end): show the latest.
  const latest = new Map();
  for (const r of state.profile.relations || []) {
    const seen = latest.get(r.with);
    if (!seen || String(r.start || '') > String(seen.start || '')) latest.set(r.with, r);
  }
  const rows = [...latest.values()].map((r) => ({ ...r, name: nameOf(r.with) }))
    .sort((a, b) => STANCES.indexOf(a.stance) - STANCES.indexOf(b.stance) || a.name.localeCompare(b.name));
  body.replaceChildren(...rows.map((r) => h('tr', { 'data-partner': r.with },
    h('td', {}, h('a', { href: `actor.html?id=${encodeURIComponent(r.with)}&date=${state.date}` }, r.name)),
    h('td', {}, h('span', { class: 'stance', style: `--stance:${stanceColour(r.stance)}` }, r.stance || '—'),
      r.trend ? h('span', { class: 'muted small' }, ` ${r.trend}`) : null),
    h('td', {}, formatDate(r.start) || '—'),
    h('td', {}, sourcesButton(`${state.actor.name} – ${r.name}`, () => relationStatements(r.with), state.names)))));
  if (!rows.length) body.append(h('tr', {}, h('td', { colspan: 4, class: 'muted' }, 'No relation recorded on this date.')));
}

function renderPresences() {
  const body = $('#presences-table tbody');
  const rows = state.profile.presences || [];
  body.replaceChildren(...rows.map((p) => h('tr', {},
    h('td', {}, h('a', { href: `actor.html?id=${encodeURIComponent(p.actor)}&date=${state.date}` }, nameOf(p.actor))),
    h('td', {}, period(p.start, p.end)),
    h('td', {}, sourcesButton(nameOf(p.actor), () => state.statements.filter((s) => s.predicate === 'military_presence_in' && s.subject === p.actor), state.names)))));
  if (!rows.length) body.append(h('tr', {}, h('td', { colspan: 3, class: 'muted' }, 'No foreign presence recorded on this date.')));
  $('#presences-panel').hidden = isOrg() && !rows.length;
}

function renderHeads() {
  const list = $('#heads');
  const heads = state.statements.filter((s) => s.predicate === 'head_of_state' && s.subject === id)
    .sort((a, b) => String(a.valid.start).localeCompare(String(b.valid.start)));
  const current = state.profile.headOfState;
  list.replaceChildren(...heads.map((s) => {
    const on = current && current.id === s.object && (current.start || null) === (s.valid.start || null);
    return h('li', { class: `row head${on ? ' current' : ''}`, 'aria-current': on ? 'true' : null },
      h('div', { class: 'row-main' },
        h('a', { href: `actor.html?id=${encodeURIComponent(s.object)}&date=${state.date}`, class: 'row-link' }, nameOf(s.object)),
        on ? h('span', { class: 'badge badge-member' }, 'on this date') : null),
      h('div', { class: 'row-sub' }, h('span', { class: 'muted' }, period(s.valid.start, s.valid.end)),
        sourcesButton(nameOf(s.object), () => [s], state.names)));
  }));
  if (!heads.length) list.append(h('li', { class: 'muted' }, 'No head of state recorded.'));
  // The list scrolls: bring the head on the date (or the latest) into its view, without moving the page.
  const shown = list.querySelector('li.current') || list.lastElementChild;
  if (shown) list.scrollTop = Math.max(0, shown.offsetTop - list.clientHeight / 2 + shown.offsetHeight / 2);
}

function renderCharts() {
  const onSelect = (key) => { location.href = `actor.html?id=${encodeURIComponent(key)}&date=${state.date}`; };
  membershipBars($('#membership-timeline'), timelineRows(), state.date, { onSelect });
  if (!isOrg()) relationBands($('#relations-timeline'), relationPartners(), state.date, { onSelect });
}

function renderAll() {
  if (!state.profile) return;
  for (const el of document.querySelectorAll('.date-text')) el.textContent = formatDate(state.date);
  $('#network-link').href = `network.html?id=${encodeURIComponent(id)}&date=${state.date}`;
  renderMap();
  renderMembershipList();
  if (!isOrg()) { renderRelationsTable(); renderHeads(); }
  renderPresences();
  renderCharts();
}

// ---------- data ----------

async function load(date) {
  state.date = date;
  state.controller?.abort();
  const controller = new AbortController();
  state.controller = controller;
  document.body.classList.add('loading');
  try {
    const [profile, orgProfile] = await Promise.all([
      getJSON(`/api/actors/${encodeURIComponent(id)}/profile`, { asOf: date }, controller),
      state.selectedOrg ? getJSON(`/api/actors/${encodeURIComponent(state.selectedOrg)}/profile`, { asOf: date }, controller) : null,
    ]);
    // The profile names every actor it mentions; ask for names only where it does not (an older server).
    for (const [k, v] of Object.entries(profile.names || {})) state.names.set(k, v);
    const ids = [...(profile.memberships || []).map((m) => m.organization), ...(profile.members || []).map((m) => m.member),
      ...(profile.relations || []).map((r) => r.with), ...(profile.presences || []).map((p) => p.actor)];
    const missing = ids.filter((x) => !state.names.has(x));
    if (missing.length > 0) {
      const more = await namesOf(missing);
      for (const [k, v] of more) state.names.set(k, v);
    }
    if (controller.signal.aborted) return;
    state.profile = profile;
    state.orgProfile = orgProfile;
    problem.hidden = true;
    renderAll();
  } catch (err) {
    if (err.name !== 'AbortError') showProblem(problem, err);
  } finally {
    if (state.controller === controller) document.body.classList.remove('loading');
  }
}

function chooseOrg(org) {
  state.selectedOrg = state.selectedOrg === org ? null : org;
  load(state.date).then(() => {
    const row = document.querySelector(`[data-org="${CSS.escape(org)}"] .row-choose`);
    row?.focus();
  });
}

async function start() {
  map = createWorldMap($('#map'), { label: 'World map of relations on the date shown' });
  await loadStances().catch(() => {});
  $('#stance-legend').replaceChildren(legendList(STANCES.map((s) => ({ label: s, colour: stanceColour(s) }))));
  try {
    const [detail, statements] = await Promise.all([
      getJSON(`/api/actors/${encodeURIComponent(id)}`),
      allStatements({ involving: id }),
      states(),
    ]);
    state.actor = detail;
    state.statements = statements;
    state.names = await namesOf([id, ...statements.flatMap((s) => [s.subject, s.object])]);
    renderHeader(detail);
  } catch (err) {
    showProblem(problem, err);
    $('#actor-name').textContent = 'Actor not found';
    return;
  }
  const slider = createDateSlider($('#date-bar'), { date: param('date'), onChange: load });
  await load(slider.value);
  await map.ready;
  renderMap();
  window.addEventListener('resize', debounce(() => state.profile && renderCharts(), 200));
}

start();
