// Names of actors by id: the states list once, then other actors one by one, cached.
import { getJSON } from './api.js';

const cache = new Map();
let statesPromise;

/** All states, [{id, name, identifiers:{isoNumeric}}], fetched once. */
export function states() {
  statesPromise ??= getJSON('/api/states').then((list) => {
    for (const s of list) cache.set(s.id, Promise.resolve(s));
    return list;
  });
  return statesPromise;
}

/** The actor record for an id (name, kind); falls back to the id when unknown. */
export function actor(id) {
  if (!cache.has(id)) {
    cache.set(id, getJSON(`/api/actors/${encodeURIComponent(id)}`).catch(() => ({ id, name: id, kind: 'unknown' })));
  }
  return cache.get(id);
}

/** Names for many ids: resolves to a Map id → name. */
export async function namesOf(ids) {
  await states();
  const unique = [...new Set(ids.filter(Boolean))];
  const records = await Promise.all(unique.map(actor));
  return new Map(records.map((r, i) => [unique[i], r.name || unique[i]]));
}

/** Seeds the cache from records already at hand (e.g. network nodes). */
export function remember(records) {
  for (const r of records) if (!cache.has(r.id)) cache.set(r.id, Promise.resolve(r));
}
