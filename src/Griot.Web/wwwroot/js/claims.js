// A claim of the checker put in words: "Mali borders Tunisia", "Mali is a founding member of ECOWAS".
import { formatDate, words } from './util.js';

/** Predicates whose object is a thing (a doctrine, a threat), not an actor. */
export const OBJECT_IS_TERM = new Set(['foreign_policy', 'security_concern']);

function when(valid) {
  if (!valid) return '';
  if (valid.at) return ` in ${formatDate(valid.at)}`;
  const q = valid.startQualifier ? `${valid.startQualifier} ` : 'since ';
  if (valid.start && valid.end) return ` from ${formatDate(valid.start)} to ${formatDate(valid.end)}`;
  if (valid.start) return ` ${q}${formatDate(valid.start)}`;
  if (valid.end) return ` until ${formatDate(valid.end)}`;
  return '';
}

export function claimWords(c, names) {
  const n = (x) => (x ? names.get(x) || x : '');
  const s = n(c.subject);
  const o = OBJECT_IS_TERM.has(c.predicate) ? words(c.object) : n(c.object);
  const q = c.qualifiers || {};
  let text;
  switch (c.predicate) {
    case 'borders': text = c.object ? `${s} borders ${o}` : `${s} borders ${q.count || 'some'} countries`; break;
    case 'member_of': text = `${s} is ${q.role === 'founding_member' ? 'a founding member' : q.role === 'observer' ? 'an observer' : q.role ? `a ${words(q.role)}` : 'a member'} of ${o}`; break;
    case 'suspended_from': text = `${s} is suspended from ${o}`; break;
    case 'withdrew_from': text = `${s} withdrew from ${o}`; break;
    case 'relation': text = `${s} has ${q.stance ? `${q.stance} ` : ''}relations with ${o}${q.trend ? ` (${q.trend})` : ''}`; break;
    case 'independence_from': text = `${s} became independent from ${o}`; break;
    case 'head_of_state': text = `${o} is head of state of ${s}`; break;
    case 'military_presence_in': text = `${s} has a military presence in ${o}`; break;
    case 'receives_support_from': text = `${s} receives ${q.domain ? `${q.domain} ` : ''}support from ${o}`; break;
    case 'security_concern': text = `${s} is concerned about ${o}`; break;
    case 'foreign_policy': text = `${s}'s foreign policy: ${o}`; break;
    case 'founded': text = `${s} was founded`; break;
    case 'coup': text = `a coup took place in ${s}`; break;
    default: text = `${s} ${words(c.predicate)} ${o}`.trim();
  }
  return `${text}${when(c.valid)}${c.hedged ? ' (hedged)' : ''}`;
}
