// The memberships list of a state (or the members list of an organization) on the date shown,
// each row with its role, period, status badge and sources; rows can be chosen to colour the map.
import { h, formatDate, words } from './util.js';
import { sourcesButton } from './sources.js';

const ROLE = { founding_member: 'founding member', member: 'member', observer: 'observer', associate_member: 'associate member', associate: 'associate member' };
export const roleText = (r) => ROLE[r] || words(r || 'member');

/** member | suspended | leaving */
export function statusOf(m) {
  if (m.withdrawalAnnounced) return 'leaving';
  return m.suspended ? 'suspended' : 'member';
}

function details(m) {
  const bits = [roleText(m.role)];
  if (m.start) bits.push(`since ${formatDate(m.start)}`);
  if (m.end) bits.push(`until ${formatDate(m.end)}`);
  if (m.withdrawalAnnounced) bits.push(`withdrawal announced ${formatDate(m.withdrawalAnnounced)}`);
  if (m.withdrawalAnnounced && m.suspended) bits.push('suspended');
  return bits.join(' · ');
}

/**
 * Renders rows into list. items: [{key, name, membership, statements}];
 * kind 'org' marks rows with data-org (a state's memberships), 'member' with data-member.
 */
export function renderMemberships(list, items, { kind, selected, onChoose, names, date }) {
  list.replaceChildren();
  if (!items.length) {
    list.append(h('li', { class: 'empty muted' }, kind === 'org'
      ? `No membership recorded on ${formatDate(date)}.` : `No member recorded on ${formatDate(date)}.`));
    return;
  }
  for (const it of items) {
    const status = statusOf(it.membership);
    const label = it.name && it.name !== it.key ? `${it.name} (${it.key})` : it.key;
    const main = kind === 'org'
      ? h('button', {
        type: 'button', class: 'row-choose', 'aria-pressed': String(selected === it.key),
        title: `Show the members of ${it.key} on the map`, onclick: () => onChoose(it.key),
      }, label)
      : h('a', { href: `actor.html?id=${encodeURIComponent(it.key)}&date=${date}`, class: 'row-link' }, label);
    const attrs = { class: `row membership${selected === it.key ? ' selected' : ''}`, 'data-status': status };
    attrs[kind === 'org' ? 'data-org' : 'data-member'] = it.key;
    list.append(h('li', attrs,
      h('div', { class: 'row-main' }, main, h('span', { class: `badge badge-${status}` }, status)),
      h('div', { class: 'row-sub' },
        h('span', { class: 'muted' }, details(it.membership)),
        sourcesButton(label, () => it.statements, names))));
  }
}
