// Fetching JSON from Griot's API, and showing RFC 9457 problem details to the user.

/** An API failure carrying the problem details the server sent (title, status, detail, errors). */
export class ApiError extends Error {
  constructor(problem) {
    super(problem.detail || problem.title || `HTTP ${problem.status}`);
    this.name = 'ApiError';
    this.problem = problem;
  }
}

async function handle(response) {
  const type = response.headers.get('Content-Type') || '';
  const body = type.includes('json') ? await response.json() : { title: await response.text() };
  if (!response.ok) throw new ApiError({ status: response.status, title: response.statusText, ...body });
  return body;
}

async function send(url, init) {
  let response;
  try {
    response = await fetch(url, { headers: { Accept: 'application/json' }, ...init });
  } catch (err) {
    if (err.name === 'AbortError') throw err;
    throw new ApiError({ title: 'The server could not be reached', detail: String(err.message || err), status: 0 });
  }
  return handle(response);
}

/** GET a JSON resource; params (an object) become the query string, empty values left out. */
export function getJSON(path, params = {}, { signal } = {}) {
  const query = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== null && v !== '') query.set(k, v);
  const qs = query.toString();
  return send(qs ? `${path}?${qs}` : path, { signal });
}

/** POST JSON, or a FormData as multipart. */
export function post(path, body, { signal } = {}) {
  if (body instanceof FormData) return send(path, { method: 'POST', body, signal });
  return send(path, {
    method: 'POST', signal,
    headers: { Accept: 'application/json', 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });
}

/** Every statement matching params, following pages of 1000. */
export async function allStatements(params, opts) {
  const items = [];
  for (let offset = 0; ; offset += 1000) {
    const page = await getJSON('/api/statements', { ...params, offset, limit: 1000 }, opts);
    items.push(...page.items);
    if (items.length >= page.total || page.items.length === 0) return items;
  }
}

/** Fills el with a readable account of an error (problem details when the API sent them). */
export function showProblem(el, err) {
  if (err && err.name === 'AbortError') return;
  const p = err instanceof ApiError ? err.problem : { title: 'Something went wrong', detail: String(err && err.message || err) };
  el.replaceChildren();
  el.hidden = false;
  const box = document.createElement('div');
  box.className = 'problem';
  box.setAttribute('role', 'alert');
  const h = document.createElement('strong');
  h.textContent = p.title || 'Error';
  box.append(h);
  if (p.detail) { const d = document.createElement('p'); d.textContent = p.detail; box.append(d); }
  if (p.errors) {
    const ul = document.createElement('ul');
    for (const [field, messages] of Object.entries(p.errors)) {
      for (const m of [].concat(messages)) {
        const li = document.createElement('li');
        li.textContent = `${field}: ${m}`;
        ul.append(li);
      }
    }
    box.append(ul);
  }
  el.append(box);
}
