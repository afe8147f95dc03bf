// A claim of the checker put in words: "Mali borders Tunisia", "Mali is a founding member of ECOWAS", from the
// claim templates of the vocabulary (words.js), the same the command line and the API use.
import { formatDate, words } from './util.js';
import { first } from './words.js';

/** Predicates whose object is a thing (a doctrine, a threat), not an actor. */
export const termPredicates = (vocab) => new Set(vocab.predicates.filter((p) => p.object === 'value').map((p) => p.id));

function when(valid) {
  if (!valid) return '';
  if (valid.at) return ` in ${formatDate(valid.at)}`;
  const q = valid.startQualifier ? `${valid.startQualifier} ` : 'since ';
  if (valid.start && valid.end) return ` from ${formatDate(valid.start)} to ${formatDate(valid.end)}`;
  if (valid.start) return ` ${q}${formatDate(valid.start)}`;
  if (valid.end) return ` until ${formatDate(valid.end)}`;
  return '';
}

export function claimWords(c, names, vocab) {
  const n = (x) => (x ? names.get(x) || x : '');
  const word = (key) => (vocab.words[key] || [])[0];
  const isTerm = termPredicates(vocab).has(c.predicate);
  const q = c.qualifiers || {};
  const arg = (name) => {
    switch (name) {
      case 'subject': return n(c.subject);
      case 'object': return isTerm ? words(c.object) : n(c.object);
      case 'role': return word(`role.${q.role || 'member'}`);
      case 'stance': case 'trend': case 'act': return q[name] ? word(`${name}.${q[name]}`) || words(q[name]) : null;
      default: return q[name] != null ? words(String(q[name])) : null;
    }
  };
  const text = first(vocab.words[`claim.${c.predicate}`], arg) ?? `${n(c.subject)} ${words(c.predicate)} ${n(c.object)}`.trim();
  return `${text}${when(c.valid)}${c.hedged ? ' (hedged)' : ''}`;
}

// The vocabulary key of an argument that is a word rather than a value (the rule of VerdictReason.RenderOne).
const REASON_WORDS = { stance: 'stance.', earlierStance: 'stance.', trend: 'trend.', change: 'trend.', what: 'reason.what.' };

/**
 * Why the checker said what it did, put into words here from the reason's code and arguments and the vocabulary's
 * reason.* templates; the server's English text where the code cannot be rendered (an older server) or carries notes
 * this page does not hold (a founding claim's list of founders, shown among the conflicts).
 */
export function reasonWords(item, vocab) {
  if (!item.reasonCode) return item.reason;
  const args = item.reasonArguments || {};
  const word = (key) => (vocab.words[key] || [])[0];
  const arg = (name) => {
    const value = args[name];
    if (value == null) return null;
    const prefix = REASON_WORDS[name];
    return prefix ? word(prefix + value) || value : value;
  };
  const text = first(vocab.words[`reason.${item.reasonCode}`], arg);
  return text && (!item.reason || item.reason === text) ? text : item.reason;
}
