// The stance scale, from allied (green) to severed (red), and colours for kinds and predicates. The scale's order
// is the vocabulary's (/api/vocabulary): a page awaits loadStances() before it draws.
import { vocabulary } from './words.js';

export const STANCES = [];

/** Fills STANCES, in the scale's order, from the vocabulary the server declares. */
export async function loadStances() {
  if (STANCES.length === 0) STANCES.push(...(await vocabulary()).stances.map((s) => s.id));
  return STANCES;
}

const COLOURS = {
  allied: '#1a7f3c', friendly: '#4caf50', cordial: '#a5d66f', neutral: '#e8d96b',
  ambivalent: '#f6b04a', strained: '#ef7d3c', hostile: '#d7301f', severed: '#8c0d0d',
};

export const stanceColour = (stance) => COLOURS[stance] || '#9ca3af';

export const PREDICATE_COLOURS = {
  member_of: '#7c3aed', suspended_from: '#c026d3', withdrew_from: '#a16207', borders: '#64748b',
  head_of_state: '#0e7490', military_presence_in: '#b45309', independence_from: '#2563eb', founded: '#0f766e',
};

export const predicateColour = (p) => PREDICATE_COLOURS[p] || '#6b7280';

/** A legend <ul> of swatches: items = [{label, colour, className?}] */
export function legendList(items) {
  const ul = document.createElement('ul');
  ul.className = 'legend';
  for (const it of items) {
    const li = document.createElement('li');
    const sw = document.createElement('span');
    sw.className = `swatch ${it.className || ''}`;
    if (it.colour) sw.style.background = it.colour;
    sw.setAttribute('aria-hidden', 'true');
    li.append(sw, it.label);
    ul.append(li);
  }
  return ul;
}
