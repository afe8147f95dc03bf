// The world map: d3-geo (Natural Earth projection) over world-atlas 110m countries, joined to Griot's
// states by ISO 3166-1 numeric id. Colours come from the page; this module draws, hatches neighbours,
// highlights the actor, shows a tooltip and reports clicks.
/* global d3, topojson */
import { states } from './names.js';
import { h } from './util.js';

const WIDTH = 960;
const HEIGHT = 500;
export const OTHER = '#e5e7eb';
export const SELF = '#1e3a5f';

let atlasPromise;
function atlas() {
  atlasPromise ??= fetch('/vendor/countries-110m.json').then((r) => r.json());
  return atlasPromise;
}

/**
 * Creates the map in host. Returns {ready, render(view)} where view =
 * {self: actorId?, neighbours: Set(actorId), fill: Map(actorId → {colour, label}), onClick(actorId)}.
 */
export function createWorldMap(host, { label = 'World map' } = {}) {
  const svg = d3.select(host).append('svg')
    .attr('viewBox', `0 0 ${WIDTH} ${HEIGHT}`)
    .attr('class', 'world-map')
    .attr('role', 'img')
    .attr('aria-label', label);
  const defs = svg.append('defs');
  defs.append('pattern').attr('id', 'hatch').attr('patternUnits', 'userSpaceOnUse')
    .attr('width', 6).attr('height', 6).attr('patternTransform', 'rotate(45)')
    .append('line').attr('x1', 0).attr('y1', 0).attr('x2', 0).attr('y2', 6)
    .attr('stroke', '#1e3a5f').attr('stroke-width', 2).attr('stroke-opacity', 0.55);
  const projection = d3.geoNaturalEarth1();
  const path = d3.geoPath(projection);
  svg.append('path').attr('class', 'sphere').datum({ type: 'Sphere' });
  const zoomed = svg.append('g');
  const countries = zoomed.append('g').attr('class', 'countries');
  const overlay = zoomed.append('g').attr('class', 'overlay').attr('pointer-events', 'none');
  const tooltip = h('div', { class: 'map-tooltip', hidden: true });
  host.append(tooltip);

  // Drag to pan; zoom with the buttons, or pinch / ctrl+wheel (a plain wheel keeps scrolling the page).
  const zoom = d3.zoom().scaleExtent([1, 10])
    .translateExtent([[0, 0], [WIDTH, HEIGHT]])
    .filter((e) => (e.type === 'wheel' ? e.ctrlKey || e.metaKey : !e.button))
    .on('zoom', (e) => zoomed.attr('transform', e.transform));
  svg.call(zoom);
  const zoomBy = (k) => svg.transition().duration(250).call(zoom.scaleBy, k);
  host.append(h('div', { class: 'map-zoom' },
    h('button', { type: 'button', 'aria-label': 'Zoom in', onclick: () => zoomBy(1.6) }, '+'),
    h('button', { type: 'button', 'aria-label': 'Zoom out', onclick: () => zoomBy(1 / 1.6) }, '−'),
    h('button', { type: 'button', class: 'reset', 'aria-label': 'Show the whole world', onclick: () => svg.transition().duration(250).call(zoom.transform, d3.zoomIdentity) }, 'All')));

  let view = { neighbours: new Set(), fill: new Map() };
  let byIso = new Map();
  let features = [];

  const ready = Promise.all([atlas(), states()]).then(([topo, list]) => {
    byIso = new Map(list.filter((s) => s.identifiers?.isoNumeric).map((s) => [s.identifiers.isoNumeric, s]));
    features = topojson.feature(topo, topo.objects.countries).features
      .filter((f) => f.properties?.name !== 'Antarctica');
    projection.fitExtent([[4, 4], [WIDTH - 4, HEIGHT - 4]], { type: 'Sphere' });
    svg.select('.sphere').attr('d', path);
    countries.selectAll('path').data(features).join('path')
      .attr('d', path)
      .attr('class', 'country')
      .on('mousemove', (event, f) => showTip(event, f))
      .on('mouseleave', () => { tooltip.hidden = true; })
      .on('click', (event, f) => {
        const s = byIso.get(f.id);
        if (s && view.onClick) view.onClick(s.id);
      });
    paint();
  });

  function stateOf(f) { return byIso.get(f.id); }

  function showTip(event, f) {
    const s = stateOf(f);
    const name = s?.name || f.properties?.name || 'Unknown';
    const info = s && view.fill.get(s.id);
    let what = info?.label || (s && s.id === view.self ? 'this actor' : 'no relation recorded');
    if (s && view.neighbours.has(s.id)) what += ' · neighbour';
    tooltip.replaceChildren(h('strong', {}, name), h('br'), h('span', {}, what));
    const box = host.getBoundingClientRect();
    const x = event.clientX - box.left;
    const y = event.clientY - box.top;
    tooltip.style.left = `${Math.min(x + 12, box.width - 180)}px`;
    tooltip.style.top = `${y + 14}px`;
    tooltip.hidden = false;
  }

  function paint() {
    if (!features.length) return;
    countries.selectAll('path.country')
      .attr('fill', (f) => {
        const s = stateOf(f);
        if (!s) return OTHER;
        if (s.id === view.self) return SELF;
        return view.fill.get(s.id)?.colour || OTHER;
      })
      .attr('data-state', (f) => stateOf(f)?.id || null)
      .classed('clickable', (f) => !!stateOf(f))
      .classed('self', (f) => stateOf(f)?.id === view.self)
      .classed('neighbour', (f) => view.neighbours.has(stateOf(f)?.id));
    const marked = features.filter((f) => view.neighbours.has(stateOf(f)?.id) || stateOf(f)?.id === view.self);
    overlay.selectAll('path').data(marked, (f) => f.id).join('path')
      .attr('d', path)
      .attr('class', (f) => (stateOf(f)?.id === view.self ? 'self-outline' : 'neighbour-outline'));
  }

  return {
    ready,
    render(next) { view = { neighbours: new Set(), fill: new Map(), ...next }; paint(); },
  };
}
