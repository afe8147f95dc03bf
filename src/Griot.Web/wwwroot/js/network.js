// The network page: a cytoscape ego network of an actor as of the slider's date, depth 1 or 2.
// States and organizations differ in shape and colour; edges are coloured by predicate, relations by stance.
/* global cytoscape */
import { getJSON, showProblem } from './api.js';
import { h, param, words } from './util.js';
import { createDateSlider } from './slider.js';
import { STANCES, loadStances, stanceColour, predicateColour, PREDICATE_COLOURS, legendList } from './stance.js';

const $ = (s) => document.querySelector(s);
const id = param('id') || 'MLI';
const depthSelect = $('#depth');
const status = $('#network-status');
const problem = $('#problem');
depthSelect.value = param('depth') === '2' ? '2' : '1';

const KINDS = {
  state: { shape: 'ellipse', colour: '#2563eb' },
  organization: { shape: 'round-rectangle', colour: '#7c3aed' },
  mission: { shape: 'triangle', colour: '#d97706' },
  person: { shape: 'diamond', colour: '#0e7490' },
};
const kindStyle = (k) => KINDS[k] || { shape: 'hexagon', colour: '#9ca3af' };
const shapeClass = (k) => (KINDS[k] ? `shape-${k}` : 'shape-other');

let cy;
let controller;
let date;

const url = (page, other) => `${page}.html?id=${encodeURIComponent(other)}&date=${date}${page === 'network' && depthSelect.value === '2' ? '&depth=2' : ''}`;

function elements(net) {
  const nodes = net.nodes.map((n) => ({
    data: {
      id: n.id, kind: n.kind, distance: n.distance, name: n.name,
      label: n.kind === 'organization' && n.id.length <= 8 ? n.id : n.name,
      colour: kindStyle(n.kind).colour, shape: kindStyle(n.kind).shape,
    },
    classes: n.distance === 0 ? 'ego' : '',
  }));
  const ids = new Set(net.nodes.map((n) => n.id));
  const edges = net.edges.filter((e) => ids.has(e.source) && ids.has(e.target)).map((e) => ({
    data: {
      id: e.id, source: e.source, target: e.target, predicate: e.predicate,
      colour: e.predicate === 'relation' ? stanceColour(e.qualifiers?.stance) : predicateColour(e.predicate),
      label: e.predicate === 'relation' ? e.qualifiers?.stance || 'relation' : words(e.predicate),
    },
    classes: e.predicate,
  }));
  return [...nodes, ...edges];
}

function draw(net) {
  cy?.destroy();
  cy = cytoscape({
    container: $('#cy'),
    elements: elements(net),
    style: [
      { selector: 'node', style: {
        'background-color': 'data(colour)', shape: 'data(shape)', label: 'data(label)', width: 22, height: 22,
        'font-size': 10, 'text-valign': 'bottom', 'text-margin-y': 4, color: '#1f2933',
        'text-background-color': '#fff', 'text-background-opacity': 0.8, 'text-background-padding': 1,
        'border-width': 1, 'border-color': '#fff' } },
      { selector: 'node.ego', style: { width: 40, height: 40, 'border-width': 4, 'border-color': '#f5b83d', 'font-size': 13, 'font-weight': 'bold' } },
      { selector: 'node:active, node.hover', style: { 'overlay-opacity': 0.15 } },
      { selector: 'edge', style: { 'line-color': 'data(colour)', width: 1.6, 'curve-style': 'bezier', opacity: 0.8 } },
      { selector: 'edge.relation', style: { width: 3.5, opacity: 1 } },
      { selector: 'edge.suspended_from', style: { 'line-style': 'dashed', width: 2 } },
      { selector: 'edge.hover', style: { label: 'data(label)', 'font-size': 9, 'text-rotation': 'autorotate', 'text-background-color': '#fff', 'text-background-opacity': 1 } },
    ],
    layout: {
      name: 'concentric', concentric: (n) => 10 - n.data('distance'), levelWidth: () => 1,
      minNodeSpacing: depthSelect.value === '2' ? 12 : 28, animate: false,
    },
  });
  cy.on('tap', 'node', (e) => {
    const other = e.target.id();
    if (other !== id) location.href = url('network', other);
  });
  cy.on('mouseover', 'node, edge', (e) => { e.target.addClass('hover'); $('#cy').style.cursor = e.target.isNode() ? 'pointer' : ''; });
  cy.on('mouseout', 'node, edge', (e) => { e.target.removeClass('hover'); $('#cy').style.cursor = ''; });
}

function nodeList(net) {
  const nodes = [...net.nodes].sort((a, b) => a.distance - b.distance || a.kind.localeCompare(b.kind) || a.name.localeCompare(b.name));
  $('#node-list').replaceChildren(...nodes.map((n) => h('li', {},
    h('span', { class: `shape ${shapeClass(n.kind)}`, 'aria-hidden': 'true' }), ' ',
    n.id === id ? h('strong', {}, n.name) : h('a', { href: url('network', n.id) }, n.name),
    h('span', { class: 'muted small' }, ` ${words(n.kind)}${n.distance ? `, ${n.distance} step${n.distance > 1 ? 's' : ''}` : ''} · `),
    h('a', { href: url('actor', n.id), class: 'small', 'aria-label': `Actor page of ${n.name}` }, 'actor page'))));
}

function legend() {
  const kinds = ['state', 'organization', 'mission', 'person', 'other'];
  const nodeItems = h('ul', { class: 'legend' }, kinds.map((k) => h('li', {}, h('span', { class: `shape ${shapeClass(k)}`, 'aria-hidden': 'true' }), k === 'other' ? 'other actor' : k)));
  const edgeItems = h('ul', { class: 'legend' },
    Object.keys(PREDICATE_COLOURS).map((p) => h('li', {}, h('span', { class: 'edge-swatch', style: `background:${PREDICATE_COLOURS[p]}`, 'aria-hidden': 'true' }), words(p))));
  $('#network-legend').replaceChildren(
    h('h3', { class: 'small' }, 'Nodes'), nodeItems,
    h('h3', { class: 'small', style: 'margin-top:.6rem' }, 'Ties'), edgeItems,
    h('h3', { class: 'small', style: 'margin-top:.6rem' }, 'Relations by stance'),
    legendList(STANCES.map((s) => ({ label: s, colour: stanceColour(s) }))));
}

async function load(next = date) {
  date = next;
  $('#actor-link').href = url('actor', id);
  controller?.abort();
  controller = new AbortController();
  status.replaceChildren(h('span', { class: 'spinner', 'aria-hidden': 'true' }), ' Loading…');
  try {
    const net = await getJSON(`/api/actors/${encodeURIComponent(id)}/network`, { asOf: date, depth: depthSelect.value }, controller);
    const ego = net.nodes.find((n) => n.id === id);
    $('#network-title').textContent = `Network of ${ego?.name || id}`;
    document.title = `Network of ${ego?.name || id} · Griot`;
    problem.hidden = true;
    draw(net);
    nodeList(net);
    status.textContent = `${net.nodes.length} nodes, ${net.edges.length} ties`;
  } catch (err) {
    if (err.name === 'AbortError') return;
    status.textContent = '';
    showProblem(problem, err);
  }
}

depthSelect.addEventListener('change', () => {
  const u = new URL(location.href);
  if (depthSelect.value === '2') u.searchParams.set('depth', '2'); else u.searchParams.delete('depth');
  history.replaceState(null, '', u);
  load();
});
const slider = createDateSlider($('#date-bar'), { date: param('date'), onChange: load });
loadStances().catch(() => {}).then(() => {
  legend();
  load(slider.value);
});
